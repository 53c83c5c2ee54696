import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import {
  COMPLAINT_CAUSE_LABELS,
  COMPLAINT_KIND_LABELS,
  type ComplaintDetail,
  type ComplaintRow,
} from '../../../../shared/contract/crm';
import { runList, type ListSpec } from '../common/list';
import { visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { canSeeCustomer } from '../customers';
import {
  addDays,
  attachmentsOf,
  complaintScope,
  inTeam,
  loadConfig,
  notFoundComplaint,
  num,
  remind,
  requireActiveUsers,
  storeAttachment,
  str,
  supervisorOf,
  taskScope,
  whereOf,
  yearOf,
  type Raw,
} from './common';

export const COMPLAINT_SELECT = `k.id, k.code, k.kind, k.customer_id, cu.legal_name AS customer_name, ct.name AS contact_name,
  k.product_id, p.name AS product_name, k.cause, k.severity, k.description, k.owner_id, ow.name AS owner_name, k.status,
  k.opened_at, k.escalate_at, k.escalated_at, sv.name AS supervisor_name, tu.name AS tech_user_name, k.closed_at,
  k.satisfaction, k.resolve_minutes, k.version`;
export const COMPLAINT_FROM = `crm_complaints k JOIN customers cu ON cu.id = k.customer_id JOIN users ow ON ow.id = k.owner_id
  LEFT JOIN contacts ct ON ct.id = k.contact_id LEFT JOIN products p ON p.id = k.product_id
  LEFT JOIN users sv ON sv.id = k.supervisor_id LEFT JOIN users tu ON tu.id = k.tech_user_id`;

const complaintList: ListSpec = {
  from: COMPLAINT_FROM,
  select: COMPLAINT_SELECT,
  fields: {
    code: { sql: 'k.code', type: 'text' },
    kind: { sql: 'k.kind', type: 'enum' },
    customer_name: { sql: 'cu.legal_name', type: 'text' },
    product_name: { sql: 'p.name', type: 'text' },
    cause: { sql: 'k.cause', type: 'enum' },
    severity: { sql: 'k.severity', type: 'enum' },
    description: { sql: 'k.description', type: 'text', sortable: false },
    owner_name: { sql: 'ow.name', type: 'text' },
    status: { sql: 'k.status', type: 'enum' },
    opened_at: { sql: 'k.opened_at', type: 'date' },
    escalate_at: { sql: 'k.escalate_at', type: 'date' },
    escalated_at: { sql: 'k.escalated_at', type: 'date' },
    supervisor_name: { sql: 'sv.name', type: 'text' },
    closed_at: { sql: 'k.closed_at', type: 'date' },
    satisfaction: { sql: 'k.satisfaction', type: 'number' },
  },
  search: ['k.code', 'cu.legal_name', 'cu.py', 'p.name', 'k.description'],
  defaultSort: { field: 'opened_at', dir: 'desc' },
  tiebreak: 'k.id DESC',
};

export function toComplaintRow(r: Raw): ComplaintRow {
  return {
    id: Number(r.id),
    code: String(r.code),
    kind: r.kind as ComplaintRow['kind'],
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    contact_name: str(r.contact_name),
    product_id: num(r.product_id),
    product_name: str(r.product_name),
    cause: r.cause as ComplaintRow['cause'],
    severity: r.severity as ComplaintRow['severity'],
    description: String(r.description),
    owner_id: Number(r.owner_id),
    owner_name: String(r.owner_name),
    status: r.status as ComplaintRow['status'],
    opened_at: String(r.opened_at),
    escalate_at: String(r.escalate_at),
    escalated_at: str(r.escalated_at),
    supervisor_name: str(r.supervisor_name),
    tech_user_name: str(r.tech_user_name),
    closed_at: str(r.closed_at),
    satisfaction: num(r.satisfaction),
    resolve_minutes: num(r.resolve_minutes),
    version: Number(r.version),
  };
}

interface State {
  id: number;
  code: string;
  status: string;
  owner_id: number;
  supervisor_id: number | null;
  tech_user_id: number | null;
  customer_id: number;
  opened_at: string;
}

async function state(db: Db, id: number, lock: boolean): Promise<State | null> {
  const r = await db.get<Raw>(`SELECT * FROM crm_complaints WHERE id = ?${lock ? db.forUpdate : ''}`, [id]);
  if (!r) return null;
  return {
    id: Number(r.id),
    code: String(r.code),
    status: String(r.status),
    owner_id: Number(r.owner_id),
    supervisor_id: num(r.supervisor_id),
    tech_user_id: num(r.tech_user_id),
    customer_id: Number(r.customer_id),
    opened_at: String(r.opened_at),
  };
}

async function canSee(db: Db, user: SessionUser, k: State): Promise<boolean> {
  const ids = await visibleUserIds(db, user);
  if (ids === null) return true;
  if ([k.owner_id, k.supervisor_id, k.tech_user_id].some((u) => u != null && ids.includes(u))) return true;
  return canSeeCustomer(db, user, k.customer_id);
}

/** The handler, the supervisor, the technical staff it was routed to, or a manager of the handler. */
async function canHandle(db: Db, user: SessionUser, k: State): Promise<boolean> {
  if ([k.owner_id, k.supervisor_id, k.tech_user_id].includes(user.id)) return true;
  return user.permissions.has('crm.assign') && (await inTeam(db, user, k.owner_id));
}

async function requireComplaint(ctx: ServiceContext, id: number, handle: boolean): Promise<State> {
  const user = ctx.requireUser();
  const k = await state(ctx.db, id, handle);
  if (!k || !(await canSee(ctx.db, user, k))) throw notFoundComplaint();
  if (handle) {
    if (k.status === 'closed') throw AppError.of('BUSINESS_RULE', 'complaint_closed', { code: k.code });
    if (!(await canHandle(ctx.db, user, k))) {
      throw AppError.of('FORBIDDEN', 'complaint_not_handler', { code: k.code });
    }
  }
  return k;
}

async function log(
  db: Db,
  id: number,
  at: string,
  userId: number | null,
  action: string,
  note: string | null,
) {
  await db.insert('crm_complaint_logs', { complaint_id: id, at, user_id: userId, action, note });
}

async function detail(ctx: ServiceContext, id: number): Promise<ComplaintDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${COMPLAINT_SELECT}, k.contact_id, k.supervisor_id, k.tech_user_id, k.routed_at, k.tech_result, k.solution
     FROM ${COMPLAINT_FROM} WHERE k.id = ?`,
    [id],
  );
  if (!r) throw notFoundComplaint();
  const logs = await ctx.db.all<Raw>(
    `SELECT g.id, g.at, g.action, g.note, u.name AS user_name FROM crm_complaint_logs g
     LEFT JOIN users u ON u.id = g.user_id WHERE g.complaint_id = ? ORDER BY g.at, g.id`,
    [id],
  );
  const k = (await state(ctx.db, id, false))!;
  return {
    ...toComplaintRow(r),
    contact_id: num(r.contact_id),
    supervisor_id: num(r.supervisor_id),
    tech_user_id: num(r.tech_user_id),
    routed_at: str(r.routed_at),
    tech_result: str(r.tech_result),
    solution: str(r.solution),
    logs: logs.map((g) => ({
      id: Number(g.id),
      at: String(g.at),
      user_name: str(g.user_name),
      action: String(g.action),
      note: str(g.note),
    })),
    attachments: await attachmentsOf(ctx.db, 'complaint', id),
    can_handle: k.status !== 'closed' && (await canHandle(ctx.db, ctx.requireUser(), k)),
  };
}

/**
 * Escalation (seed 000: unresolved after 2 days → the supervisor): every complaint still open at its
 * escalate_at goes to the handler's manager (else a general manager / administrator), once.
 */
export async function escalateDueComplaints(
  db: Db,
  now: Date,
  onEscalated: (id: number, code: string, supervisor: number | null) => Promise<void>,
): Promise<number> {
  const nowIso = now.toISOString();
  let n = 0;
  for (let round = 0; round < 20; round++) {
    const rows = await db.all<Raw>(
      `SELECT k.id, k.code, k.owner_id, cu.legal_name FROM crm_complaints k JOIN customers cu ON cu.id = k.customer_id
       WHERE k.status <> 'closed' AND k.escalated_at IS NULL AND k.escalate_at <= ? ORDER BY k.escalate_at, k.id LIMIT 200`,
      [nowIso],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      const id = Number(r.id);
      const owner = Number(r.owner_id);
      const sup = await supervisorOf(db, owner);
      await db.run(
        'UPDATE crm_complaints SET escalated_at = ?, supervisor_id = ?, updated_at = ?, version = version + 1 WHERE id = ?',
        [nowIso, sup, nowIso, id],
      );
      const title = {
        zh: `投诉 ${String(r.code)}（${String(r.legal_name)}）超过时限未解决，已升级`,
        en: `Complaint ${String(r.code)} (${String(r.legal_name)}) is unresolved past its deadline and was escalated`,
      };
      await log(db, id, nowIso, null, 'escalate', sup ? null : '没有可升级的主管');
      for (const uid of new Set([sup, owner])) {
        if (uid == null) continue;
        await remind(db, nowIso, {
          user_id: uid,
          kind: 'complaint_escalated',
          entity_type: 'complaint',
          entity_id: id,
          title,
          key: `complaint_escalated:${id}`,
        });
      }
      await onEscalated(id, String(r.code), sup);
      n++;
    }
  }
  return n;
}

/** Open complaints of one handler move to another (staff handover). */
export async function handoverComplaints(db: Db, from: number, to: number, nowIso: string): Promise<number> {
  const rows = await db.all<{ id: number }>(
    "SELECT id FROM crm_complaints WHERE owner_id = ? AND status <> 'closed' ORDER BY id",
    [from],
  );
  for (const r of rows) {
    await db.run(
      'UPDATE crm_complaints SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [to, nowIso, r.id],
    );
    await log(db, Number(r.id), nowIso, null, 'handover', null);
  }
  return rows.length;
}

const GROUPS = {
  product: { key: 'k.product_id', label: 'p.name' },
  cause: { key: 'k.cause', label: 'k.cause' },
  customer: { key: 'k.customer_id', label: 'cu.legal_name' },
  owner: { key: 'k.owner_id', label: 'ow.name' },
  kind: { key: 'k.kind', label: 'k.kind' },
} as const;

const AGG = `COUNT(*) AS n,
  SUM(CASE WHEN k.status <> 'closed' THEN 1 ELSE 0 END) AS open_n,
  SUM(CASE WHEN k.status = 'closed' THEN 1 ELSE 0 END) AS closed_n,
  SUM(CASE WHEN k.escalated_at IS NOT NULL THEN 1 ELSE 0 END) AS escalated_n,
  AVG(k.resolve_minutes) AS avg_minutes, AVG(k.satisfaction) AS avg_sat`;

const round1 = (v: unknown) => (v == null ? null : Math.round(Number(v) * 10) / 10);

export const complaintHandlers: HandlersFor<'complaints.'> = {
  async 'complaints.list'(ctx, q) {
    const user = ctx.requireUser();
    const w = whereOf(complaintScope(await visibleUserIds(ctx.db, user)));
    if (q.customer_id) {
      w.clauses.push('k.customer_id = ?');
      w.params.push(q.customer_id);
    }
    if (q.status) {
      w.clauses.push('k.status = ?');
      w.params.push(q.status);
    }
    if (q.open_only) w.clauses.push("k.status <> 'closed'");
    const r = await runList<Raw>(ctx.db, complaintList, q, w);
    return { rows: r.rows.map(toComplaintRow), total: r.total };
  },

  async 'complaints.get'(ctx, { id }) {
    await requireComplaint(ctx, id, false);
    return detail(ctx, id);
  },

  async 'complaints.create'(ctx, input) {
    const user = ctx.requireUser();
    const db = ctx.db;
    const cust = await db.get<{ owner_id: number; legal_name: string }>(
      'SELECT owner_id, legal_name FROM customers WHERE id = ?',
      [input.customer_id],
    );
    if (!cust || !(await canSeeCustomer(db, user, input.customer_id))) {
      throw AppError.field('NOT_FOUND', ['customer_id'], 'invalid_value');
    }
    if (input.contact_id != null) {
      const c = await db.get<{ customer_id: number }>('SELECT customer_id FROM contacts WHERE id = ?', [
        input.contact_id,
      ]);
      if (!c || Number(c.customer_id) !== input.customer_id) {
        throw AppError.field('VALIDATION', ['contact_id'], 'not_of_customer');
      }
    }
    if (
      input.product_id != null &&
      !(await db.get('SELECT id FROM products WHERE id = ?', [input.product_id]))
    ) {
      throw AppError.field('VALIDATION', ['product_id'], 'invalid_value');
    }
    // The customer's owner handles it unless someone else is named.
    const ownerId = input.owner_id ?? Number(cust.owner_id);
    await requireActiveUsers(db, 'owner_id', [ownerId]);
    const cfg = await loadConfig(db);
    const now = ctx.now();
    const nowIso = now.toISOString();
    const year = yearOf(ctx.today());
    const code = formatNumber('TS', year, await nextNumber(db, 'COMPLAINT', year));
    const id = await db.insert('crm_complaints', {
      code,
      kind: input.kind,
      customer_id: input.customer_id,
      contact_id: input.contact_id,
      product_id: input.product_id,
      cause: input.cause,
      severity: input.severity,
      description: input.description,
      owner_id: ownerId,
      status: 'open',
      opened_at: nowIso,
      escalate_at: new Date(now.getTime() + cfg.complaint_escalate_hours * 3_600_000).toISOString(),
      created_by: user.id,
      created_at: nowIso,
      updated_at: nowIso,
      version: 0,
    });
    for (const [i, f] of input.attachments.entries()) {
      await storeAttachment(ctx, 'complaint', id, f, ['attachments', i]);
    }
    await log(db, id, nowIso, user.id, 'open', null);
    if (ownerId !== user.id) {
      await remind(db, nowIso, {
        user_id: ownerId,
        kind: 'complaint_new',
        entity_type: 'complaint',
        entity_id: id,
        title: {
          zh: `新${COMPLAINT_KIND_LABELS[input.kind].zh}待处理：${code}（${cust.legal_name}）`,
          en: `New ${COMPLAINT_KIND_LABELS[input.kind].en.toLowerCase()} to handle: ${code} (${cust.legal_name})`,
        },
        key: `complaint_new:${id}`,
      });
    }
    ctx.audit(id, `登记${COMPLAINT_KIND_LABELS[input.kind].zh} ${code}（${cust.legal_name}）`);
    return detail(ctx, id);
  },

  async 'complaints.addLog'(ctx, { id, note }) {
    const k = await requireComplaint(ctx, id, true);
    await log(ctx.db, id, ctx.nowIso(), ctx.requireUser().id, 'note', note);
    await ctx.db.run('UPDATE crm_complaints SET updated_at = ?, version = version + 1 WHERE id = ?', [
      ctx.nowIso(),
      id,
    ]);
    ctx.audit(id, `投诉 ${k.code} 处理记录`);
    return detail(ctx, id);
  },

  async 'complaints.routeToTech'(ctx, { id, tech_user_id, note }) {
    const k = await requireComplaint(ctx, id, true);
    if (k.status !== 'open') throw AppError.of('BUSINESS_RULE', 'complaint_not_at_tech', { code: k.code });
    await requireActiveUsers(ctx.db, 'tech_user_id', [tech_user_id]);
    const now = ctx.nowIso();
    await ctx.db.run(
      `UPDATE crm_complaints SET status = 'technical', tech_user_id = ?, routed_at = ?, tech_result = NULL,
         updated_at = ?, version = version + 1 WHERE id = ?`,
      [tech_user_id, now, now, id],
    );
    await log(ctx.db, id, now, ctx.requireUser().id, 'route_tech', note);
    await remind(ctx.db, now, {
      user_id: tech_user_id,
      kind: 'complaint_tech',
      entity_type: 'complaint',
      entity_id: id,
      title: { zh: `技术部待处理：${k.code}`, en: `For the technical department: ${k.code}` },
      key: `complaint_tech:${id}:${now}`,
    });
    ctx.audit(id, `投诉 ${k.code} 转技术部（用户 ${tech_user_id}）`);
    return detail(ctx, id);
  },

  async 'complaints.techReturn'(ctx, { id, result }) {
    const k = await requireComplaint(ctx, id, true);
    if (k.status !== 'technical')
      throw AppError.of('BUSINESS_RULE', 'complaint_not_at_tech', { code: k.code });
    const now = ctx.nowIso();
    await ctx.db.run(
      "UPDATE crm_complaints SET status = 'open', tech_result = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [result, now, id],
    );
    await log(ctx.db, id, now, ctx.requireUser().id, 'tech_return', result);
    if (k.owner_id !== ctx.requireUser().id) {
      await remind(ctx.db, now, {
        user_id: k.owner_id,
        kind: 'complaint_tech_back',
        entity_type: 'complaint',
        entity_id: id,
        title: { zh: `技术部已返回处理结果：${k.code}`, en: `Back from the technical department: ${k.code}` },
        key: `complaint_back:${id}:${now}`,
      });
    }
    ctx.audit(id, `投诉 ${k.code} 技术部返回`);
    return detail(ctx, id);
  },

  async 'complaints.assign'(ctx, { id, owner_id, note }) {
    const user = ctx.requireUser();
    const k = await requireComplaint(ctx, id, true);
    if (!(await inTeam(ctx.db, user, owner_id))) {
      throw AppError.field('FORBIDDEN', ['owner_id'], 'assign_outside_team');
    }
    await requireActiveUsers(ctx.db, 'owner_id', [owner_id]);
    const now = ctx.nowIso();
    await ctx.db.run(
      'UPDATE crm_complaints SET owner_id = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [owner_id, now, id],
    );
    await log(ctx.db, id, now, user.id, 'assign', note);
    ctx.audit(id, `投诉 ${k.code} 转交用户 ${owner_id}`);
    return detail(ctx, id);
  },

  async 'complaints.close'(ctx, { id, solution, satisfaction }) {
    const k = await requireComplaint(ctx, id, true);
    if (k.status === 'technical') {
      throw new AppError(
        'BUSINESS_RULE',
        `投诉 ${k.code} 还在技术部处理中，请等技术部返回后再关闭`,
        `Complaint ${k.code} is still with the technical department`,
      );
    }
    const now = ctx.now();
    const nowIso = now.toISOString();
    const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(k.opened_at)) / 60_000));
    await ctx.db.run(
      `UPDATE crm_complaints SET status = 'closed', solution = ?, satisfaction = ?, closed_at = ?, closed_by = ?,
         resolve_minutes = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [solution, satisfaction, nowIso, ctx.requireUser().id, minutes, nowIso, id],
    );
    await log(ctx.db, id, nowIso, ctx.requireUser().id, 'close', `${solution}（满意度 ${satisfaction}）`);
    ctx.audit(id, `关闭投诉 ${k.code}，满意度 ${satisfaction}`);
    return detail(ctx, id);
  },

  async 'complaints.report'(ctx, { from, to, group_by }) {
    const user = ctx.requireUser();
    const ids = await visibleUserIds(ctx.db, user);
    const w = whereOf(complaintScope(ids));
    if (from) {
      w.clauses.push('k.opened_at >= ?');
      w.params.push(from);
    }
    if (to) {
      w.clauses.push('k.opened_at < ?');
      w.params.push(addDays(to, 1));
    }
    const where = w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '';
    const g = GROUPS[group_by];
    const rows = await ctx.db.all<Raw>(
      `SELECT ${g.key} AS gkey, ${g.label} AS glabel, ${AGG} FROM ${COMPLAINT_FROM} ${where}
       GROUP BY ${g.key}, ${g.label} ORDER BY COUNT(*) DESC, ${g.key} LIMIT 200`,
      w.params,
    );
    const tot = (await ctx.db.get<Raw>(`SELECT ${AGG} FROM ${COMPLAINT_FROM} ${where}`, w.params))!;
    const label = (r: Raw): string => {
      if (group_by === 'cause') return COMPLAINT_CAUSE_LABELS[r.gkey as 'quality']?.zh ?? String(r.gkey);
      if (group_by === 'kind') return COMPLAINT_KIND_LABELS[r.gkey as 'complaint']?.zh ?? String(r.gkey);
      if (r.gkey == null) return '（未指定）';
      return String(r.glabel);
    };
    const toRow = (r: Raw, key: string, lbl: string) => ({
      key,
      label: lbl,
      count: Number(r.n ?? 0),
      open: Number(r.open_n ?? 0),
      closed: Number(r.closed_n ?? 0),
      escalated: Number(r.escalated_n ?? 0),
      avg_resolve_hours: r.avg_minutes == null ? null : round1(Number(r.avg_minutes) / 60),
      avg_satisfaction: round1(r.avg_sat),
    });

    const tw = whereOf(taskScope(ids));
    tw.clauses.push("t.kind <> 'archive_check'");
    const today = ctx.today();
    const calls = (await ctx.db.get<Raw>(
      `SELECT SUM(CASE WHEN t.status = 'done'${from ? ' AND t.done_at >= ?' : ''}${to ? ' AND t.done_at < ?' : ''} THEN 1 ELSE 0 END) AS done_n,
         AVG(CASE WHEN t.status = 'done'${from ? ' AND t.done_at >= ?' : ''}${to ? ' AND t.done_at < ?' : ''} THEN t.satisfaction END) AS avg_sat,
         SUM(CASE WHEN t.status = 'open' AND t.due_on < ? THEN 1 ELSE 0 END) AS overdue_n
       FROM crm_aftersales_tasks t WHERE ${tw.clauses.join(' AND ')}`,
      [
        ...(from ? [from] : []),
        ...(to ? [addDays(to, 1)] : []),
        ...(from ? [from] : []),
        ...(to ? [addDays(to, 1)] : []),
        today,
        ...tw.params,
      ],
    ))!;
    return {
      rows: rows.map((r) => toRow(r, r.gkey == null ? '' : String(r.gkey), label(r))),
      total: toRow(tot, 'total', '合计'),
      aftersales: {
        calls_done: Number(calls.done_n ?? 0),
        avg_satisfaction: round1(calls.avg_sat),
        open_overdue: Number(calls.overdue_n ?? 0),
      },
    };
  },
};
