import type { Db } from '../../db/database';
import type { Basis, EvalMetric } from '../../../../shared/contract/targets';
import { METRIC_INFO } from '../../../../shared/contract/targets';
import { getSetting } from '../common/settings';
import { placeholders } from '../common/list';
import { addDays, localInstant } from '../staff/calendar';

/**
 * Actuals sources (实际数): where "how much did this person sell / collect / win" comes from.
 *
 * Targets compare against actuals from approved orders, invoices or receipts (the plan's basis). Those
 * tables belong to other areas; each registers a source when it lands, e.g. in the orders service:
 *
 *   registerActualsSource({
 *     metric: 'sales', basis: 'orders',
 *     byUserMonth: (db, q) => db.all(`SELECT o.owner_id AS user_id, SUBSTR(o.order_date, 1, 7) AS month,
 *        SUM(o.total) AS value FROM orders o WHERE o.status = 'approved' AND o.order_date BETWEEN ? AND ? … GROUP BY 1, 2`, …),
 *   });
 *
 * A source aggregates in SQL per user and calendar month ('YYYY-MM', office-local), over local dates
 * [from, to] inclusive, for the given users (null = everyone). Values are integers in the metric's unit:
 * fen (sales, collection, profit), thousandths (quantity) or counts. Optional `byUserDimension` gives the
 * same per product or customer, for targets decomposed below a salesperson.
 */
export interface ActualsQuery {
  from: string;
  to: string;
  userIds: number[] | null;
}

export interface ActualsRow {
  user_id: number;
  month: string;
  value: number;
}

export interface ActualsSource {
  metric: EvalMetric;
  basis: Basis;
  byUserMonth(db: Db, q: ActualsQuery): Promise<ActualsRow[]>;
  byUserDimension?(
    db: Db,
    q: ActualsQuery & { dimension: 'product' | 'customer' },
  ): Promise<(ActualsRow & { dim_id: number })[]>;
}

const SOURCES = new Map<string, ActualsSource>();
const keyOf = (metric: EvalMetric, basis: Basis) => `${metric}:${basis}`;

export function registerActualsSource(source: ActualsSource): void {
  const k = keyOf(source.metric, source.basis);
  if (SOURCES.has(k)) throw new Error(`actuals source ${k} registered twice`);
  SOURCES.set(k, source);
}

export function actualsSource(metric: EvalMetric, basis: Basis): ActualsSource | null {
  return SOURCES.get(keyOf(metric, basis)) ?? null;
}

export function registeredActualsSources(): { metric: EvalMetric; basis: Basis }[] {
  return [...SOURCES.values()].map((s) => ({ metric: s.metric, basis: s.basis }));
}

/** Default basis per metric (settings key 'targets.basis' overrides; a plan carries its own). */
export const DEFAULT_BASIS: Record<EvalMetric, Basis> = {
  sales: 'orders',
  collection: 'receipts',
  quantity: 'orders',
  profit: 'orders',
  new_customers: 'customers',
  visits: 'work_reports',
  complaints: 'crm',
};

export async function defaultBasis(db: Db, metric: EvalMetric): Promise<Basis> {
  const s = await getSetting<Partial<Record<EvalMetric, Basis>>>(db, 'targets.basis', {});
  const b = s?.[metric];
  return b && METRIC_INFO[metric].bases.includes(b) ? b : DEFAULT_BASIS[metric];
}

/** Per-user totals and per-user-month values for a range; null when no source is registered. */
export async function actualsFor(
  db: Db,
  metric: EvalMetric,
  basis: Basis,
  q: ActualsQuery,
): Promise<{ byUser: Map<number, number>; byUserMonth: Map<number, Map<string, number>> } | null> {
  const src = actualsSource(metric, basis);
  if (!src) return null;
  if (q.userIds !== null && q.userIds.length === 0) return { byUser: new Map(), byUserMonth: new Map() };
  const rows = await src.byUserMonth(db, q);
  const byUser = new Map<number, number>();
  const byUserMonth = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const u = Number(r.user_id);
    const v = Number(r.value);
    byUser.set(u, (byUser.get(u) ?? 0) + v);
    const m = byUserMonth.get(u) ?? new Map<string, number>();
    m.set(String(r.month), (m.get(String(r.month)) ?? 0) + v);
    byUserMonth.set(u, m);
  }
  return { byUser, byUserMonth };
}

/**
 * For timestamp columns (UTC ISO): a CASE expression putting a row into its office-local month, and the
 * range's bounds. SQL is portable (plain comparisons on ISO strings).
 */
export function monthBuckets(
  column: string,
  from: string,
  to: string,
): { expr: string; params: unknown[]; lo: string; hi: string } {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7);) {
    months.push(m);
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  const params: unknown[] = [];
  const whens = months.map((m, i) => {
    const next = months[i + 1];
    const bound = next ? localInstant(`${next}-01`) : localInstant(addDays(to, 1));
    params.push(bound, m);
    return `WHEN ${column} < ? THEN CAST(? AS varchar(7))`;
  });
  return {
    expr: `CASE ${whens.join(' ')} END`,
    params,
    lo: localInstant(from),
    hi: localInstant(addDays(to, 1)),
  };
}

/** ` AND column IN (…)` for the users asked about (nothing when null = everyone). */
export const userFilter = (column: string, ids: number[] | null): { sql: string; params: unknown[] } =>
  ids === null
    ? { sql: '', params: [] }
    : { sql: ` AND ${column} IN (${placeholders(ids.length)})`, params: ids };

/** Rows as the drivers return them (PostgreSQL sums are strings) → numbers. */
export function toActualsRows(rows: Record<string, unknown>[]): ActualsRow[] {
  return rows.map((r) => ({ user_id: Number(r.user_id), month: String(r.month), value: Number(r.value) }));
}
export function toDimensionRows(rows: Record<string, unknown>[]): (ActualsRow & { dim_id: number })[] {
  return rows.map((r) => ({
    user_id: Number(r.user_id),
    month: String(r.month),
    dim_id: Number(r.dim_id),
    value: Number(r.value),
  }));
}

/* ------------------------------------------------------------------ sources that exist now
 * Other areas register theirs: sales (orders: sales, quantity, profit), finance (invoices: sales, quantity,
 * profit; receipts: collection), crm (visits and complaints). */

// New customers: active customers created in the period, by their (current) owner.
registerActualsSource({
  metric: 'new_customers',
  basis: 'customers',
  async byUserMonth(db, q) {
    const b = monthBuckets('c.created_at', q.from, q.to);
    const f = userFilter('c.owner_id', q.userIds);
    return db.all<ActualsRow>(
      `SELECT c.owner_id AS user_id, ${b.expr} AS month, COUNT(*) AS value FROM customers c
       WHERE c.active = ? AND c.created_at >= ? AND c.created_at < ?${f.sql} GROUP BY 1, 2`,
      [...b.params, true, b.lo, b.hi, ...f.params],
    );
  },
});

// Visits as reported in the daily work reports (CRM visit check-ins register their own source later).
registerActualsSource({
  metric: 'visits',
  basis: 'work_reports',
  async byUserMonth(db, q) {
    const f = userFilter('r.user_id', q.userIds);
    return db.all<ActualsRow>(
      `SELECT r.user_id AS user_id, SUBSTR(r.report_date, 1, 7) AS month, SUM(r.visit_count) AS value
       FROM work_reports r WHERE r.report_date >= ? AND r.report_date <= ?${f.sql} GROUP BY 1, 2`,
      [q.from, q.to, ...f.params],
    );
  },
});
