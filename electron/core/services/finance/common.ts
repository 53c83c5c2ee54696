import type { Db } from '../../db/database';
import type { ServiceContext } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import { getSetting } from '../common/settings';
import {
  DEFAULT_FINANCE_SETTINGS,
  financeSettings,
  type FinanceSettings,
} from '../../../../shared/contract/finance';
import { adjustBalance, ensureBalance, setOverdueProvider } from '../sales/credit';
import { addBalanceContributor } from '../sales/recompute';
import { formatFen } from '../../../../shared/money';

type Raw = Record<string, unknown>;

export async function loadFinanceSettings(db: Db): Promise<FinanceSettings> {
  const parsed = financeSettings.safeParse(await getSetting<unknown>(db, 'finance_settings', null));
  return parsed.success ? parsed.data : DEFAULT_FINANCE_SETTINGS;
}

/**
 * Ageing bounds are upper limits in days and must be strictly ascending: each bucket is "above the
 * previous bound, up to this one", so [60, 30] would count a 45-day invoice in two buckets.
 */
export function checkAgeingBounds(bounds: number[] | undefined, field: string): void {
  if (!bounds) return;
  for (let i = 1; i < bounds.length; i++) {
    if (bounds[i]! <= bounds[i - 1]!) {
      throw new AppError(
        'VALIDATION',
        '账龄区间的天数须从小到大排列，且不能重复',
        'The ageing bounds must be ascending, without repeats',
        [
          {
            path: [field, i],
            message_zh: '须大于前一个天数',
            message_en: 'must be greater than the previous bound',
          },
        ],
      );
    }
  }
}

/* ------------------------------------------------------------------ dates */

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(later: string, earlier: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

export function monthEnd(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Due date from the customer's payment terms: cash → on the invoice date; account → + credit days, from month end for 月结. */
export function dueDate(
  invoiceDate: string,
  customer: { customer_type: string; credit_days: number; term_basis: string },
): string {
  if (customer.customer_type !== 'account') return invoiceDate;
  const base = customer.term_basis === 'month_end' ? monthEnd(invoiceDate) : invoiceDate;
  return addDays(base, customer.credit_days);
}

/** SQL for the number of days from `earlier` (an expression) to a date parameter. */
export function sqlDaysSince(db: Db, earlierExpr: string): string {
  return db.dialect === 'postgres'
    ? `(CAST(? AS date) - CAST(${earlierExpr} AS date))`
    : `CAST(julianday(?) - julianday(${earlierExpr}) AS INTEGER)`;
}

/* ------------------------------------------------------------------ ledger */

export async function ledger(
  ctx: ServiceContext,
  e: {
    customer_id: number;
    entry_date: string;
    doc_type: string;
    doc_id: number;
    doc_number: string | null;
    amount: number;
    description: string | null;
  },
): Promise<void> {
  await ctx.db.run(
    'INSERT INTO ar_ledger (customer_id, entry_date, doc_type, doc_id, doc_number, amount, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      e.customer_id,
      e.entry_date,
      e.doc_type,
      e.doc_id,
      e.doc_number,
      e.amount,
      e.description?.slice(0, 200) ?? null,
      ctx.nowIso(),
    ],
  );
}

/* ------------------------------------------------------------------ allocations */

export interface Credit {
  type: 'receipt' | 'credit_note';
  id: number;
  number: string | null;
  date: string;
  open: number;
}

/** Locks a credit (receipt or credit note) and tells what is left to apply. */
export async function lockCredit(
  db: Db,
  type: 'receipt' | 'credit_note',
  id: number,
  customerId: number,
): Promise<Credit> {
  if (type === 'receipt') {
    const r = await db.get<Raw>(
      `SELECT id, number, status, customer_id, receipt_date, amount, applied_total FROM receipts WHERE id = ?${db.forUpdate}`,
      [id],
    );
    if (!r || Number(r.customer_id) !== customerId) throw notFound('收款单', 'Receipt');
    if (r.status !== 'approved')
      throw new AppError(
        'BUSINESS_RULE',
        `收款单 ${String(r.number)} 已冲销`,
        `Receipt ${String(r.number)} is reversed`,
      );
    return {
      type,
      id,
      number: (r.number as string) ?? null,
      date: String(r.receipt_date),
      open: Number(r.amount) - Number(r.applied_total),
    };
  }
  const c = await db.get<Raw>(
    `SELECT id, number, status, kind, customer_id, invoice_date, open_amount FROM invoices WHERE id = ?${db.forUpdate}`,
    [id],
  );
  if (!c || c.kind !== 'credit_note' || Number(c.customer_id) !== customerId)
    throw notFound('红字凭证', 'Credit note');
  if (c.status !== 'approved')
    throw new AppError('BUSINESS_RULE', '红字凭证未审核', 'The credit note is not approved');
  return {
    type,
    id,
    number: (c.number as string) ?? null,
    date: String(c.invoice_date),
    open: Number(c.open_amount),
  };
}

export async function lockInvoice(
  db: Db,
  id: number,
  customerId: number,
): Promise<{ id: number; number: string | null; date: string; open: number }> {
  const i = await db.get<Raw>(
    `SELECT id, number, status, kind, customer_id, invoice_date, open_amount FROM invoices WHERE id = ?${db.forUpdate}`,
    [id],
  );
  if (!i || i.kind !== 'invoice' || Number(i.customer_id) !== customerId) throw notFound('发票', 'Invoice');
  if (i.status !== 'approved')
    throw new AppError('BUSINESS_RULE', '发票未开具（未审核）', 'The invoice is not issued');
  return {
    id,
    number: (i.number as string) ?? null,
    date: String(i.invoice_date),
    open: Number(i.open_amount),
  };
}

/**
 * Applies a credit to an invoice (in the caller's transaction; the caller holds the locks): an allocation row,
 * the invoice's open amount down, the credit's applied amount up, receivable and advances down.
 */
export async function allocate(
  ctx: ServiceContext,
  customerId: number,
  credit: Credit,
  invoice: { id: number; date: string; open: number },
  amount: number,
): Promise<number> {
  if (amount <= 0) throw new AppError('VALIDATION', '核销金额必须大于 0', 'The amount must be positive');
  if (amount > invoice.open) {
    throw new AppError(
      'BUSINESS_RULE',
      `核销金额 ¥${formatFen(amount)} 超过发票未收 ¥${formatFen(invoice.open)}`,
      `¥${formatFen(amount)} exceeds what the invoice still owes (¥${formatFen(invoice.open)})`,
    );
  }
  if (amount > credit.open) {
    throw new AppError(
      'BUSINESS_RULE',
      `核销金额 ¥${formatFen(amount)} 超过${credit.type === 'receipt' ? '收款' : '红字'}未核销 ¥${formatFen(credit.open)}`,
      `¥${formatFen(amount)} exceeds the unapplied ¥${formatFen(credit.open)}`,
    );
  }
  const id = await ctx.db.insert('allocations', {
    source_type: credit.type,
    source_id: credit.id,
    invoice_id: invoice.id,
    customer_id: customerId,
    amount,
    effective_date: credit.date > invoice.date ? credit.date : invoice.date,
    reversal_of: null,
    reversed: false,
    reason: null,
    created_by: ctx.user?.id ?? null,
    created_at: ctx.nowIso(),
  });
  await ctx.db.run(
    'UPDATE invoices SET open_amount = open_amount - ?, updated_at = ?, version = version + 1 WHERE id = ?',
    [amount, ctx.nowIso(), invoice.id],
  );
  if (credit.type === 'receipt') {
    await ctx.db.run(
      'UPDATE receipts SET applied_total = applied_total + ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [amount, ctx.nowIso(), credit.id],
    );
  } else {
    await ctx.db.run(
      'UPDATE invoices SET open_amount = open_amount - ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [amount, ctx.nowIso(), credit.id],
    );
  }
  await adjustBalance(ctx.db, customerId, { receivable: -amount, advances: -amount }, ctx.nowIso());
  invoice.open -= amount;
  credit.open -= amount;
  return id;
}

/** Undoes an allocation by a reversal row (never an edit): the invoice owes again, the credit is free again. */
export async function unallocate(
  ctx: ServiceContext,
  allocationId: number,
  reason: string,
  date: string,
): Promise<void> {
  const a = await ctx.db.get<Raw>(`SELECT * FROM allocations WHERE id = ?${ctx.db.forUpdate}`, [
    allocationId,
  ]);
  if (!a) throw notFound('核销记录', 'Allocation');
  if (a.reversal_of != null || a.reversed === true || Number(a.reversed) === 1) {
    throw new AppError('BUSINESS_RULE', '该核销已冲回', 'This match was already undone');
  }
  const amount = Number(a.amount);
  const customerId = Number(a.customer_id);
  await ctx.db.insert('allocations', {
    source_type: String(a.source_type),
    source_id: Number(a.source_id),
    invoice_id: Number(a.invoice_id),
    customer_id: customerId,
    amount: -amount,
    effective_date: date > String(a.effective_date) ? date : String(a.effective_date),
    reversal_of: allocationId,
    reversed: false,
    reason,
    created_by: ctx.user?.id ?? null,
    created_at: ctx.nowIso(),
  });
  await ctx.db.run('UPDATE allocations SET reversed = ? WHERE id = ?', [true, allocationId]);
  await ctx.db.run(
    'UPDATE invoices SET open_amount = open_amount + ?, updated_at = ?, version = version + 1 WHERE id = ?',
    [amount, ctx.nowIso(), Number(a.invoice_id)],
  );
  if (a.source_type === 'receipt') {
    await ctx.db.run(
      'UPDATE receipts SET applied_total = applied_total - ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [amount, ctx.nowIso(), Number(a.source_id)],
    );
  } else {
    await ctx.db.run(
      'UPDATE invoices SET open_amount = open_amount + ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [amount, ctx.nowIso(), Number(a.source_id)],
    );
  }
  await adjustBalance(ctx.db, customerId, { receivable: amount, advances: amount }, ctx.nowIso());
}

/** Locks the customer's balance row first, as every document touching balances does (fixed lock order). */
export async function lockBalance(ctx: ServiceContext, customerId: number): Promise<void> {
  await ensureBalance(ctx.db, customerId, ctx.nowIso());
  await ctx.db.get(`SELECT customer_id FROM customer_balances WHERE customer_id = ?${ctx.db.forUpdate}`, [
    customerId,
  ]);
}

/** Oldest-first: credits (oldest first) against invoices (oldest due first). Pure. */
export function fifo(
  credits: { key: string; open: number }[],
  invoices: { key: string; open: number }[],
): { credit: string; invoice: string; amount: number }[] {
  const out: { credit: string; invoice: string; amount: number }[] = [];
  let i = 0;
  const inv = invoices.map((x) => ({ ...x }));
  for (const c of credits) {
    let left = c.open;
    while (left > 0 && i < inv.length) {
      const take = Math.min(left, inv[i]!.open);
      if (take > 0) out.push({ credit: c.key, invoice: inv[i]!.key, amount: take });
      left -= take;
      inv[i]!.open -= take;
      if (inv[i]!.open === 0) i++;
    }
  }
  return out;
}

/* ------------------------------------------------------------------ credit control and recomputation hooks */

setOverdueProvider(async (db, customerId, today) => {
  const r = await db.get<Raw>(
    `SELECT COUNT(*) AS n, COALESCE(SUM(open_amount), 0) AS amount, MIN(due_date) AS oldest FROM invoices
     WHERE customer_id = ? AND kind = 'invoice' AND status = 'approved' AND open_amount > 0 AND due_date < ?`,
    [customerId, today],
  );
  const oldest = (r?.oldest as string | null) ?? null;
  return {
    count: Number(r?.n ?? 0),
    amount: Number(r?.amount ?? 0),
    oldestDays: oldest ? daysBetween(today, oldest) : 0,
  };
});

addBalanceContributor(async (db) => {
  const out = new Map<number, { receivable?: number; advances?: number }>();
  const add = (id: number, k: 'receivable' | 'advances', v: number) => {
    const cur = out.get(id) ?? {};
    cur[k] = (cur[k] ?? 0) + v;
    out.set(id, cur);
  };
  // receivable: invoices less every allocation made to them (not the maintained open_amount)
  const inv = await db.all<Raw>(
    `SELECT i.customer_id, SUM(i.total) - COALESCE((SELECT SUM(a.amount) FROM allocations a JOIN invoices x ON x.id = a.invoice_id
        WHERE x.customer_id = i.customer_id AND x.kind = 'invoice' AND x.status = 'approved'), 0) AS v
     FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'approved' GROUP BY i.customer_id`,
  );
  for (const r of inv) add(Number(r.customer_id), 'receivable', Number(r.v));
  // advances: receipts not reversed and approved credit notes, less what was applied from them
  const rc = await db.all<Raw>(
    `SELECT r.customer_id, SUM(r.amount) - COALESCE((SELECT SUM(a.amount) FROM allocations a JOIN receipts y ON y.id = a.source_id
        WHERE a.source_type = 'receipt' AND y.customer_id = r.customer_id AND y.status = 'approved'), 0) AS v
     FROM receipts r WHERE r.status = 'approved' GROUP BY r.customer_id`,
  );
  for (const r of rc) add(Number(r.customer_id), 'advances', Number(r.v));
  const cn = await db.all<Raw>(
    `SELECT c.customer_id, SUM(c.total) - COALESCE((SELECT SUM(a.amount) FROM allocations a JOIN invoices y ON y.id = a.source_id
        WHERE a.source_type = 'credit_note' AND y.customer_id = c.customer_id AND y.status = 'approved'), 0) AS v
     FROM invoices c WHERE c.kind = 'credit_note' AND c.status = 'approved' GROUP BY c.customer_id`,
  );
  for (const r of cn) add(Number(r.customer_id), 'advances', Number(r.v));
  return out;
});
