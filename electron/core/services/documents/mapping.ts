import type { Db } from '../../db/database';
import { AppError, notFound } from '../../rpc/errors';
import { applyRate, lineAmount } from '../../../../shared/money';
import { netUnitPrice } from '../../../../shared/pricing';
import { message } from '../../../../shared/messages';
import type { ItemLine, PartyDetails, PersonRef, Totals } from '../../../../shared/print';

/**
 * Database rows → print data, shared by the document sources that the data services register
 * (services/sales/print.ts, services/finance/print.ts). Reading only; the caller has already applied
 * the data scope to the document itself.
 */

type Raw = Record<string, unknown>;
const s = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

/** A document id from a print key: a positive integer, else the document does not exist. */
export function idKey(key: string, what: { zh: string; en: string }): number {
  if (!/^[1-9]\d{0,9}$/.test(key)) throw notFound(what.zh, what.en);
  const id = Number(key);
  if (id > 2_147_483_647) throw notFound(what.zh, what.en);
  return id;
}

/** `<customer_id>:<YYYY-MM-DD>[:<extra>]` (balance confirmation, overdue reminder). */
export function customerDateKey(
  key: string,
  what: { zh: string; en: string },
): { customerId: number; date: string; rest: string[] } {
  const [c, d, ...rest] = key.split(':');
  if (!c || !d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw notFound(what.zh, what.en);
  const t = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== d) throw notFound(what.zh, what.en);
  return { customerId: idKey(c, what), date: d, rest };
}

/** The document has no number yet (draft, awaiting approval, on credit hold): it does not print. */
export function needsNumber(doc: { zh: string; en: string }): AppError {
  const m = message('print_needs_number', { doc: doc.zh });
  const e = message('print_needs_number', { doc: doc.en });
  return new AppError('BUSINESS_RULE', m.zh, e.en);
}

export function voided(doc: { zh: string; en: string }): AppError {
  const m = message('print_void', { doc: doc.zh });
  const e = message('print_void', { doc: doc.en });
  return new AppError('BUSINESS_RULE', m.zh, e.en);
}

/**
 * The customer as printed: legal name, code, tax number, address, bank, and the contact — the document's
 * own contact when it names one, else the customer's primary contact.
 */
export async function partyOf(db: Db, customerId: number, contactId?: number | null): Promise<PartyDetails> {
  const c = await db.get<Raw>(
    'SELECT code, legal_name, credit_code, address, phone, bank_name, bank_account FROM customers WHERE id = ?',
    [customerId],
  );
  if (!c) throw notFound('客户', 'Customer');
  let ct: Raw | undefined;
  if (contactId != null) {
    ct = await db.get<Raw>('SELECT name, mobile, phone FROM contacts WHERE id = ? AND customer_id = ?', [
      contactId,
      customerId,
    ]);
  }
  ct ??= await db.get<Raw>(
    `SELECT name, mobile, phone FROM contacts WHERE customer_id = ? AND active = ?
     ORDER BY CASE WHEN is_primary = ? THEN 0 ELSE 1 END, id LIMIT 1`,
    [customerId, true, true],
  );
  return {
    name: String(c.legal_name),
    code: s(c.code),
    credit_code: s(c.credit_code),
    address: s(c.address),
    phone: s(c.phone),
    contact: s(ct?.name),
    contact_phone: s(ct?.mobile) ?? s(ct?.phone),
    bank_name: s(c.bank_name),
    bank_account: s(c.bank_account),
  };
}

/** A staff member with the phone on their account. */
export async function personOf(db: Db, userId: number | null | undefined): Promise<PersonRef | null> {
  if (userId == null) return null;
  const u = await db.get<Raw>('SELECT name, phone FROM users WHERE id = ?', [userId]);
  return u ? { name: String(u.name), phone: s(u.phone) } : null;
}

/** Payment terms in words, from the customer's (or the document's) credit terms. */
export function paymentTerms(t: {
  customer_type: unknown;
  credit_days: unknown;
  term_basis?: unknown;
}): string {
  if (t.customer_type !== 'account') return '现款现货（款到发货或货到付款）';
  const days = Number(t.credit_days ?? 0);
  if (t.term_basis === 'month_end') return days > 0 ? `月结，次月起 ${days} 天内付清` : '月结，当月末付清';
  return days > 0 ? `挂账，开票后 ${days} 天内付清` : '挂账，开票即付';
}

export async function customerTerms(db: Db, customerId: number): Promise<string> {
  const c = await db.get<{ customer_type: string; credit_days: number; term_basis: string }>(
    'SELECT customer_type, credit_days, term_basis FROM customers WHERE id = ?',
    [customerId],
  );
  return c ? paymentTerms(c) : paymentTerms({ customer_type: 'cash', credit_days: 0 });
}

/** A stored document line (qty, entered price, discount, tax-inclusive total, tax) as printed. */
export interface StoredLine {
  line_no: number;
  product_code: string | null;
  name: string;
  spec: string | null;
  unit: string | null;
  qty: number;
  unit_price: number;
  discount_bp: number;
  tax_rate: number;
  total: number;
  tax: number;
  notes?: string | null;
}

/**
 * Lines as printed: the price after the line discount (tax included), the list price and discount beside
 * it when there is one, the tax-inclusive amount and its tax as stored (never recomputed). `sign` −1
 * prints a red-ink document with negative quantities and amounts.
 */
export function itemLines(lines: StoredLine[], sign: 1 | -1 = 1): ItemLine[] {
  return lines.map((l) => ({
    line_no: l.line_no,
    product_code: l.product_code ?? '',
    product_name: l.name,
    spec: l.spec,
    unit: l.unit ?? '',
    qty: sign * l.qty,
    unit_price: netUnitPrice(l.unit_price, l.discount_bp),
    list_price: l.discount_bp > 0 ? l.unit_price : null,
    discount_bp: l.discount_bp > 0 ? l.discount_bp : null,
    tax_rate: l.tax_rate,
    amount: sign * l.total,
    tax_amount: sign * l.tax,
    notes: l.notes ?? null,
  }));
}

/** Totals from the stored document figures; the quantity only when all lines share one unit. */
export function totalsOf(
  lines: StoredLine[],
  doc: { amount: number; tax: number; total: number },
  sign: 1 | -1 = 1,
): Totals {
  const units = new Set(lines.map((l) => l.unit ?? ''));
  const discount = lines.reduce(
    (sum, l) => sum + (l.discount_bp > 0 ? applyRate(lineAmount(l.qty, l.unit_price), l.discount_bp) : 0),
    0,
  );
  const qty = lines.reduce((q, l) => q + l.qty, 0);
  return {
    qty: units.size === 1 && qty !== 0 ? sign * qty : null,
    net: sign * doc.amount,
    tax: sign * doc.tax,
    total: sign * doc.total,
    discount: sign * discount,
  };
}

/** The office's local date of an ISO timestamp. */
export function localDateOf(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function addDaysIso(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
