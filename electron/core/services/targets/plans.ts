import type { Db } from '../../db/database';
import type { ServiceContext, SessionUser } from '../../rpc/context';
import { notFound } from '../../rpc/errors';
import {
  METRIC_INFO,
  PERIOD_KEYS,
  SUBJECT_LABELS,
  type NodeRow,
  type PeriodValues,
  type PlanRow,
  type SubjectType,
} from '../../../../shared/contract/targets';
import { placeholders } from '../common/list';
import { getSetting } from '../common/settings';
import { visibleUserIds } from '../common/scope';

/** Shared plumbing of the targets service: loading plans and nodes, names, who may see and edit what. */

export type Raw = Record<string, unknown>;

export interface NodeRec {
  id: number;
  parent_id: number | null;
  subject_type: SubjectType;
  subject_id: number | null;
  owner_id: number | null;
  sort: number;
  values: PeriodValues;
}

export const VALUE_COLUMNS = PERIOD_KEYS.map((k) => `v_${k}`);

export const valuesOf = (r: Raw): PeriodValues =>
  Object.fromEntries(
    PERIOD_KEYS.map((k) => [k, r[`v_${k}`] == null ? null : Number(r[`v_${k}`])]),
  ) as PeriodValues;

export const valueColumns = (v: PeriodValues): Record<string, number | null> =>
  Object.fromEntries(PERIOD_KEYS.map((k) => [`v_${k}`, v[k] ?? null]));

const PLAN_SELECT = `p.id, p.number, p.year, p.metric, p.basis, p.revision, p.status, p.name, p.owner_id,
  o.name AS owner_name, p.notes, a.name AS approved_by_name, p.approved_at, p.version,
  (SELECT n.v_y FROM target_nodes n WHERE n.plan_id = p.id AND n.parent_id IS NULL) AS total,
  (SELECT COUNT(*) FROM target_nodes n WHERE n.plan_id = p.id) AS node_count`;
const PLAN_FROM =
  'target_plans p JOIN users o ON o.id = p.owner_id LEFT JOIN users a ON a.id = p.approved_by';

export const toPlan = (r: Raw): PlanRow => ({
  id: Number(r.id),
  number: r.number == null ? null : String(r.number),
  year: Number(r.year),
  metric: r.metric as PlanRow['metric'],
  basis: r.basis as PlanRow['basis'],
  revision: Number(r.revision),
  status: r.status as PlanRow['status'],
  name: String(r.name),
  owner_id: Number(r.owner_id),
  owner_name: String(r.owner_name),
  notes: r.notes == null ? null : String(r.notes),
  approved_by_name: r.approved_by_name == null ? null : String(r.approved_by_name),
  approved_at: r.approved_at == null ? null : String(r.approved_at),
  total: r.total == null ? null : Number(r.total),
  node_count: Number(r.node_count ?? 0),
  version: Number(r.version),
});

export async function listPlans(db: Db, year?: number): Promise<PlanRow[]> {
  const rows = await db.all<Raw>(
    `SELECT ${PLAN_SELECT} FROM ${PLAN_FROM}${year ? ' WHERE p.year = ?' : ''}
     ORDER BY p.year DESC, p.metric, p.revision DESC LIMIT 500`,
    year ? [year] : [],
  );
  return rows.map(toPlan);
}

export async function loadPlan(db: Db, id: number, lock = false): Promise<PlanRow> {
  if (lock) await db.get(`SELECT id FROM target_plans WHERE id = ?${db.forUpdate}`, [id]);
  const r = await db.get<Raw>(`SELECT ${PLAN_SELECT} FROM ${PLAN_FROM} WHERE p.id = ?`, [id]);
  if (!r) throw notFound('计划', 'Plan');
  return toPlan(r);
}

/** The approved plan of a year and metric (the one actuals are compared with), if any. */
export async function approvedPlan(db: Db, year: number, metric: string): Promise<PlanRow | null> {
  const r = await db.get<Raw>(
    `SELECT ${PLAN_SELECT} FROM ${PLAN_FROM} WHERE p.year = ? AND p.metric = ? AND p.status = 'approved'
     ORDER BY p.revision DESC LIMIT 1`,
    [year, metric],
  );
  return r ? toPlan(r) : null;
}

export async function loadNodes(db: Db, planId: number): Promise<NodeRec[]> {
  const rows = await db.all<Raw>(
    `SELECT id, parent_id, subject_type, subject_id, owner_id, sort, ${VALUE_COLUMNS.join(', ')}
     FROM target_nodes WHERE plan_id = ? ORDER BY sort, id LIMIT 20000`,
    [planId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    parent_id: r.parent_id == null ? null : Number(r.parent_id),
    subject_type: r.subject_type as SubjectType,
    subject_id: r.subject_id == null ? null : Number(r.subject_id),
    owner_id: r.owner_id == null ? null : Number(r.owner_id),
    sort: Number(r.sort ?? 0),
    values: valuesOf(r),
  }));
}

export const subjectKey = (type: SubjectType, id: number | null) => `${type}:${id ?? 0}`;

/** Code and name of every subject and owner in the list (batched lookups, no whole-table loads). */
export async function subjectNames(
  db: Db,
  subjects: { subject_type: SubjectType; subject_id: number | null }[],
  ownerIds: (number | null)[] = [],
): Promise<{ subjects: Map<string, { code: string | null; name: string }>; users: Map<number, string> }> {
  const out = new Map<string, { code: string | null; name: string }>();
  const ids = (t: SubjectType) => [
    ...new Set(
      subjects.filter((s) => s.subject_type === t && s.subject_id != null).map((s) => s.subject_id!),
    ),
  ];
  const fetch = async (t: SubjectType, sql: string) => {
    const list = ids(t);
    for (let i = 0; i < list.length; i += 500) {
      const chunk = list.slice(i, i + 500);
      for (const r of await db.all<Raw>(sql.replace('(?)', `(${placeholders(chunk.length)})`), chunk)) {
        out.set(subjectKey(t, Number(r.id)), {
          code: r.code == null ? null : String(r.code),
          name: String(r.name),
        });
      }
    }
  };
  await fetch('org_unit', 'SELECT id, code, name FROM org_units WHERE id IN (?)');
  await fetch('user', 'SELECT id, login AS code, name FROM users WHERE id IN (?)');
  await fetch('product', 'SELECT id, code, name FROM products WHERE id IN (?)');
  await fetch('customer', 'SELECT id, code, legal_name AS name FROM customers WHERE id IN (?)');
  const company = await getSetting<string>(db, 'company_name', '');
  out.set(subjectKey('company', null), { code: null, name: company || SUBJECT_LABELS.company.zh });
  const users = new Map<number, string>();
  const uids = [...new Set(ownerIds.filter((x): x is number => x != null))];
  for (let i = 0; i < uids.length; i += 500) {
    const chunk = uids.slice(i, i + 500);
    for (const r of await db.all<Raw>(
      `SELECT id, name FROM users WHERE id IN (${placeholders(chunk.length)})`,
      chunk,
    ))
      users.set(Number(r.id), String(r.name));
  }
  return { subjects: out, users };
}

/**
 * Who sees and edits which nodes. Everything for scope 'all'. Otherwise the nodes a user "holds" — owned
 * by someone in their scope, or about a salesperson in their scope — with everything below them are
 * visible and (with targets.manage, in a draft) editable; their ancestors are visible as context.
 */
export async function nodeAccess(
  ctx: ServiceContext,
  nodes: readonly NodeRec[],
): Promise<{ visible: Set<number>; editable: Set<number> }> {
  const user: SessionUser = ctx.requireUser();
  const scope = await visibleUserIds(ctx.db, user);
  if (scope === null) {
    const all = new Set(nodes.map((n) => n.id));
    return { visible: all, editable: new Set(all) };
  }
  const inScope = new Set(scope);
  const kids = new Map<number, NodeRec[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes)
    if (n.parent_id != null) kids.set(n.parent_id, [...(kids.get(n.parent_id) ?? []), n]);
  const held = nodes.filter(
    (n) =>
      (n.owner_id != null && inScope.has(n.owner_id)) ||
      (n.subject_type === 'user' && n.subject_id != null && inScope.has(n.subject_id)),
  );
  const editable = new Set<number>();
  const down = (n: NodeRec, depth: number) => {
    if (editable.has(n.id) || depth > 20) return;
    editable.add(n.id);
    for (const k of kids.get(n.id) ?? []) down(k, depth + 1);
  };
  for (const h of held) down(h, 0);
  const visible = new Set(editable);
  for (const h of held) {
    let cur = h.parent_id == null ? undefined : byId.get(h.parent_id);
    for (let i = 0; cur && i < 20; i++) {
      visible.add(cur.id);
      cur = cur.parent_id == null ? undefined : byId.get(cur.parent_id);
    }
  }
  return { visible, editable };
}

export function toNodeRow(
  n: NodeRec,
  names: { subjects: Map<string, { code: string | null; name: string }>; users: Map<number, string> },
  childCount: number,
  canEdit: boolean,
): NodeRow {
  const s = names.subjects.get(subjectKey(n.subject_type, n.subject_id));
  return {
    id: n.id,
    parent_id: n.parent_id,
    subject_type: n.subject_type,
    subject_id: n.subject_id,
    subject_code: s?.code ?? null,
    subject_name: s?.name ?? `#${n.subject_id ?? ''}`,
    owner_id: n.owner_id,
    owner_name: n.owner_id == null ? null : (names.users.get(n.owner_id) ?? null),
    values: n.values,
    child_count: childCount,
    can_edit: canEdit,
  };
}

export const unitOf = (metric: PlanRow['metric']) => METRIC_INFO[metric].unit;

/** Allowed children per subject type: company → units / people; units → units / people; people → products / customers. */
export const CHILD_TYPES: Record<SubjectType, readonly SubjectType[]> = {
  company: ['org_unit', 'user'],
  org_unit: ['org_unit', 'user'],
  user: ['product', 'customer'],
  product: [],
  customer: [],
};
