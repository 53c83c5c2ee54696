import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import type { AgeingRow, StatementData, StatementRow } from '../../../../shared/contract/finance';
import { runList, type ListSpec } from '../common/list';
import { addOrderTrailProvider } from '../sales/orders';
import {
  addDays,
  addMonths,
  checkAgeingBounds,
  daysBetween,
  loadFinanceSettings,
  monthEnd,
  sqlDaysSince,
} from './common';
import { customerScope, requireCustomer } from './invoices';

type Raw = Record<string, unknown>;

const DOC_LABELS: Record<string, string> = {
  invoice: '销售发票',
  receipt: '收款',
  receipt_reversal: '收款冲销',
  credit_note: '红字凭证',
  opening: '期初应收',
};

/** A validated ISO date, safe to place in SQL text (used for sortable computed columns). */
function lit(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new AppError('VALIDATION', '日期无效', 'Invalid date');
  return `'${isoDate}'`;
}

function daysExpr(db: Db, asOf: string, col: string): string {
  return db.dialect === 'postgres'
    ? `(DATE ${lit(asOf)} - CAST(${col} AS date))`
    : `CAST(julianday(${lit(asOf)}) - julianday(${col}) AS INTEGER)`;
}

export function bucketLabels(bounds: number[]): string[] {
  const out: string[] = [];
  let lo = 1;
  for (const b of bounds) {
    out.push(`${lo}-${b}天`);
    lo = b + 1;
  }
  out.push(`${bounds[bounds.length - 1]}天以上`);
  return out;
}

/* ------------------------------------------------------------------ as-of open items */

/** A validated ISO timestamp, safe to place in SQL text (a cutoff on created_at columns). */
function litTs(ts: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(ts))
    throw new AppError('VALIDATION', '时间无效', 'Invalid timestamp');
  return `'${ts}'`;
}

/**
 * Open invoices as of a date, with their age in days. What an invoice owed on a date is its total less the
 * allocations effective by then, which is its maintained open amount plus the allocations effective after
 * that date (open_amount = total − every allocation, an invariant checked with the balances): so only the few
 * allocations after the date are summed, not every allocation ever made. With `recordedBy` (an ISO
 * timestamp) only what had been recorded by then counts — the books as they stood at that moment: invoices
 * approved later are left out and allocations recorded later are added back. `oneCustomer`: only one
 * customer's invoices, with the filter inside the sum too (two `?` parameters, both the customer id).
 */
function openInvoicesSql(
  db: Db,
  basis: 'due' | 'invoice',
  asOf: string,
  oneCustomer = false,
  recordedBy?: string,
): string {
  const col = basis === 'due' ? 'COALESCE(i.due_date, i.invoice_date)' : 'i.invoice_date';
  const t = recordedBy ? litTs(recordedBy) : null;
  const after = t ? `(effective_date > ${lit(asOf)} OR created_at > ${t})` : `effective_date > ${lit(asOf)}`;
  return `SELECT i.id, i.number, i.customer_id, i.salesperson_id, i.invoice_date, i.due_date, i.total, i.open_amount + COALESCE(a.s, 0) AS open,
      ${daysExpr(db, asOf, col)} AS days
    FROM invoices i
    LEFT JOIN (SELECT invoice_id, SUM(amount) AS s FROM allocations WHERE ${after}${oneCustomer ? ' AND customer_id = ?' : ''} GROUP BY invoice_id) a ON a.invoice_id = i.id
    WHERE i.kind = 'invoice' AND i.status = 'approved' AND i.invoice_date <= ${lit(asOf)} AND i.open_amount + COALESCE(a.s, 0) <> 0${t ? ` AND COALESCE(i.approved_at, i.created_at) <= ${t}` : ''}${oneCustomer ? ' AND i.customer_id = ?' : ''}`;
}

/**
 * Unapplied credits as of a date, one row per receipt or credit note: receipts (less their reversal once it
 * has happened) and credit notes, less what was applied to invoices by then (what is applied today, less the
 * allocations effective — or, with `recordedBy`, recorded — after that: applied_total and a credit note's
 * open amount are maintained like an invoice's). This mirrors the ledger entry for entry, so open invoices −
 * unapplied credits always equals the statement balance of that date. `oneCustomer`: the filter in every
 * part (four `?` parameters, each the customer id).
 */
function unappliedItemsSql(asOf: string, recordedBy?: string, oneCustomer = false): string {
  const d = lit(asOf);
  const t = recordedBy ? litTs(recordedBy) : null;
  const after = t ? `(effective_date > ${d} OR created_at > ${t})` : `effective_date > ${d}`;
  const f = (col: string) => (oneCustomer ? ` AND ${col} = ?` : '');
  return `SELECT 'receipt' AS kind, r.id, r.number, r.receipt_date AS doc_date, r.customer_id, r.amount AS total,
        r.amount - CASE WHEN r.status = 'reversed' AND r.reversal_date <= ${d}${t ? ` AND r.reversed_at <= ${t}` : ''} THEN r.amount ELSE 0 END - r.applied_total + COALESCE(a.s, 0) AS v
        FROM receipts r
        LEFT JOIN (SELECT source_id, SUM(amount) AS s FROM allocations WHERE source_type = 'receipt' AND ${after}${f('customer_id')} GROUP BY source_id) a ON a.source_id = r.id
        WHERE r.receipt_date <= ${d}${t ? ` AND r.created_at <= ${t}` : ''}${f('r.customer_id')}
      UNION ALL
      SELECT 'credit_note' AS kind, c.id, c.number, c.invoice_date AS doc_date, c.customer_id, c.total, c.open_amount + COALESCE(a.s, 0) AS v FROM invoices c
        LEFT JOIN (SELECT source_id, SUM(amount) AS s FROM allocations WHERE source_type = 'credit_note' AND ${after}${f('customer_id')} GROUP BY source_id) a ON a.source_id = c.id
        WHERE c.kind = 'credit_note' AND c.status = 'approved' AND c.invoice_date <= ${d}${t ? ` AND COALESCE(c.approved_at, c.created_at) <= ${t}` : ''}${f('c.customer_id')}`;
}

/** Unapplied credits as of a date, per customer (see unappliedItemsSql). */
function unappliedSql(asOf: string, oneCustomer = false, recordedBy?: string): string {
  return `SELECT customer_id, SUM(v) AS v FROM (${unappliedItemsSql(asOf, recordedBy, oneCustomer)}) u GROUP BY customer_id`;
}

/** One open document of a customer as of a date: an invoice (positive) or an unapplied credit (negative). */
export interface OpenDocAsOf {
  kind: 'invoice' | 'receipt' | 'credit_note';
  id: number;
  number: string | null;
  date: string;
  due_date: string | null;
  /** The document's amount (negative for credits). */
  amount: number;
  /** What is still open of it (negative for credits). */
  open: number;
  /** Days past the due date (invoices; ≤ 0 = not yet due). */
  days_overdue: number;
}

/**
 * A customer's open items as of a date, oldest first: invoices with what is still open and their days past
 * due, then unapplied receipts and credit notes as negative items. They add up to the balance of that date
 * (the ledger up to it). For the balance confirmation and the overdue reminder.
 */
export async function openItemsAsOf(db: Db, customerId: number, asOf: string): Promise<OpenDocAsOf[]> {
  const inv = await db.all<Raw>(
    `${openInvoicesSql(db, 'due', asOf, true)} ORDER BY COALESCE(i.due_date, i.invoice_date), i.invoice_date, i.id`,
    [customerId, customerId],
  );
  const cr = await db.all<Raw>(
    `SELECT * FROM (${unappliedItemsSql(asOf, undefined, true)}) u WHERE u.v <> 0 ORDER BY u.doc_date, u.kind, u.id`,
    [customerId, customerId, customerId, customerId],
  );
  return [
    ...inv.map((r): OpenDocAsOf => ({
      kind: 'invoice',
      id: Number(r.id),
      number: (r.number as string | null) ?? null,
      date: String(r.invoice_date),
      due_date: (r.due_date as string | null) ?? null,
      amount: Number(r.total),
      open: Number(r.open),
      days_overdue: Number(r.days),
    })),
    ...cr.map((r): OpenDocAsOf => ({
      kind: r.kind === 'credit_note' ? 'credit_note' : 'receipt',
      id: Number(r.id),
      number: (r.number as string | null) ?? null,
      date: String(r.doc_date),
      due_date: null,
      amount: -Number(r.total),
      open: -Number(r.v),
      days_overdue: 0,
    })),
  ];
}

/** The ledger balance of a customer at the end of a date. */
export async function balanceAsOf(db: Db, customerId: number, asOf: string): Promise<number> {
  const r = await db.get<{ v: number }>(
    'SELECT COALESCE(SUM(amount), 0) AS v FROM ar_ledger WHERE customer_id = ? AND entry_date <= ?',
    [customerId, asOf],
  );
  return Number(r?.v ?? 0);
}

/**
 * A customer's statement for a period: opening balance, the ledger entries with a running balance, the
 * closing balance, and the ageing of what is open at the end of the period. `recordedBy` (an ISO
 * timestamp) reproduces a statement as it was generated: entries recorded later, even if dated inside the
 * period, are left out, so a reprint shows what the customer was sent.
 */
export async function statementData(
  db: Db,
  customerId: number,
  from: string,
  to: string,
  buckets: number[],
  recordedBy?: string,
): Promise<StatementData> {
  const cut = recordedBy ? ` AND created_at <= ${litTs(recordedBy)}` : '';
  const c = await db.get<Raw>('SELECT id, code, legal_name FROM customers WHERE id = ?', [customerId]);
  if (!c) throw notFound('客户', 'Customer');
  const op = await db.get<{ v: number }>(
    `SELECT COALESCE(SUM(amount), 0) AS v FROM ar_ledger WHERE customer_id = ? AND entry_date < ?${cut}`,
    [customerId, from],
  );
  const rows = await db.all<Raw>(
    `SELECT entry_date, doc_type, doc_number, description, amount FROM ar_ledger WHERE customer_id = ? AND entry_date >= ? AND entry_date <= ?${cut} ORDER BY entry_date, id`,
    [customerId, from, to],
  );
  const opening = Number(op?.v ?? 0);
  let balance = opening;
  let debits = 0;
  let credits = 0;
  const entries = rows.map((r) => {
    const amount = Number(r.amount);
    balance += amount;
    if (amount >= 0) debits += amount;
    else credits -= amount;
    return {
      date: String(r.entry_date),
      doc_type: DOC_LABELS[String(r.doc_type)] ?? String(r.doc_type),
      doc_number: (r.doc_number as string | null) ?? null,
      description: (r.description as string | null) ?? null,
      debit: amount > 0 ? amount : 0,
      credit: amount < 0 ? -amount : 0,
      balance,
    };
  });
  const open = await db.all<{ open: number; days: number }>(
    openInvoicesSql(db, 'due', to, true, recordedBy),
    [customerId, customerId],
  );
  const labels = ['未到期', ...bucketLabels(buckets)];
  const amounts = new Array<number>(labels.length).fill(0);
  for (const o of open) amounts[bucketIndex(Number(o.days), buckets) + 1]! += Number(o.open);
  const un = await db.get<{ v: number }>(unappliedSql(to, true, recordedBy), [
    customerId,
    customerId,
    customerId,
    customerId,
  ]);
  const unapplied = Number(un?.v ?? 0);
  const openTotal = amounts.reduce((s, a) => s + a, 0) - unapplied;
  return {
    customer_id: customerId,
    customer_name: String(c.legal_name),
    customer_code: String(c.code),
    period_from: from,
    period_to: to,
    opening,
    debits,
    credits,
    closing: balance,
    entries,
    ageing: labels.map((label, i) => ({ label, amount: amounts[i]! })),
    unapplied_credits: unapplied,
    open_total: openTotal,
  };
}

/** −1: not yet due (or today); 0…n−1: within bound i; n: above the last bound. */
export function bucketIndex(days: number, bounds: number[]): number {
  if (days <= 0) return -1;
  for (let i = 0; i < bounds.length; i++) if (days <= bounds[i]!) return i;
  return bounds.length;
}

/** Per-row bucket columns: the open amount lands in exactly one of them. */
function bucketColumns(bounds: number[]): string {
  const parts = ['CASE WHEN days <= 0 THEN open ELSE 0 END AS b_cur'];
  let lo = 0;
  bounds.forEach((b, i) => {
    parts.push(`CASE WHEN days > ${lo} AND days <= ${b} THEN open ELSE 0 END AS b${i}`);
    lo = b;
  });
  parts.push(`CASE WHEN days > ${lo} THEN open ELSE 0 END AS b${bounds.length}`);
  return parts.join(', ');
}
const zeroColumns = (bounds: number[]) =>
  ['0 AS b_cur', ...bounds.map((_, i) => `0 AS b${i}`), `0 AS b${bounds.length}`].join(', ');
const sumColumns = (bounds: number[]) =>
  [
    'SUM(b_cur) AS b_cur',
    ...bounds.map((_, i) => `SUM(b${i}) AS b${i}`),
    `SUM(b${bounds.length}) AS b${bounds.length}`,
  ].join(', ');

/** Grouping: the key and name of the group of an open invoice (o) and of an unapplied credit (u). */
const GROUPS = {
  customer: {
    key: 'o.customer_id',
    name: 'c.legal_name',
    join: 'JOIN customers c ON c.id = o.customer_id',
    unKey: 'u.customer_id',
    unName: 'c.legal_name',
    unJoin: 'JOIN customers c ON c.id = u.customer_id',
  },
  salesperson: {
    key: 'o.salesperson_id',
    name: 's.name',
    join: 'JOIN users s ON s.id = o.salesperson_id',
    unKey: 'c.owner_id',
    unName: 's.name',
    unJoin: 'JOIN customers c ON c.id = u.customer_id JOIN users s ON s.id = c.owner_id',
  },
  region: {
    key: 'COALESCE(c.region_id, 0)',
    name: "COALESCE(r.name, '未分区域')",
    join: 'JOIN customers c ON c.id = o.customer_id LEFT JOIN regions r ON r.id = c.region_id',
    unKey: 'COALESCE(c.region_id, 0)',
    unName: "COALESCE(r.name, '未分区域')",
    unJoin: 'JOIN customers c ON c.id = u.customer_id LEFT JOIN regions r ON r.id = c.region_id',
  },
} as const;

/**
 * Rows of the ageing: open invoices bucketed by age, unapplied credits beside them, one row per group —
 * also for a group that only has credits, so that every group's total is its balance.
 */
function ageingSql(
  db: Db,
  basis: 'due' | 'invoice',
  asOf: string,
  bounds: number[],
  group: keyof typeof GROUPS,
  scopeO: string,
  scopeU: string,
  nameFilter: string,
): string {
  const g = GROUPS[group];
  return `SELECT k, MAX(name) AS name, ${sumColumns(bounds)}, SUM(open) AS open_total, SUM(unapplied) AS unapplied, SUM(open) - SUM(unapplied) AS total FROM (
      SELECT ${g.key} AS k, ${g.name} AS name, ${bucketColumns(bounds)}, open, 0 AS unapplied
        FROM (${openInvoicesSql(db, basis, asOf)}) o ${g.join} WHERE 1 = 1${scopeO}${nameFilter ? ` AND ${g.name} ${nameFilter}` : ''}
      UNION ALL
      SELECT ${g.unKey} AS k, ${g.unName} AS name, ${zeroColumns(bounds)}, 0 AS open, u.v AS unapplied
        FROM (${unappliedSql(asOf)}) u ${g.unJoin} WHERE u.v <> 0${scopeU}${nameFilter ? ` AND ${g.unName} ${nameFilter}` : ''}
    ) t GROUP BY k`;
}

/* ------------------------------------------------------------------ handlers */

function toStatementRow(r: Raw): StatementRow {
  return {
    id: Number(r.id),
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    period_from: String(r.period_from),
    period_to: String(r.period_to),
    opening: Number(r.opening),
    closing: Number(r.closing),
    status: (['generated', 'sent', 'confirmed', 'disputed'].includes(String(r.status))
      ? r.status
      : 'generated') as StatementRow['status'],
    sent_at: (r.sent_at as string | null) ?? null,
    sent_via: (r.sent_via as string | null) ?? null,
    confirmed_on: (r.confirmed_on as string | null) ?? null,
    confirmed_by_name: (r.confirmed_by_name as string | null) ?? null,
    confirmed_amount: r.confirmed_amount == null ? null : Number(r.confirmed_amount),
    has_scan: r.scan_name != null,
    generated_at: String(r.generated_at),
  };
}

const statementSpec: ListSpec = {
  from: 'statements st JOIN customers c ON c.id = st.customer_id',
  select:
    'st.id, st.customer_id, c.legal_name AS customer_name, st.period_from, st.period_to, st.opening, st.closing, st.status, st.sent_at, st.sent_via, st.confirmed_on, st.confirmed_by_name, st.confirmed_amount, st.scan_name, st.generated_at',
  fields: {
    customer_name: { sql: 'c.legal_name', type: 'text' },
    period_to: { sql: 'st.period_to', type: 'date' },
    closing: { sql: 'st.closing', type: 'number' },
    status: { sql: 'st.status', type: 'enum' },
    generated_at: { sql: 'st.generated_at', type: 'date' },
  },
  search: ['c.legal_name', 'c.py', 'c.code'],
  defaultSort: { field: 'generated_at', dir: 'desc' },
  tiebreak: 'st.id DESC',
};

async function statementRow(ctx: ServiceContext, id: number): Promise<StatementRow> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${statementSpec.select} FROM ${statementSpec.from} WHERE st.id = ?`,
    [id],
  );
  if (!r) throw notFound('对账单', 'Statement');
  return toStatementRow(r);
}

export const statementHandlers: HandlersFor<'statements.' | 'reports.'> = {
  async 'statements.preview'(ctx, { customer_id, from, to }) {
    await requireCustomer(ctx, customer_id);
    if (from > to)
      throw new AppError('VALIDATION', '起始日期不能晚于截止日期', 'The start date is after the end date', [
        { path: ['from'], message_zh: '起始日期不能晚于截止日期', message_en: 'after the end date' },
      ]);
    const s = await loadFinanceSettings(ctx.db);
    return statementData(ctx.db, customer_id, from, to, s.ageing_buckets);
  },

  async 'statements.generate'(ctx, input) {
    const user = ctx.requireUser();
    const s = await loadFinanceSettings(ctx.db);
    const scope = await customerScope(ctx, 'x');
    let ids: number[];
    let total: number;
    if (input.customer_ids) {
      ids = input.customer_ids;
      total = ids.length;
      for (const id of ids) await requireCustomer(ctx, id);
    } else {
      const where = input.only_with_balance
        ? `(EXISTS (SELECT 1 FROM ar_ledger l WHERE l.customer_id = x.id AND l.entry_date >= ? AND l.entry_date <= ?)
            OR (SELECT COALESCE(SUM(l.amount), 0) FROM ar_ledger l WHERE l.customer_id = x.id AND l.entry_date <= ?) <> 0)`
        : 'x.active = ?';
      const params = input.only_with_balance ? [input.from, input.to, input.to] : [true];
      const filter = `FROM customers x WHERE ${where}${scope ? ` AND ${scope.clause.replace('x.customer_id', 'x.id')}` : ''}`;
      const cnt = await ctx.db.get<{ n: number }>(`SELECT COUNT(*) AS n ${filter}`, [
        ...params,
        ...(scope?.params ?? []),
      ]);
      total = Number(cnt?.n ?? 0);
      const rows = await ctx.db.all<{ id: number }>(`SELECT x.id ${filter} ORDER BY x.id LIMIT ? OFFSET ?`, [
        ...params,
        ...(scope?.params ?? []),
        input.limit,
        input.offset,
      ]);
      ids = rows.map((r) => Number(r.id));
    }
    const out: { id: number; customer_id: number; closing: number }[] = [];
    const now = ctx.nowIso();
    for (const cid of ids) {
      const d = await statementData(ctx.db, cid, input.from, input.to, s.ageing_buckets);
      const figures = { opening: d.opening, debits: d.debits, credits: d.credits, closing: d.closing };
      // Generating the same period again refreshes a statement not yet sent; one already sent or
      // confirmed stays as the record of what the customer saw, and a new one is made beside it.
      const unsent = await ctx.db.get<{ id: number }>(
        "SELECT id FROM statements WHERE customer_id = ? AND period_from = ? AND period_to = ? AND status = 'generated' ORDER BY id DESC LIMIT 1",
        [cid, input.from, input.to],
      );
      let id: number;
      if (unsent) {
        id = Number(unsent.id);
        await ctx.db.run(
          'UPDATE statements SET opening = ?, debits = ?, credits = ?, closing = ?, generated_by = ?, generated_at = ? WHERE id = ?',
          [figures.opening, figures.debits, figures.credits, figures.closing, user.id, now, id],
        );
      } else {
        id = await ctx.db.insert('statements', {
          customer_id: cid,
          period_from: input.from,
          period_to: input.to,
          ...figures,
          status: 'generated',
          generated_by: user.id,
          generated_at: now,
        });
      }
      out.push({ id, customer_id: cid, closing: d.closing });
    }
    const next = input.customer_ids
      ? null
      : input.offset + ids.length < total
        ? input.offset + ids.length
        : null;
    ctx.audit(null, `生成对账单 ${out.length} 份（${input.from} 至 ${input.to}）`);
    return { generated: out, next_offset: next, total_customers: total };
  },

  async 'statements.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await customerScope(ctx, 'st');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.customer_id) {
      base.clauses.push('st.customer_id = ?');
      base.params.push(q.customer_id);
    }
    if (q.status) {
      base.clauses.push('st.status = ?');
      base.params.push(q.status);
    }
    const r = await runList<Raw>(ctx.db, statementSpec, q, base);
    return { rows: r.rows.map(toStatementRow), total: r.total };
  },

  async 'statements.markSent'(ctx, { id, via }) {
    const st = await statementRow(ctx, id);
    await requireCustomer(ctx, st.customer_id);
    await ctx.db.run(
      "UPDATE statements SET status = CASE WHEN status = 'generated' THEN 'sent' ELSE status END, sent_at = ?, sent_by = ?, sent_via = ? WHERE id = ?",
      [ctx.nowIso(), ctx.requireUser().id, via, id],
    );
    ctx.audit(id, `对账单已发出（${via}）：${st.customer_name} ${st.period_to}`);
    return statementRow(ctx, id);
  },

  async 'statements.confirm'(ctx, input) {
    const st = await statementRow(ctx, input.id);
    await requireCustomer(ctx, st.customer_id);
    if (input.scan && Buffer.from(input.scan.data_base64, 'base64').length > 5 * 1024 * 1024) {
      throw new AppError('VALIDATION', '回执扫描件不能超过 5 MB', 'The scan must be at most 5 MB', [
        { path: ['scan'], message_zh: '不能超过 5 MB', message_en: 'at most 5 MB' },
      ]);
    }
    await ctx.db.run(
      `UPDATE statements SET status = ?, confirmed_on = ?, confirmed_by_name = ?, confirmed_amount = ?, confirm_note = ?, recorded_by = ?,
         scan_name = COALESCE(?, scan_name), scan_type = COALESCE(?, scan_type), scan_data = COALESCE(?, scan_data) WHERE id = ?`,
      [
        input.agreed ? 'confirmed' : 'disputed',
        input.confirmed_on,
        input.confirmed_by_name,
        input.confirmed_amount ?? (input.agreed ? st.closing : null),
        input.note,
        ctx.requireUser().id,
        input.scan?.name ?? null,
        input.scan?.type ?? null,
        input.scan?.data_base64 ?? null,
        input.id,
      ],
    );
    ctx.audit(
      input.id,
      `对账单${input.agreed ? '已确认' : '有异议'}：${st.customer_name}，${input.confirmed_by_name}，${input.confirmed_on}`,
    );
    return statementRow(ctx, input.id);
  },

  async 'statements.scan'(ctx, { id }) {
    const r = await ctx.db.get<Raw>(
      'SELECT customer_id, scan_name, scan_type, scan_data FROM statements WHERE id = ?',
      [id],
    );
    if (!r || r.scan_data == null) throw notFound('回执扫描件', 'Scan');
    await requireCustomer(ctx, Number(r.customer_id));
    return { name: String(r.scan_name), type: String(r.scan_type), data_base64: String(r.scan_data) };
  },

  /**
   * Ageing as of any date, by due or invoice date, grouped by customer, salesperson or region. Computed in
   * SQL from invoices and the allocations effective by that date; unapplied credits shown beside it.
   */
  async 'reports.ageing'(ctx, q) {
    checkAgeingBounds(q.buckets, 'buckets');
    const s = await loadFinanceSettings(ctx.db);
    const bounds = q.buckets ?? s.ageing_buckets;
    const scopeO = await customerScope(ctx, 'o');
    const scopeU = await customerScope(ctx, 'u');
    const nameFilter = q.q ? `${ctx.db.ilike} ?` : '';
    const sql = ageingSql(
      ctx.db,
      q.basis,
      q.as_of,
      bounds,
      q.group_by,
      scopeO ? ` AND ${scopeO.clause}` : '',
      scopeU ? ` AND ${scopeU.clause}` : '',
      nameFilter,
    );
    const params = [
      ...(scopeO?.params ?? []),
      ...(q.q ? [`%${q.q}%`] : []),
      ...(scopeU?.params ?? []),
      ...(q.q ? [`%${q.q}%`] : []),
    ];
    // The page and the totals in one pass: window sums over every group ride along on each row of the
    // page (the grouping is the expensive part; it ran twice). Only a page past the end asks again.
    const cols = ['b_cur', ...bounds.map((_, i) => `b${i}`), `b${bounds.length}`, 'unapplied', 'total'];
    const rows = await ctx.db.all<Raw>(
      `SELECT a.*, COUNT(*) OVER () AS t_n, ${cols.map((c) => `SUM(${c}) OVER () AS t_${c}`).join(', ')}
       FROM (${sql}) a ORDER BY total DESC, k LIMIT ? OFFSET ?`,
      [...params, q.limit, q.offset],
    );
    const tot: Raw | undefined = rows[0]
      ? Object.fromEntries([['n', rows[0].t_n], ...cols.map((c) => [c, rows[0]![`t_${c}`]])])
      : await ctx.db.get<Raw>(
          `SELECT COUNT(*) AS n, ${sumColumns(bounds)}, SUM(unapplied) AS unapplied, SUM(total) AS total FROM (${sql}) a`,
          params,
        );
    const toRow = (r: Raw): AgeingRow => ({
      key: Number(r.k ?? 0),
      name: String(r.name ?? '合计'),
      current: Number(r.b_cur ?? 0),
      buckets: bounds.map((_, i) => Number(r[`b${i}`] ?? 0)).concat(Number(r[`b${bounds.length}`] ?? 0)),
      unapplied: Number(r.unapplied ?? 0),
      total: Number(r.total ?? 0),
    });
    return {
      labels: ['未到期', ...bucketLabels(bounds)],
      rows: rows.map(toRow),
      total: toRow({ ...(tot ?? {}), k: 0, name: '合计' }),
      count: Number(tot?.n ?? 0),
    };
  },

  async 'reports.ageingItems'(ctx, q) {
    checkAgeingBounds(q.buckets, 'buckets');
    const s = await loadFinanceSettings(ctx.db);
    const bounds = q.buckets ?? s.ageing_buckets;
    const g = GROUPS[q.group_by];
    const scope = await customerScope(ctx, 'o');
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (scope) {
      clauses.push(scope.clause);
      params.push(...scope.params);
    }
    if (q.key !== undefined) {
      clauses.push(`${g.key} = ?`);
      params.push(q.key);
    }
    if (q.bucket !== undefined) {
      if (q.bucket === -1) clauses.push('o.days <= 0');
      else {
        const lo = q.bucket === 0 ? 0 : (bounds[q.bucket - 1] ?? 0);
        const hi = bounds[q.bucket];
        clauses.push(hi === undefined ? `o.days > ${lo}` : `o.days > ${lo} AND o.days <= ${hi}`);
      }
    }
    const base = `FROM (${openInvoicesSql(ctx.db, q.basis, q.as_of)}) o ${g.join.includes('customers c') ? g.join : `${g.join} JOIN customers c ON c.id = o.customer_id`}
      JOIN users sp ON sp.id = o.salesperson_id ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`;
    const rows = await ctx.db.all<Raw>(
      `SELECT o.id, o.number, c.legal_name AS customer_name, sp.name AS salesperson_name, o.invoice_date, o.due_date, o.days, o.open ${base}
       ORDER BY o.days DESC, o.id LIMIT ? OFFSET ?`,
      [...params, q.limit, q.offset],
    );
    const n = await ctx.db.get<{ n: number }>(`SELECT COUNT(*) AS n ${base}`, params);
    return {
      rows: rows.map((r) => ({
        invoice_id: Number(r.id),
        number: (r.number as string | null) ?? null,
        customer_name: String(r.customer_name),
        salesperson_name: String(r.salesperson_name),
        invoice_date: String(r.invoice_date),
        due_date: (r.due_date as string | null) ?? null,
        days: Number(r.days),
        open: Number(r.open),
      })),
      total: Number(n?.n ?? 0),
    };
  },

  async 'reports.overdue'(ctx, q) {
    const asOf = q.as_of ?? ctx.today();
    const days = daysExpr(ctx.db, asOf, 'i.due_date');
    const spec: ListSpec = {
      from: 'invoices i JOIN customers c ON c.id = i.customer_id JOIN users s ON s.id = i.salesperson_id',
      select: `i.id, i.number, i.customer_id, c.legal_name AS customer_name, s.name AS salesperson_name, i.invoice_date, i.due_date, i.open_amount, c.phone, ${days} AS days_overdue`,
      fields: {
        number: { sql: 'i.number', type: 'text' },
        customer_name: { sql: 'c.legal_name', type: 'text' },
        salesperson_name: { sql: 's.name', type: 'text' },
        invoice_date: { sql: 'i.invoice_date', type: 'date' },
        due_date: { sql: 'i.due_date', type: 'date' },
        days_overdue: { sql: days, type: 'number' },
        open_amount: { sql: 'i.open_amount', type: 'number' },
      },
      search: ['i.number', 'c.legal_name', 'c.py', 's.name'],
      defaultSort: { field: 'days_overdue', dir: 'desc' },
      tiebreak: 'i.id',
    };
    const base = {
      clauses: [
        "i.kind = 'invoice'",
        "i.status = 'approved'",
        'i.open_amount > 0',
        `${days} >= ?`,
      ] as string[],
      params: [q.min_days] as unknown[],
    };
    const scope = await customerScope(ctx, 'i');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return {
      rows: r.rows.map((x) => ({
        invoice_id: Number(x.id),
        number: (x.number as string | null) ?? null,
        customer_id: Number(x.customer_id),
        customer_name: String(x.customer_name),
        salesperson_name: String(x.salesperson_name),
        invoice_date: String(x.invoice_date),
        due_date: String(x.due_date),
        days_overdue: Number(x.days_overdue),
        open_amount: Number(x.open_amount),
        phone: (x.phone as string | null) ?? null,
      })),
      total: r.total,
    };
  },

  /** Days sales outstanding: receivable ÷ credit sales of the last N days × N. */
  async 'reports.dso'(ctx, q) {
    const from = addDays(q.as_of, -q.days);
    const scope = await customerScope(ctx, 'x');
    const sql = `SELECT x.id AS customer_id, x.legal_name AS customer_name,
        (SELECT COALESCE(SUM(l.amount), 0) FROM ar_ledger l WHERE l.customer_id = x.id AND l.entry_date <= ?) AS receivable,
        (SELECT COALESCE(SUM(CASE WHEN i.kind = 'invoice' THEN i.total ELSE -i.total END), 0) FROM invoices i
           WHERE i.customer_id = x.id AND i.status = 'approved' AND i.invoice_date > ? AND i.invoice_date <= ?) AS sales
      FROM customers x WHERE EXISTS (SELECT 1 FROM ar_ledger l WHERE l.customer_id = x.id AND l.entry_date <= ?)${scope ? ` AND ${scope.clause.replace('x.customer_id', 'x.id')}` : ''}`;
    const params = [q.as_of, from, q.as_of, q.as_of, ...(scope?.params ?? [])];
    const rows = await ctx.db.all<Raw>(
      `SELECT * FROM (${sql}) t ORDER BY receivable DESC, customer_id LIMIT ? OFFSET ?`,
      [...params, q.limit, q.offset],
    );
    const all = await ctx.db.get<Raw>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(receivable), 0) AS r, COALESCE(SUM(sales), 0) AS s FROM (${sql}) t`,
      params,
    );
    const dso = (r: number, s: number) => (s > 0 ? Math.round((r / s) * q.days * 10) / 10 : null);
    return {
      overall: {
        receivable: Number(all?.r ?? 0),
        sales: Number(all?.s ?? 0),
        dso: dso(Number(all?.r ?? 0), Number(all?.s ?? 0)),
      },
      rows: rows.map((r) => ({
        customer_id: Number(r.customer_id),
        customer_name: String(r.customer_name),
        receivable: Number(r.receivable),
        sales: Number(r.sales),
        dso: dso(Number(r.receivable), Number(r.sales)),
      })),
      count: Number(all?.n ?? 0),
    };
  },

  /** 收款预定表: expected receipts by due date over the next three months, 10th / 20th / month-end. */
  async 'reports.forecast'(ctx, q) {
    const m0 = `${q.from.slice(0, 7)}-01`;
    const edges: [string, string][] = [];
    const labels: string[] = [];
    for (let m = 0; m < 3; m++) {
      const start = addMonths(m0, m);
      const end = monthEnd(start);
      const ym = `${start.slice(5, 7)}月`;
      edges.push(
        [start, `${start.slice(0, 8)}10`],
        [`${start.slice(0, 8)}11`, `${start.slice(0, 8)}20`],
        [`${start.slice(0, 8)}21`, end],
      );
      labels.push(`${ym}上旬`, `${ym}中旬`, `${ym}下旬`);
    }
    // A period starts no earlier than `from`: what fell due before it is counted once, as overdue.
    const cases = edges
      .map(
        ([a, b], i) =>
          `SUM(CASE WHEN i.due_date >= ${lit(a > q.from ? a : q.from)} AND i.due_date <= ${lit(b)} THEN i.open_amount ELSE 0 END) AS b${i}`,
      )
      .join(', ');
    const scope = await customerScope(ctx, 'i');
    const sql = `SELECT i.customer_id, c.legal_name AS customer_name, SUM(CASE WHEN i.due_date < ${lit(q.from)} THEN i.open_amount ELSE 0 END) AS overdue, ${cases}
      FROM invoices i JOIN customers c ON c.id = i.customer_id
      WHERE i.kind = 'invoice' AND i.status = 'approved' AND i.open_amount > 0 AND i.due_date <= ${lit(edges[edges.length - 1]![1])}${scope ? ` AND ${scope.clause}` : ''}
      GROUP BY i.customer_id, c.legal_name`;
    const params = scope?.params ?? [];
    const rows = await ctx.db.all<Raw>(`SELECT * FROM (${sql}) t ORDER BY customer_id LIMIT ? OFFSET ?`, [
      ...params,
      q.limit,
      q.offset,
    ]);
    const tot = await ctx.db.get<Raw>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(overdue), 0) AS overdue, ${edges.map((_, i) => `COALESCE(SUM(b${i}), 0) AS b${i}`).join(', ')} FROM (${sql}) t`,
      params,
    );
    const toB = (r: Raw) => edges.map((_, i) => Number(r[`b${i}`] ?? 0));
    return {
      labels,
      rows: rows.map((r) => {
        const b = toB(r);
        return {
          customer_id: Number(r.customer_id),
          customer_name: String(r.customer_name),
          overdue: Number(r.overdue),
          buckets: b,
          total: Number(r.overdue) + b.reduce((a, x) => a + x, 0),
        };
      }),
      totals: (() => {
        const b = toB(tot ?? {});
        return {
          overdue: Number(tot?.overdue ?? 0),
          buckets: b,
          total: Number(tot?.overdue ?? 0) + b.reduce((a, x) => a + x, 0),
        };
      })(),
      count: Number(tot?.n ?? 0),
    };
  },

  /** 坏账: invoices still unpaid N months (settings) after the delivery they bill. */
  async 'reports.badDebts'(ctx, q) {
    const asOf = q.as_of ?? ctx.today();
    const s = await loadFinanceSettings(ctx.db);
    const limit = addMonths(asOf, -s.bad_debt_months);
    const spec: ListSpec = {
      from: 'invoices i JOIN customers c ON c.id = i.customer_id JOIN users s ON s.id = i.salesperson_id',
      select:
        'i.id, i.number, c.legal_name AS customer_name, s.name AS salesperson_name, i.delivered_on, i.invoice_date, i.open_amount',
      fields: {
        number: { sql: 'i.number', type: 'text' },
        customer_name: { sql: 'c.legal_name', type: 'text' },
        salesperson_name: { sql: 's.name', type: 'text' },
        delivered_on: { sql: 'COALESCE(i.delivered_on, i.invoice_date)', type: 'date' },
        invoice_date: { sql: 'i.invoice_date', type: 'date' },
        open_amount: { sql: 'i.open_amount', type: 'number' },
      },
      search: ['i.number', 'c.legal_name', 'c.py'],
      defaultSort: { field: 'delivered_on', dir: 'asc' },
      tiebreak: 'i.id',
    };
    const base = {
      clauses: [
        "i.kind = 'invoice'",
        "i.status = 'approved'",
        'i.open_amount > 0',
        'COALESCE(i.delivered_on, i.invoice_date) <= ?',
      ] as string[],
      params: [limit] as unknown[],
    };
    const scope = await customerScope(ctx, 'i');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return {
      rows: r.rows.map((x) => {
        const d = String(x.delivered_on ?? x.invoice_date);
        return {
          invoice_id: Number(x.id),
          number: (x.number as string | null) ?? null,
          customer_name: String(x.customer_name),
          salesperson_name: String(x.salesperson_name),
          delivered_on: (x.delivered_on as string | null) ?? null,
          invoice_date: String(x.invoice_date),
          open_amount: Number(x.open_amount),
          months: Math.floor(daysBetween(asOf, d) / 30),
        };
      }),
      total: r.total,
    };
  },
};

/* ------------------------------------------------------------------ the order's trail: invoices, receipts, returns */

addOrderTrailProvider(async (db, orderId) => {
  const out: {
    kind: 'invoice' | 'receipt' | 'return' | 'credit_note';
    id: number;
    number: string | null;
    status: string;
    date: string;
    total: number;
  }[] = [];
  const inv = await db.all<Raw>(
    `SELECT DISTINCT i.id, i.kind, i.number, i.status, i.invoice_date, i.total FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id
     JOIN sales_order_lines ol ON ol.id = il.order_line_id WHERE ol.order_id = ? ORDER BY i.id`,
    [orderId],
  );
  for (const i of inv) {
    out.push({
      kind: i.kind === 'credit_note' ? 'credit_note' : 'invoice',
      id: Number(i.id),
      number: (i.number as string) ?? null,
      status: String(i.status),
      date: String(i.invoice_date),
      total: Number(i.total),
    });
  }
  const ids = inv.filter((i) => i.kind === 'invoice').map((i) => Number(i.id));
  if (ids.length) {
    const rc = await db.all<Raw>(
      `SELECT DISTINCT r.id, r.number, r.status, r.receipt_date, r.amount FROM receipts r JOIN allocations a ON a.source_type = 'receipt' AND a.source_id = r.id
       WHERE a.invoice_id IN (${ids.map(() => '?').join(', ')}) ORDER BY r.id`,
      ids,
    );
    for (const r of rc)
      out.push({
        kind: 'receipt',
        id: Number(r.id),
        number: (r.number as string) ?? null,
        status: String(r.status),
        date: String(r.receipt_date),
        total: Number(r.amount),
      });
  }
  const rt = await db.all<Raw>(
    `SELECT DISTINCT r.id, r.number, r.status, r.return_date, r.total FROM sales_returns r JOIN sales_return_lines rl ON rl.return_id = r.id
     JOIN shipment_lines sl ON sl.id = rl.shipment_line_id WHERE sl.order_id = ? ORDER BY r.id`,
    [orderId],
  );
  for (const r of rt)
    out.push({
      kind: 'return',
      id: Number(r.id),
      number: (r.number as string) ?? null,
      status: String(r.status),
      date: String(r.return_date),
      total: Number(r.total),
    });
  return out;
});

export { sqlDaysSince };
