import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, versionConflict } from '../../rpc/errors';
import {
  METRIC_INFO,
  PERIOD_KEYS,
  PERIOD_LABELS,
  PLAN_STATUS_LABELS,
  SUBJECT_LABELS,
  SUBJECT_TYPES,
  type PeriodKey,
  type PeriodValues,
  type PlanBlock,
  type PlanRow,
  type SubjectType,
} from '../../../../shared/contract/targets';
import type { ImportError } from '../../../../shared/contract/staff';
import { message } from '../../../../shared/messages';
import { formatNumber, nextNumber } from '../common/numbering';
import { placeholders } from '../common/list';
import { toBool } from '../common/text';
import { planIssues } from './validate';
import {
  CHILD_TYPES,
  VALUE_COLUMNS,
  approvedPlan,
  listPlans,
  loadNodes,
  loadPlan,
  nodeAccess,
  subjectKey,
  subjectNames,
  toNodeRow,
  unitOf,
  valueColumns,
  type NodeRec,
  type Raw,
} from './plans';
import { defaultBasis } from './actuals';
import { cellText, importError, importFailed, readRows, writeSheet } from '../staff/xlsx';
import { analyticsHandlers } from './analytics';

const emptyValues = (): PeriodValues => Object.fromEntries(PERIOD_KEYS.map((k) => [k, null])) as PeriodValues;

function requireDraft(plan: PlanRow): void {
  if (plan.status !== 'draft') throw AppError.of('BUSINESS_RULE', 'plan_not_draft');
}

async function issuesOf(db: Db, plan: PlanRow, nodes: NodeRec[]) {
  const names = await subjectNames(db, nodes);
  return planIssues(
    nodes.map((n) => ({
      id: n.id,
      parent_id: n.parent_id,
      name: names.subjects.get(subjectKey(n.subject_type, n.subject_id))?.name ?? `#${n.subject_id}`,
      values: n.values,
    })),
    unitOf(plan.metric),
  );
}

async function block(ctx: ServiceContext, planId: number, nodeId?: number): Promise<PlanBlock> {
  const user = ctx.requireUser();
  const plan = await loadPlan(ctx.db, planId);
  const nodes = await loadNodes(ctx.db, planId);
  const access = await nodeAccess(ctx, nodes);
  const root = nodes.find((n) => n.parent_id == null);
  const node = nodeId == null ? root : nodes.find((n) => n.id === nodeId);
  if (!node || !access.visible.has(node.id)) throw AppError.field('NOT_FOUND', ['node_id'], 'invalid_value');
  const canManage = plan.status === 'draft' && user.permissions.has('targets.manage');
  const kids = new Map<number, NodeRec[]>();
  for (const n of nodes)
    if (n.parent_id != null) kids.set(n.parent_id, [...(kids.get(n.parent_id) ?? []), n]);
  const visibleKids = (id: number) => (kids.get(id) ?? []).filter((k) => access.visible.has(k.id));
  const names = await subjectNames(
    ctx.db,
    nodes,
    nodes.map((n) => n.owner_id),
  );
  const row = (n: NodeRec) =>
    toNodeRow(n, names, visibleKids(n.id).length, canManage && access.editable.has(n.id));
  const path: { id: number; name: string }[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let cur: NodeRec | undefined = node, i = 0; cur && i < 20; i++) {
    path.unshift({ id: cur.id, name: row(cur).subject_name });
    cur = cur.parent_id == null ? undefined : byId.get(cur.parent_id);
  }
  const issues = (await issuesOf(ctx.db, plan, nodes)).filter((i) => access.visible.has(i.node_id));
  const partial = (kids.get(node.id) ?? []).length > visibleKids(node.id).length;
  return { plan, node: row(node), path, children: visibleKids(node.id).map(row), partial, issues };
}

async function subjectExists(db: Db, type: SubjectType, id: number): Promise<boolean> {
  const table = { org_unit: 'org_units', user: 'users', product: 'products', customer: 'customers' }[
    type as 'org_unit'
  ];
  if (!table) return false;
  const r = await db.get<{ active: unknown }>(`SELECT active FROM ${table} WHERE id = ?`, [id]);
  return r !== undefined && toBool(r.active);
}

/** Default owner of a new node: the person, the unit's head, else the parent's owner. */
async function defaultOwner(
  db: Db,
  type: SubjectType,
  id: number,
  parentOwner: number | null,
): Promise<number | null> {
  if (type === 'user') return id;
  if (type === 'org_unit') {
    const r = await db.get<{ head_id: number | null }>('SELECT head_id FROM org_units WHERE id = ?', [id]);
    if (r?.head_id != null) return Number(r.head_id);
  }
  return parentOwner;
}

function descendants(nodes: readonly NodeRec[], ids: number[]): number[] {
  const kids = new Map<number, number[]>();
  for (const n of nodes)
    if (n.parent_id != null) kids.set(n.parent_id, [...(kids.get(n.parent_id) ?? []), n.id]);
  const out: number[] = [];
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(kids.get(id) ?? []));
  }
  return out;
}

/** A plan covers the whole company: creating or revising one needs the company-wide data scope. */
function requireCompanyScope(ctx: ServiceContext): void {
  if (ctx.requireUser().scope !== 'all') throw AppError.of('FORBIDDEN', 'plan_company_only');
}

/** Changing the plan itself (not one branch) is for those who may edit its top node. */
async function requireWholePlan(ctx: ServiceContext, planId: number): Promise<void> {
  const nodes = await loadNodes(ctx.db, planId);
  const root = nodes.find((n) => n.parent_id == null);
  const access = await nodeAccess(ctx, nodes);
  if (!root || !access.editable.has(root.id))
    throw AppError.field('FORBIDDEN', ['plan_id'], 'block_not_editable');
}

async function bump(ctx: ServiceContext, planId: number): Promise<void> {
  await ctx.db.run('UPDATE target_plans SET updated_at = ?, version = version + 1 WHERE id = ?', [
    ctx.nowIso(),
    planId,
  ]);
}

/* ------------------------------------------------------------------ import / export layout */

const TYPE_NAMES: Record<string, SubjectType> = Object.fromEntries(
  SUBJECT_TYPES.flatMap((t) => [
    [SUBJECT_LABELS[t].zh, t],
    [SUBJECT_LABELS[t].en.toLowerCase(), t],
    [t, t],
  ]),
);
TYPE_NAMES['区域'] = 'org_unit';
TYPE_NAMES['部门'] = 'org_unit';
TYPE_NAMES['团队'] = 'org_unit';
TYPE_NAMES['人员'] = 'user';

const HEAD = [
  '序号',
  '上级序号',
  '类型',
  '编码',
  '名称',
  '负责人工号',
  ...PERIOD_KEYS.map((k) => PERIOD_LABELS[k].zh),
];

function toCell(v: number | null, unit: 'fen' | 'milli' | 'count'): number | null {
  if (v == null) return null;
  return unit === 'fen' ? v / 100 : unit === 'milli' ? v / 1000 : v;
}

/** An amount cell in 元 / units / counts → integer fen / thousandths / count; undefined when invalid. */
function fromCell(v: unknown, unit: 'fen' | 'milli' | 'count'): number | null | undefined {
  if (v == null || v === '') return null;
  const scale = unit === 'fen' ? 100 : unit === 'milli' ? 1000 : 1;
  const decimals = unit === 'fen' ? 2 : unit === 'milli' ? 3 : 0;
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const s = String(v)
      .trim()
      .replace(/[,，\s¥￥]/g, '');
    const re = decimals ? new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`) : /^\d+$/;
    if (!re.test(s)) return undefined;
    n = Number(s);
  }
  if (!Number.isFinite(n) || n < 0) return undefined;
  const scaled = n * scale;
  const r = Math.round(scaled);
  if (Math.abs(scaled - r) > 1e-6 || r > 9e15) return undefined;
  return r;
}

/* ------------------------------------------------------------------ handlers */

const planHandlers: HandlersFor<'targets.'> = {
  async 'targets.plans'(ctx, { year }) {
    return listPlans(ctx.db, year);
  },

  async 'targets.createPlan'(ctx, input) {
    const user = ctx.requireUser();
    requireCompanyScope(ctx);
    const basis = input.basis ?? (await defaultBasis(ctx.db, input.metric));
    if (!METRIC_INFO[input.metric].bases.includes(basis))
      throw AppError.field('VALIDATION', ['basis'], 'basis_not_for_metric');
    const existing = await ctx.db.get<{ status: string }>(
      `SELECT status FROM target_plans WHERE year = ? AND metric = ? AND status IN ('draft', 'approved')
       ORDER BY revision DESC LIMIT 1${ctx.db.forUpdate}`,
      [input.year, input.metric],
    );
    if (existing) {
      throw AppError.field('CONFLICT', ['metric'], 'plan_exists', {
        year: input.year,
        metric: METRIC_INFO[input.metric].zh,
        status: PLAN_STATUS_LABELS[existing.status as 'draft'].zh,
      });
    }
    const rev = await ctx.db.get<{ n: number | null }>(
      'SELECT MAX(revision) AS n FROM target_plans WHERE year = ? AND metric = ?',
      [input.year, input.metric],
    );
    const ownerId = input.owner_id ?? user.id;
    if (!(await subjectExists(ctx.db, 'user', ownerId)))
      throw AppError.field('VALIDATION', ['owner_id'], 'invalid_value');
    const now = ctx.nowIso();
    const name = input.name ?? `${input.year} 年${METRIC_INFO[input.metric].zh}计划`;
    const id = await ctx.db.insert('target_plans', {
      year: input.year,
      metric: input.metric,
      basis,
      revision: Number(rev?.n ?? 0) + 1,
      status: 'draft',
      name,
      owner_id: ownerId,
      notes: input.notes,
      created_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await ctx.db.insert('target_nodes', {
      plan_id: id,
      parent_id: null,
      subject_type: 'company',
      subject_id: null,
      owner_id: ownerId,
      sort: 0,
      ...valueColumns(emptyValues()),
    });
    ctx.audit(id, `新建计划 ${name}`);
    return loadPlan(ctx.db, id);
  },

  async 'targets.updatePlan'(ctx, input) {
    const plan = await loadPlan(ctx.db, input.id, true);
    requireDraft(plan);
    await requireWholePlan(ctx, plan.id);
    if (plan.version !== input.version) throw versionConflict();
    if (!METRIC_INFO[plan.metric].bases.includes(input.basis))
      throw AppError.field('VALIDATION', ['basis'], 'basis_not_for_metric');
    if (!(await subjectExists(ctx.db, 'user', input.owner_id)))
      throw AppError.field('VALIDATION', ['owner_id'], 'invalid_value');
    await ctx.db.run(
      'UPDATE target_plans SET name = ?, basis = ?, owner_id = ?, notes = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [input.name, input.basis, input.owner_id, input.notes, ctx.nowIso(), input.id],
    );
    ctx.audit(input.id, `修改计划 ${input.name}`);
    return loadPlan(ctx.db, input.id);
  },

  async 'targets.deleteDraft'(ctx, { id }) {
    const plan = await loadPlan(ctx.db, id, true);
    requireDraft(plan);
    await requireWholePlan(ctx, plan.id);
    await ctx.db.run('DELETE FROM target_nodes WHERE plan_id = ?', [id]);
    await ctx.db.run('DELETE FROM target_plans WHERE id = ?', [id]);
    ctx.audit(id, `删除草稿计划 ${plan.name}（第 ${plan.revision} 版）`);
    return { ok: true as const };
  },

  async 'targets.block'(ctx, { plan_id, node_id }) {
    return block(ctx, plan_id, node_id);
  },

  async 'targets.saveBlock'(ctx, input) {
    const plan = await loadPlan(ctx.db, input.plan_id, true);
    requireDraft(plan);
    if (plan.version !== input.version) throw versionConflict();
    const nodes = await loadNodes(ctx.db, plan.id);
    const node = nodes.find((n) => n.id === input.node_id);
    if (!node) throw AppError.field('NOT_FOUND', ['node_id'], 'invalid_value');
    const access = await nodeAccess(ctx, nodes);
    if (!access.editable.has(node.id)) throw AppError.field('FORBIDDEN', ['node_id'], 'block_not_editable');
    if (input.root && node.parent_id != null)
      throw AppError.field('VALIDATION', ['root'], 'only_root_values');

    const current = nodes.filter((n) => n.parent_id === node.id);
    const keep = new Set<number>();
    input.children.forEach((c, i) => {
      if (c.id == null) return;
      if (!current.some((n) => n.id === c.id) || keep.has(c.id))
        throw AppError.field('VALIDATION', ['children', i, 'id'], 'invalid_value');
      keep.add(c.id);
    });
    const removed = descendants(
      nodes,
      current.filter((n) => !keep.has(n.id)).map((n) => n.id),
    );
    const removedSet = new Set(removed);
    const names = await subjectNames(ctx.db, input.children, []);
    const seen = new Set<string>();
    for (const [i, c] of input.children.entries()) {
      if (!CHILD_TYPES[node.subject_type].includes(c.subject_type)) {
        throw AppError.field('VALIDATION', ['children', i, 'subject_type'], 'subject_type_not_allowed', {
          parent: SUBJECT_LABELS[node.subject_type].zh,
          type: SUBJECT_LABELS[c.subject_type].zh,
        });
      }
      const existing = c.id == null ? undefined : current.find((n) => n.id === c.id);
      const unchanged = existing?.subject_type === c.subject_type && existing.subject_id === c.subject_id;
      if (!unchanged && !(await subjectExists(ctx.db, c.subject_type, c.subject_id)))
        throw AppError.field('VALIDATION', ['children', i, 'subject_id'], 'subject_not_found');
      const key = subjectKey(c.subject_type, c.subject_id);
      const name = names.subjects.get(key)?.name ?? `#${c.subject_id}`;
      // People and units appear once in a plan; products and customers once under the same parent.
      const elsewhere =
        (c.subject_type === 'org_unit' || c.subject_type === 'user') &&
        nodes.some(
          (n) =>
            n.subject_type === c.subject_type &&
            n.subject_id === c.subject_id &&
            n.parent_id !== node.id &&
            !removedSet.has(n.id),
        );
      if (seen.has(key) || elsewhere)
        throw AppError.field('VALIDATION', ['children', i, 'subject_id'], 'subject_duplicate', { name });
      seen.add(key);
      if (c.owner_id != null && !(await subjectExists(ctx.db, 'user', c.owner_id)))
        throw AppError.field('VALIDATION', ['children', i, 'owner_id'], 'invalid_value');
    }

    if (removed.length) {
      for (let i = 0; i < removed.length; i += 500) {
        const chunk = removed.slice(i, i + 500);
        await ctx.db.run(`DELETE FROM target_nodes WHERE id IN (${placeholders(chunk.length)})`, chunk);
      }
    }
    if (input.root) {
      const sets = VALUE_COLUMNS.map((c) => `${c} = ?`).join(', ');
      await ctx.db.run(`UPDATE target_nodes SET owner_id = ?, ${sets} WHERE id = ?`, [
        input.root.owner_id ?? node.owner_id,
        ...Object.values(valueColumns(input.root.values)),
        node.id,
      ]);
    }
    for (const [i, c] of input.children.entries()) {
      const owner = c.owner_id ?? (await defaultOwner(ctx.db, c.subject_type, c.subject_id, node.owner_id));
      const cols = {
        subject_type: c.subject_type,
        subject_id: c.subject_id,
        owner_id: owner,
        sort: i,
        ...valueColumns(c.values),
      };
      if (c.id == null)
        await ctx.db.insert('target_nodes', { plan_id: plan.id, parent_id: node.id, ...cols });
      else {
        const sets = Object.keys(cols).map((k) => `${k} = ?`);
        await ctx.db.run(`UPDATE target_nodes SET ${sets.join(', ')} WHERE id = ?`, [
          ...Object.values(cols),
          c.id,
        ]);
      }
    }
    await bump(ctx, plan.id);
    const nodeName = (await subjectNames(ctx.db, [node])).subjects.get(
      subjectKey(node.subject_type, node.subject_id),
    )?.name;
    ctx.audit(
      plan.id,
      `分解 ${plan.name} · ${nodeName ?? ''}：${input.children.length} 项${removed.length ? `，删除 ${removed.length} 项` : ''}`,
    );
    return block(ctx, plan.id, node.id);
  },

  async 'targets.approve'(ctx, { id, version }) {
    const user = ctx.requireUser();
    const plan = await loadPlan(ctx.db, id, true);
    requireDraft(plan);
    if (plan.version !== version) throw versionConflict();
    const issues = await issuesOf(ctx.db, plan, await loadNodes(ctx.db, id));
    if (issues.length) {
      const f = issues[0]!;
      const zh = message('plan_unbalanced', { first: `${f.path} · ${f.message_zh}`, n: issues.length }).zh;
      const en = message('plan_unbalanced', { first: `${f.path} · ${f.message_en}`, n: issues.length }).en;
      throw new AppError('BUSINESS_RULE', zh, en, undefined, { issues: issues.slice(0, 200) });
    }
    const now = ctx.nowIso();
    const number = formatNumber('TP', plan.year, await nextNumber(ctx.db, 'TP', plan.year), 4);
    await ctx.db.run(
      `UPDATE target_plans SET status = 'superseded', updated_at = ?, version = version + 1
       WHERE year = ? AND metric = ? AND status = 'approved'`,
      [now, plan.year, plan.metric],
    );
    await ctx.db.run(
      `UPDATE target_plans SET status = 'approved', number = ?, approved_by = ?, approved_at = ?, updated_at = ?,
       version = version + 1 WHERE id = ?`,
      [number, user.id, now, now, id],
    );
    ctx.audit(id, `下达计划 ${number} ${plan.name}（第 ${plan.revision} 版）`);
    return loadPlan(ctx.db, id);
  },

  async 'targets.revise'(ctx, { id, reason }) {
    const user = ctx.requireUser();
    requireCompanyScope(ctx);
    const plan = await loadPlan(ctx.db, id, true);
    if (plan.status !== 'approved') throw AppError.of('BUSINESS_RULE', 'plan_not_approved');
    const open = await ctx.db.get<{ revision: number }>(
      "SELECT revision FROM target_plans WHERE year = ? AND metric = ? AND status = 'draft'",
      [plan.year, plan.metric],
    );
    if (open) throw AppError.of('CONFLICT', 'plan_revision_open', { revision: open.revision });
    const rev = await ctx.db.get<{ n: number }>(
      'SELECT MAX(revision) AS n FROM target_plans WHERE year = ? AND metric = ?',
      [plan.year, plan.metric],
    );
    const now = ctx.nowIso();
    const newId = await ctx.db.insert('target_plans', {
      year: plan.year,
      metric: plan.metric,
      basis: plan.basis,
      revision: Number(rev?.n ?? plan.revision) + 1,
      status: 'draft',
      name: plan.name,
      owner_id: plan.owner_id,
      notes: `调整原因：${reason}`.slice(0, 500),
      created_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    // Copy the tree, parents first.
    const nodes = await loadNodes(ctx.db, id);
    const map = new Map<number, number>();
    const queue = nodes.filter((n) => n.parent_id == null);
    while (queue.length) {
      const n = queue.shift()!;
      const nid = await ctx.db.insert('target_nodes', {
        plan_id: newId,
        parent_id: n.parent_id == null ? null : map.get(n.parent_id)!,
        subject_type: n.subject_type,
        subject_id: n.subject_id,
        owner_id: n.owner_id,
        sort: n.sort,
        ...valueColumns(n.values),
      });
      map.set(n.id, nid);
      queue.push(...nodes.filter((k) => k.parent_id === n.id));
    }
    ctx.audit(
      newId,
      `调整计划 ${plan.number ?? ''} ${plan.name} → 第 ${Number(rev?.n ?? plan.revision) + 1} 版：${reason}`,
    );
    return loadPlan(ctx.db, newId);
  },

  async 'targets.import'(ctx, { plan_id, version, file_base64 }) {
    const plan = await loadPlan(ctx.db, plan_id, true);
    requireDraft(plan);
    if (plan.version !== version) throw versionConflict();
    const nodes = await loadNodes(ctx.db, plan.id);
    const access = await nodeAccess(ctx, nodes);
    const root = nodes.find((n) => n.parent_id == null);
    // Replacing the whole tree is for those who may edit the whole plan.
    if (!root || !access.editable.has(root.id))
      throw AppError.field('FORBIDDEN', ['plan_id'], 'block_not_editable');
    const unit = unitOf(plan.metric);
    const rows = readRows(file_base64);
    if (rows.length < 2) throw AppError.field('VALIDATION', ['file_base64'], 'import_empty');
    if (rows.length > 5001)
      throw AppError.field('VALIDATION', ['file_base64'], 'too_big', { max: '5000 行' });
    const errors: ImportError[] = [];
    const header = rows[0]!.map((h) => cellText(h));
    const col = (name: string) => header.indexOf(name);
    for (const h of HEAD)
      if (col(h) < 0) errors.push(importError(1, h, 'import_missing_column', { column: h }));
    if (errors.length) throw importFailed(errors);

    interface Parsed {
      row: number;
      no: string;
      parent: string;
      type: SubjectType;
      subject_id: number | null;
      owner_id: number | null;
      values: PeriodValues;
    }
    const parsed: Parsed[] = [];
    const lookups: Record<string, string> = {
      org_unit: 'SELECT id FROM org_units WHERE code = ? AND active = ?',
      user: 'SELECT id FROM users WHERE login = ? AND active = ?',
      product: 'SELECT id FROM products WHERE code = ? AND active = ?',
      customer: 'SELECT id FROM customers WHERE code = ? AND active = ?',
    };
    for (const [i, r] of rows.slice(1).entries()) {
      const rowNo = i + 2;
      const no = cellText(r[col('序号')]);
      const parent = cellText(r[col('上级序号')]);
      const typeText = cellText(r[col('类型')]).toLowerCase();
      const type = TYPE_NAMES[typeText] ?? TYPE_NAMES[cellText(r[col('类型')])];
      const code = cellText(r[col('编码')]);
      if (!no) errors.push(importError(rowNo, '序号', 'required'));
      if (!type) {
        errors.push(importError(rowNo, '类型', 'invalid_value'));
        continue;
      }
      let subjectId: number | null = null;
      if (type !== 'company') {
        const hit = code ? await ctx.db.get<{ id: number }>(lookups[type]!, [code, true]) : undefined;
        if (!hit) errors.push(importError(rowNo, '编码', code ? 'subject_not_found' : 'required'));
        else subjectId = Number(hit.id);
      }
      const ownerLogin = cellText(r[col('负责人工号')]);
      let ownerId: number | null = null;
      if (ownerLogin) {
        const o = await ctx.db.get<{ id: number }>('SELECT id FROM users WHERE login = ? AND active = ?', [
          ownerLogin,
          true,
        ]);
        if (!o) errors.push(importError(rowNo, '负责人工号', 'subject_not_found'));
        else ownerId = Number(o.id);
      }
      const values = emptyValues();
      for (const k of PERIOD_KEYS) {
        const label = PERIOD_LABELS[k].zh;
        const v = fromCell(r[col(label)], unit);
        if (v === undefined)
          errors.push(importError(rowNo, label, unit === 'fen' ? 'money_range' : 'not_integer'));
        else values[k] = v;
      }
      parsed.push({ row: rowNo, no, parent, type, subject_id: subjectId, owner_id: ownerId, values });
    }
    // Structure: unique numbers, known parents, one company at the top, allowed nesting, no repeats.
    const byNo = new Map<string, Parsed>();
    for (const p of parsed) {
      if (!p.no) continue;
      if (byNo.has(p.no))
        errors.push(importError(p.row, '序号', 'duplicate_value', { field: '序号', value: p.no }));
      else byNo.set(p.no, p);
    }
    const roots = parsed.filter((p) => !p.parent);
    if (roots.length !== 1 || roots[0]!.type !== 'company')
      errors.push(importError(roots[0]?.row ?? 2, '上级序号', 'invalid_value'));
    const seenPeople = new Set<string>();
    const seenUnder = new Set<string>();
    for (const p of parsed) {
      if (p.type === 'company' && p.parent) errors.push(importError(p.row, '类型', 'org_company_root'));
      if (p.parent) {
        const par = byNo.get(p.parent);
        if (!par || par === p) errors.push(importError(p.row, '上级序号', 'invalid_value'));
        else if (!CHILD_TYPES[par.type].includes(p.type))
          errors.push(
            importError(p.row, '类型', 'subject_type_not_allowed', {
              parent: SUBJECT_LABELS[par.type].zh,
              type: SUBJECT_LABELS[p.type].zh,
            }),
          );
      }
      if (p.subject_id != null) {
        const k = subjectKey(p.type, p.subject_id);
        const set = p.type === 'org_unit' || p.type === 'user' ? seenPeople : seenUnder;
        const key = set === seenPeople ? k : `${p.parent}>${k}`;
        if (set.has(key))
          errors.push(
            importError(p.row, '编码', 'subject_duplicate', {
              name: cellText(rows[p.row - 1]![col('编码')]),
            }),
          );
        set.add(key);
      }
    }
    // Cycles: every row must reach the root.
    for (const p of parsed) {
      let cur: Parsed | undefined = p;
      let steps = 0;
      while (cur && cur.parent && steps < 30) {
        cur = byNo.get(cur.parent);
        steps++;
      }
      if (steps >= 30) errors.push(importError(p.row, '上级序号', 'org_cycle'));
    }
    if (errors.length) throw importFailed(errors);

    await ctx.db.run('DELETE FROM target_nodes WHERE plan_id = ?', [plan.id]);
    const ids = new Map<string, number>();
    const queue = [roots[0]!];
    let sort = 0;
    while (queue.length) {
      const p = queue.shift()!;
      const parentId = p.parent ? ids.get(p.parent)! : null;
      const parentOwner = p.parent ? (byNo.get(p.parent)!.owner_id ?? null) : null;
      const owner =
        p.owner_id ??
        (p.type === 'company'
          ? plan.owner_id
          : await defaultOwner(ctx.db, p.type, p.subject_id!, parentOwner));
      p.owner_id = owner;
      const id = await ctx.db.insert('target_nodes', {
        plan_id: plan.id,
        parent_id: parentId,
        subject_type: p.type,
        subject_id: p.subject_id,
        owner_id: owner,
        sort: sort++,
        ...valueColumns(p.values),
      });
      ids.set(p.no, id);
      queue.push(...parsed.filter((k) => k.parent === p.no));
    }
    await bump(ctx, plan.id);
    ctx.audit(plan.id, `导入计划 ${plan.name}：${parsed.length} 行`);
    return block(ctx, plan.id);
  },

  async 'targets.export'(ctx, { plan_id }) {
    const plan = await loadPlan(ctx.db, plan_id);
    const nodes = await loadNodes(ctx.db, plan_id);
    const access = await nodeAccess(ctx, nodes);
    const names = await subjectNames(
      ctx.db,
      nodes,
      nodes.map((n) => n.owner_id),
    );
    const logins = new Map<number, string>();
    const ownerIds = [...new Set(nodes.map((n) => n.owner_id).filter((x): x is number => x != null))];
    if (ownerIds.length)
      for (const r of await ctx.db.all<Raw>(
        `SELECT id, login FROM users WHERE id IN (${placeholders(ownerIds.length)})`,
        ownerIds,
      ))
        logins.set(Number(r.id), String(r.login));
    const unit = unitOf(plan.metric);
    const out: unknown[][] = [HEAD];
    const numbers = new Map<number, number>();
    const visit = (n: NodeRec, depth: number) => {
      if (depth > 20 || !access.visible.has(n.id)) return;
      numbers.set(n.id, numbers.size + 1);
      const s = names.subjects.get(subjectKey(n.subject_type, n.subject_id));
      out.push([
        numbers.get(n.id),
        n.parent_id == null ? null : (numbers.get(n.parent_id) ?? null),
        SUBJECT_LABELS[n.subject_type].zh,
        s?.code ?? null,
        s?.name ?? null,
        n.owner_id == null ? null : (logins.get(n.owner_id) ?? null),
        ...PERIOD_KEYS.map((k: PeriodKey) => toCell(n.values[k], unit)),
      ]);
      for (const k of nodes.filter((x) => x.parent_id === n.id)) visit(k, depth + 1);
    };
    for (const r of nodes.filter((n) => n.parent_id == null)) visit(r, 0);
    return {
      file_name: `${plan.name}${plan.number ? `-${plan.number}` : ''}-第${plan.revision}版.xlsx`,
      base64: writeSheet('指标', out, [6, 8, 8, 12, 20, 10, ...PERIOD_KEYS.map(() => 12)]),
    };
  },
};

export const targetHandlers: HandlersFor<'targets.' | 'analytics.'> = {
  ...planHandlers,
  ...analyticsHandlers,
};
export { approvedPlan };
