import type { ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { placeholders } from '../common/list';
import { formatNumber, nextNumbers } from '../common/numbering';
import { adjustBalance } from '../sales/credit';
import { yearOf } from '../sales/common';
import { ledger, loadFinanceSettings, lockBalance } from './common';
import { applyAdvances } from './invoices';

/**
 * 期初应收: open items carried over from the old system at go-live. Each becomes an issued invoice
 * (kind 'invoice', status 'approved', opening = true) without shipment lines, so that everything that
 * reads receivables — the customer's receivable balance and credit exposure, ageing, overdue, DSO,
 * statements, matching and the recomputation check — treats it like any other open invoice:
 *
 * - numbered in its own series QC<year>-nnnnnn (期初), so the IV series stays the one of real invoices;
 *   the old system's number is kept in legacy_number (unique per customer);
 * - one descriptive line (期初应收 + old number), like a credit note's line;
 * - delivered_on = the invoice date (the bad-debt clock has nothing earlier to start from);
 * - receivable + total, a ledger entry of type 'opening' (statements read it as 期初应收);
 * - unapplied advances applied to it when the finance setting says so, as when an invoice is issued.
 *
 * No credit check: these are facts of the past, not new credit given. Runs in the caller's transaction;
 * balance rows are locked first, in customer order, as every document touching balances does.
 */
export interface OpeningItem {
  customer_id: number;
  legacy_number: string;
  invoice_date: string;
  due_date: string;
  /** Fen, > 0. */
  total: number;
  notes: string | null;
}

export const OPENING_SERIES = 'QC';

export async function postOpeningInvoices(
  ctx: ServiceContext,
  items: OpeningItem[],
  progress?: (done: number) => Promise<void>,
): Promise<{ numbers: string[]; applied: number }> {
  const user = ctx.requireUser();
  const now = ctx.nowIso();
  for (const it of items) {
    if (!(it.total > 0) || !Number.isSafeInteger(it.total))
      throw new AppError('VALIDATION', '期初应收金额必须大于 0', 'An opening item must be positive');
  }
  const customers = [...new Set(items.map((i) => i.customer_id))].sort((a, b) => a - b);
  for (const c of customers) await lockBalance(ctx, c);
  const owners = new Map<number, number>();
  const imported = new Set<string>();
  for (let i = 0; i < customers.length; i += 300) {
    const part = customers.slice(i, i + 300);
    const rows = await ctx.db.all<{ id: number; owner_id: number }>(
      `SELECT id, owner_id FROM customers WHERE id IN (${placeholders(part.length)})`,
      part,
    );
    for (const r of rows) owners.set(Number(r.id), Number(r.owner_id));
    const old = await ctx.db.all<{ customer_id: number; legacy_number: string }>(
      `SELECT customer_id, legacy_number FROM invoices WHERE legacy_number IS NOT NULL AND customer_id IN (${placeholders(part.length)})`,
      part,
    );
    for (const r of old) imported.add(`${Number(r.customer_id)}|${r.legacy_number}`);
  }
  // Checked by the import's preview; checked again here, under the balance locks.
  for (const it of items) {
    if (imported.has(`${it.customer_id}|${it.legacy_number}`)) {
      throw new AppError(
        'BUSINESS_RULE',
        `原单号 ${it.legacy_number} 已作为该客户的期初应收导入过`,
        `Old number ${it.legacy_number} was already imported as an opening item of this customer`,
      );
    }
  }
  // Oldest first within a customer: numbers follow the dates, and advances go to the oldest item.
  const sorted = [...items].sort(
    (a, b) =>
      a.customer_id - b.customer_id ||
      a.invoice_date.localeCompare(b.invoice_date) ||
      a.legacy_number.localeCompare(b.legacy_number),
  );
  const byYear = new Map<number, number>();
  for (const it of sorted)
    byYear.set(yearOf(it.invoice_date), (byYear.get(yearOf(it.invoice_date)) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, n] of [...byYear].sort((a, b) => a[0] - b[0]))
    next.set(year, await nextNumbers(ctx.db, OPENING_SERIES, year, n));

  const numbers: string[] = [];
  const ids = new Map<number, number[]>();
  const totals = new Map<number, number>();
  let done = 0;
  for (const it of sorted) {
    const owner = owners.get(it.customer_id);
    if (owner === undefined) throw new AppError('NOT_FOUND', '客户不存在', 'Customer not found');
    const year = yearOf(it.invoice_date);
    const n = next.get(year)!;
    next.set(year, n + 1);
    const number = formatNumber(OPENING_SERIES, year, n);
    const description = `期初应收 ${it.legacy_number}`;
    const id = await ctx.db.insert('invoices', {
      kind: 'invoice',
      number,
      status: 'approved',
      customer_id: it.customer_id,
      salesperson_id: owner,
      invoice_date: it.invoice_date,
      due_date: it.due_date,
      delivered_on: it.invoice_date,
      amount: it.total,
      tax: 0,
      total: it.total,
      open_amount: it.total,
      vat_invoice_no: null,
      vat_invoice_date: null,
      notes: it.notes,
      opening: true,
      legacy_number: it.legacy_number,
      approved_by: user.id,
      approved_at: now,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await ctx.db.insert('invoice_lines', {
      invoice_id: id,
      line_no: 1,
      description: description.slice(0, 200),
      qty: 0,
      unit_price: 0,
      discount_bp: 0,
      tax_rate: 0,
      amount: it.total,
      tax: 0,
      total: it.total,
    });
    await ledger(ctx, {
      customer_id: it.customer_id,
      entry_date: it.invoice_date,
      doc_type: 'opening',
      doc_id: id,
      doc_number: number,
      amount: it.total,
      description: it.notes ? `${description}：${it.notes}` : description,
    });
    numbers.push(number);
    ids.set(it.customer_id, [...(ids.get(it.customer_id) ?? []), id]);
    totals.set(it.customer_id, (totals.get(it.customer_id) ?? 0) + it.total);
    done++;
    if (progress && done % 100 === 0) await progress(done);
  }
  for (const [customerId, total] of totals) {
    await adjustBalance(ctx.db, customerId, { receivable: total }, now);
  }
  let applied = 0;
  if ((await loadFinanceSettings(ctx.db)).auto_apply_advances) {
    for (const customerId of customers) {
      const b = await ctx.db.get<{ advances: number }>(
        'SELECT advances FROM customer_balances WHERE customer_id = ?',
        [customerId],
      );
      if (Number(b?.advances ?? 0) <= 0) continue;
      for (const id of ids.get(customerId) ?? []) applied += await applyAdvances(ctx, customerId, id);
    }
  }
  if (progress) await progress(done);
  return { numbers, applied };
}
