import type { Db } from '../../db/database';
import type { ServiceContext } from '../../rpc/context';
import { AppError, notFound } from '../../rpc/errors';
import { message } from '../../../../shared/messages';
import { formatFen } from '../../../../shared/money';
import type { AgeingBucket, ReceiptMethod } from '../../../../shared/print';
import { registerDocumentSource } from '../documents/sources';
import {
  addDaysIso,
  customerDateKey,
  customerTerms,
  idKey,
  itemLines,
  localDateOf,
  needsNumber,
  partyOf,
  personOf,
  totalsOf,
  voided,
  type StoredLine,
} from '../documents/mapping';
import { formatNumber } from '../common/numbering';
import { yearOf } from '../sales/common';
import { loadFinanceSettings } from './common';
import { invoiceHandlers, requireCustomer } from './invoices';
import { receiptHandlers } from './receipts';
import { balanceAsOf, openItemsAsOf, statementData } from './statements';

/**
 * Printed finance documents: 销售清单 from an invoice (红字 from a credit note), 收款收据 from a receipt,
 * 对账单 from a generated statement, and from a customer's open items as of a date 余额确认书 and 催款函.
 * Each source applies the caller's data scope as the finance screens do (the invoice's, receipt's or
 * customer's visibility): what the caller may not see is NOT_FOUND.
 *
 * What prints: numbered documents only — an invoice once issued, a credit note once approved; receipts are
 * numbered when recorded. Void invoices and reversed receipts do not print. A statement prints as it was
 * generated (entries recorded later are left out), numbered DZ<year>-<statement id>.
 *
 * Keys: invoice, receipt, statement — the id; balance confirmation — `<customer id>:<as-of date>`;
 * overdue reminder — `<customer id>:<as-of date>[:<level 1–3>]` (1 提醒, 2 再次催告, 3 最后通知).
 * The letters are dated the day they were first printed, so that a reprint is the same letter.
 */

type Raw = Record<string, unknown>;

const INVOICE = { zh: '销售清单', en: 'Sales bill' };
const RECEIPT = { zh: '收款收据', en: 'Receipt' };
const STATEMENT = { zh: '对账单', en: 'Statement' };
const BALANCE = { zh: '余额确认书', en: 'Balance confirmation' };
const DUNNING = { zh: '催款函', en: 'Overdue reminder' };

const METHODS: Record<string, ReceiptMethod> = {
  bank_transfer: 'transfer',
  cash: 'cash',
  acceptance_bill: 'acceptance_bill',
  wechat: 'wechat',
  alipay: 'alipay',
  other: 'other',
};

const compact = (isoDate: string) => isoDate.replace(/-/g, '');

registerDocumentSource('invoice', {
  access: 'invoices.read',
  async load(ctx, key) {
    const id = idKey(key, INVOICE);
    const d = await invoiceHandlers['invoices.get'](ctx, { id });
    if (d.status === 'void') throw voided(INVOICE);
    if (!d.number || d.status !== 'approved') throw needsNumber(INVOICE);
    const red = d.kind === 'credit_note';
    const sign = red ? -1 : 1;
    const lines: StoredLine[] = d.lines.map((l) => ({
      line_no: l.line_no,
      product_code: l.product_code,
      name: l.description,
      spec: l.spec,
      unit: l.unit,
      qty: l.qty,
      unit_price: l.unit_price,
      discount_bp: l.discount_bp,
      tax_rate: l.tax_rate,
      total: l.total,
      tax: l.tax,
    }));
    const original = d.target_invoice_id
      ? await ctx.db.get<{ number: string | null }>('SELECT number FROM invoices WHERE id = ?', [
          d.target_invoice_id,
        ])
      : undefined;
    const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
    return {
      docNo: d.number,
      logKey: key,
      data: {
        number: d.number,
        date: d.invoice_date,
        due_date: red ? null : d.due_date,
        red,
        original_no: original?.number ?? null,
        vat_invoice_no: d.vat_invoice_no,
        customer: await partyOf(ctx.db, d.customer_id),
        order_nos: uniq(d.lines.map((l) => l.order_number)),
        shipment_nos: uniq(d.lines.map((l) => l.shipment_number)),
        lines: itemLines(lines, sign),
        totals: totalsOf(lines, d, sign),
        payment_terms: red ? null : await customerTerms(ctx.db, d.customer_id),
        issued_by: d.approved_by ? await personOf(ctx.db, d.approved_by.id) : null,
        notes: red
          ? [d.reason ? `红字原因：${d.reason}` : null, d.notes].filter(Boolean).join('\n') || null
          : d.notes,
      },
    };
  },
});

registerDocumentSource('receipt', {
  access: 'receipts.read',
  async load(ctx, key) {
    const id = idKey(key, RECEIPT);
    const r = await receiptHandlers['receipts.get'](ctx, { id });
    if (r.status === 'reversed')
      throw new AppError(
        'BUSINESS_RULE',
        '收款单已冲销，收据不能再打印',
        'The receipt was reversed and cannot be printed',
      );
    if (!r.number) throw needsNumber(RECEIPT);
    const allocs = await ctx.db.all<Raw>(
      `SELECT i.number, i.invoice_date, a.amount FROM allocations a JOIN invoices i ON i.id = a.invoice_id
       WHERE a.source_type = 'receipt' AND a.source_id = ? AND a.reversal_of IS NULL AND a.reversed = ? ORDER BY a.id`,
      [id, false],
    );
    return {
      docNo: r.number,
      logKey: key,
      data: {
        number: r.number,
        date: r.receipt_date,
        payer: await partyOf(ctx.db, r.customer_id),
        amount: r.amount,
        method: METHODS[r.method] ?? 'other',
        bill_no: r.bill_no,
        bill_due: r.bill_maturity,
        payer_bank: r.bank_account ? `付款账号 ${r.bank_account}` : null,
        purpose: r.order_number ? `货款（订单 ${r.order_number}）` : '货款',
        allocations: allocs.map((a) => ({
          doc_no: String(a.number ?? ''),
          doc_date: String(a.invoice_date),
          amount: Number(a.amount),
        })),
        received_by: (r.approved_by ? await personOf(ctx.db, r.approved_by.id) : null) ?? {
          name: r.approved_by?.name ?? '',
        },
        cashier: null,
        notes: [r.reference ? `回单/摘要：${r.reference}` : null, r.notes].filter(Boolean).join('\n') || null,
      },
    };
  },
});

/** The number printed on a generated statement. */
export const statementNumber = (id: number, periodTo: string): string =>
  formatNumber('DZ', yearOf(periodTo), id);

registerDocumentSource('statement', {
  access: 'statements.read',
  async load(ctx, key) {
    const id = idKey(key, STATEMENT);
    const st = await ctx.db.get<Raw>(
      'SELECT id, customer_id, period_from, period_to, closing, generated_by, generated_at FROM statements WHERE id = ?',
      [id],
    );
    if (!st) throw notFound(STATEMENT.zh, STATEMENT.en);
    const customerId = Number(st.customer_id);
    await requireCustomer(ctx, customerId, STATEMENT);
    const settings = await loadFinanceSettings(ctx.db);
    const from = String(st.period_from);
    const to = String(st.period_to);
    const generatedAt = String(st.generated_at);
    // The books as they stood when the statement was generated: its closing balance is what was sent.
    const d = await statementData(ctx.db, customerId, from, to, settings.ageing_buckets, generatedAt);
    const owner = await ctx.db.get<{ owner_id: number }>('SELECT owner_id FROM customers WHERE id = ?', [
      customerId,
    ]);
    const buckets: AgeingBucket[] = d.ageing.map((a) => ({ label: a.label, amount: a.amount }));
    if (d.unapplied_credits !== 0) buckets.push({ label: '预收/未核销', amount: -d.unapplied_credits });
    const date = localDateOf(generatedAt);
    const number = statementNumber(id, to);
    return {
      docNo: number,
      logKey: key,
      data: {
        number,
        date,
        customer: await partyOf(ctx.db, customerId),
        period_from: from,
        period_to: to,
        opening_balance: d.opening,
        entries: d.entries.map((e) => ({
          date: e.date,
          doc_type: e.doc_type,
          doc_no: e.doc_number ?? '',
          description: e.description,
          debit: e.debit,
          credit: e.credit,
          balance: e.balance,
        })),
        totals: { debit: d.debits, credit: d.credits },
        closing_balance: d.closing,
        ageing: { as_of: to, buckets, total: d.open_total },
        salesperson: await personOf(ctx.db, owner?.owner_id),
        contact: await personOf(ctx.db, Number(st.generated_by)),
        reply_by: addDaysIso(date, 10),
        notes: null,
      },
    };
  },
});

/* ------------------------------------------------------------------ letters from open items as of a date */

/** The letter's date: the day it was first printed (a reprint is the same letter), else today. */
async function letterDate(db: Db, type: string, logKey: string, today: string): Promise<string> {
  const r = await db.get<{ at: string | null }>(
    'SELECT MIN(printed_at) AS at FROM print_log WHERE doc_type = ? AND doc_key = ?',
    [type, logKey],
  );
  return r?.at ? localDateOf(String(r.at)) : today;
}

async function letterCustomer(
  ctx: ServiceContext,
  key: string,
  what: { zh: string; en: string },
): Promise<{ customerId: number; asOf: string; rest: string[]; code: string }> {
  const k = customerDateKey(key, what);
  await requireCustomer(ctx, k.customerId, what);
  const today = ctx.today();
  if (k.date > today) {
    const m = message('print_future_date', { date: k.date });
    throw new AppError('BUSINESS_RULE', m.zh, m.en);
  }
  const c = await ctx.db.get<{ code: string }>('SELECT code FROM customers WHERE id = ?', [k.customerId]);
  return { customerId: k.customerId, asOf: k.date, rest: k.rest, code: String(c?.code ?? k.customerId) };
}

registerDocumentSource('balance_confirmation', {
  access: 'statements.read',
  async load(ctx, key) {
    const { customerId, asOf, rest, code } = await letterCustomer(ctx, key, BALANCE);
    if (rest.length) throw notFound(BALANCE.zh, BALANCE.en);
    const logKey = `${customerId}:${asOf}`;
    const date = await letterDate(ctx.db, 'balance_confirmation', logKey, ctx.today());
    const items = await openItemsAsOf(ctx.db, customerId, asOf);
    const number = `YE${compact(asOf)}-${code}`;
    return {
      docNo: number,
      logKey,
      data: {
        number,
        date,
        customer: await partyOf(ctx.db, customerId),
        as_of: asOf,
        balance: await balanceAsOf(ctx.db, customerId, asOf),
        open_items: items.map((i) => ({
          doc_no: i.number ?? `#${i.id}`,
          date: i.date,
          due_date: i.due_date,
          amount: i.amount,
          outstanding: i.open,
        })),
        reply_by: addDaysIso(date, 15),
        contact: await personOf(ctx.db, ctx.requireUser().id),
        notes: null,
      },
    };
  },
});

/** Days to pay after a reminder, by level. */
const PAY_WITHIN: Record<1 | 2 | 3, number> = { 1: 15, 2: 10, 3: 7 };

registerDocumentSource('dunning_letter', {
  access: 'reports.finance',
  async load(ctx, key) {
    const { customerId, asOf, rest, code } = await letterCustomer(ctx, key, DUNNING);
    if (rest.length > 1 || (rest.length === 1 && !/^[123]$/.test(rest[0]!)))
      throw notFound(DUNNING.zh, DUNNING.en);
    const level = Number(rest[0] ?? 1) as 1 | 2 | 3;
    const logKey = `${customerId}:${asOf}:${level}`;
    const open = await openItemsAsOf(ctx.db, customerId, asOf);
    const items = open.filter((i) => i.kind === 'invoice' && i.open > 0 && i.days_overdue > 0);
    if (items.length === 0) {
      const m = message('print_nothing_overdue', { date: asOf });
      throw new AppError('BUSINESS_RULE', m.zh, m.en);
    }
    const date = await letterDate(ctx.db, 'dunning_letter', logKey, ctx.today());
    const credits = open.filter((i) => i.kind !== 'invoice').reduce((sum, i) => sum - i.open, 0);
    const number = `CK${compact(asOf)}-${code}-${level}`;
    return {
      docNo: number,
      logKey,
      data: {
        number,
        date,
        customer: await partyOf(ctx.db, customerId),
        level,
        items: items.map((i) => ({
          doc_no: i.number ?? `#${i.id}`,
          date: i.date,
          due_date: i.due_date,
          amount: i.amount,
          outstanding: i.open,
          days_overdue: i.days_overdue,
        })),
        total_overdue: items.reduce((sum, i) => sum + i.open, 0),
        pay_by: addDaysIso(date, PAY_WITHIN[level]),
        contact: await personOf(ctx.db, ctx.requireUser().id),
        notes:
          credits > 0
            ? `贵司另有预收款 / 未核销款项 ¥${formatFen(credits)}，可用于冲抵上述欠款，请与我司财务联系核销。`
            : null,
      },
    };
  },
});
