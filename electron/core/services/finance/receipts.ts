import crypto from 'node:crypto';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type { OpenItem, ReceiptDetail, ReceiptRow } from '../../../../shared/contract/finance';
import { RECEIPT_METHODS } from '../../../../shared/contract/finance';
import { lockRow, runList, type ListSpec } from '../common/list';
import { formatNumber, nextNumber } from '../common/numbering';
import { adjustBalance } from '../sales/credit';
import { fieldError, yearOf } from '../sales/common';
import {
  allocate,
  fifo,
  ledger,
  lockBalance,
  lockCredit,
  lockInvoice,
  unallocate,
  type Credit,
} from './common';
import { allocationRows, customerScope, requireCustomer } from './invoices';

type Raw = Record<string, unknown>;

const ROW_SELECT = `r.id, r.number, r.status, r.customer_id, c.legal_name AS customer_name, r.receipt_date, r.method, r.amount, r.applied_total,
  r.reference, r.bill_no, o.number AS order_number, r.updated_at, r.version`;
const ROW_FROM =
  'receipts r JOIN customers c ON c.id = r.customer_id LEFT JOIN sales_orders o ON o.id = r.order_id';

const spec: ListSpec = {
  from: ROW_FROM,
  select: ROW_SELECT,
  fields: {
    number: { sql: 'r.number', type: 'text' },
    status: { sql: 'r.status', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    receipt_date: { sql: 'r.receipt_date', type: 'date' },
    method: { sql: 'r.method', type: 'enum' },
    amount: { sql: 'r.amount', type: 'number' },
    applied_total: { sql: 'r.applied_total', type: 'number' },
    unapplied: { sql: '(r.amount - r.applied_total)', type: 'number' },
    reference: { sql: 'r.reference', type: 'text' },
    bill_no: { sql: 'r.bill_no', type: 'text' },
  },
  search: ['r.number', 'c.legal_name', 'c.py', 'r.reference', 'r.bill_no'],
  defaultSort: { field: 'receipt_date', dir: 'desc' },
  tiebreak: 'r.id DESC',
};

function toRow(r: Raw): ReceiptRow {
  return {
    id: Number(r.id),
    number: (r.number as string | null) ?? null,
    status: r.status === 'reversed' ? 'reversed' : 'approved',
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    receipt_date: String(r.receipt_date),
    method: (RECEIPT_METHODS as readonly string[]).includes(String(r.method))
      ? (r.method as ReceiptRow['method'])
      : 'other',
    amount: Number(r.amount),
    applied_total: Number(r.applied_total),
    unapplied: r.status === 'reversed' ? 0 : Number(r.amount) - Number(r.applied_total),
    reference: (r.reference as string | null) ?? null,
    bill_no: (r.bill_no as string | null) ?? null,
    order_number: (r.order_number as string | null) ?? null,
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

async function detail(ctx: ServiceContext, id: number): Promise<ReceiptDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${ROW_SELECT}, r.bank_account, r.bill_maturity, r.order_id, r.notes, r.approved_by, ab.name AS approved_by_name, r.approved_at,
       r.reversal_date, r.reversal_reason FROM ${ROW_FROM} LEFT JOIN users ab ON ab.id = r.approved_by WHERE r.id = ?`,
    [id],
  );
  if (!r) throw notFound('收款单', 'Receipt');
  return {
    ...toRow(r),
    bank_account: (r.bank_account as string | null) ?? null,
    bill_maturity: (r.bill_maturity as string | null) ?? null,
    order_id: r.order_id == null ? null : Number(r.order_id),
    notes: (r.notes as string | null) ?? null,
    approved_by:
      r.approved_by == null ? null : { id: Number(r.approved_by), name: String(r.approved_by_name) },
    approved_at: (r.approved_at as string | null) ?? null,
    reversal_date: (r.reversal_date as string | null) ?? null,
    reversal_reason: (r.reversal_reason as string | null) ?? null,
    allocations: await allocationRows(ctx.db, "a.source_type = 'receipt' AND a.source_id = ?", [id]),
  };
}

/** The customer's open items, oldest first: invoices by due date, credits by date. */
async function openItems(
  ctx: ServiceContext,
  customerId: number,
  limit = 2000,
): Promise<{ invoices: OpenItem[]; credits: OpenItem[]; truncated: boolean }> {
  const inv = await ctx.db.all<Raw>(
    `SELECT id, number, invoice_date, due_date, total, open_amount FROM invoices
     WHERE customer_id = ? AND kind = 'invoice' AND status = 'approved' AND open_amount > 0 ORDER BY due_date, invoice_date, id LIMIT ?`,
    [customerId, limit + 1],
  );
  const cr = await ctx.db.all<Raw>(
    `SELECT 'receipt' AS type, id, number, receipt_date AS d, amount AS total, amount - applied_total AS open, reference FROM receipts
       WHERE customer_id = ? AND status = 'approved' AND amount > applied_total
     UNION ALL
     SELECT 'credit_note' AS type, id, number, invoice_date AS d, total, open_amount AS open, reason AS reference FROM invoices
       WHERE customer_id = ? AND kind = 'credit_note' AND status = 'approved' AND open_amount > 0
     ORDER BY d, id LIMIT ?`,
    [customerId, customerId, limit + 1],
  );
  return {
    invoices: inv.slice(0, limit).map((i) => ({
      type: 'invoice' as const,
      id: Number(i.id),
      number: (i.number as string | null) ?? null,
      date: String(i.invoice_date),
      due_date: (i.due_date as string | null) ?? null,
      total: Number(i.total),
      open: Number(i.open_amount),
      reference: null,
    })),
    credits: cr.slice(0, limit).map((c) => ({
      type: c.type === 'credit_note' ? ('credit_note' as const) : ('receipt' as const),
      id: Number(c.id),
      number: (c.number as string | null) ?? null,
      date: String(c.d),
      due_date: null,
      total: Number(c.total),
      open: Number(c.open),
      reference: (c.reference as string | null) ?? null,
    })),
    truncated: inv.length > limit || cr.length > limit,
  };
}

/**
 * Applies match lines for one customer (the caller has locked the balance row). Locks invoices and credits
 * in id order so that concurrent matching cannot deadlock.
 */
async function applyLines(
  ctx: ServiceContext,
  customerId: number,
  lines: { source_type: 'receipt' | 'credit_note'; source_id: number; invoice_id: number; amount: number }[],
) {
  const invIds = [...new Set(lines.map((l) => l.invoice_id))].sort((a, b) => a - b);
  const invoices = new Map<number, Awaited<ReturnType<typeof lockInvoice>>>();
  for (const id of invIds) invoices.set(id, await lockInvoice(ctx.db, id, customerId));
  const creditKeys = [...new Set(lines.map((l) => `${l.source_type}:${l.source_id}`))].sort();
  const credits = new Map<string, Credit>();
  for (const k of creditKeys) {
    const [t, id] = k.split(':') as ['receipt' | 'credit_note', string];
    credits.set(k, await lockCredit(ctx.db, t, Number(id), customerId));
  }
  let amount = 0;
  for (const l of lines) {
    await allocate(
      ctx,
      customerId,
      credits.get(`${l.source_type}:${l.source_id}`)!,
      invoices.get(l.invoice_id)!,
      l.amount,
    );
    amount += l.amount;
  }
  return amount;
}

/* ------------------------------------------------------------------ auto-match */

interface Proposal {
  customer_id: number;
  customer_name: string;
  source_type: 'receipt' | 'credit_note';
  source_id: number;
  source_number: string | null;
  invoice_id: number;
  invoice_number: string | null;
  amount: number;
}

/**
 * Oldest credits against oldest-due invoices, per customer, over every customer with both. Two ordered
 * scans and a merge in memory: no per-customer queries.
 */
async function autoProposals(ctx: ServiceContext, customerId?: number): Promise<Proposal[]> {
  const filter = customerId ? ' AND x.customer_id = ?' : '';
  const p = customerId ? [customerId] : [];
  const credits = await ctx.db.all<Raw>(
    `SELECT x.customer_id, 'receipt' AS type, x.id, x.number, x.receipt_date AS d, x.amount - x.applied_total AS open FROM receipts x
       WHERE x.status = 'approved' AND x.amount > x.applied_total${filter}
     UNION ALL
     SELECT x.customer_id, 'credit_note' AS type, x.id, x.number, x.invoice_date AS d, x.open_amount AS open FROM invoices x
       WHERE x.kind = 'credit_note' AND x.status = 'approved' AND x.open_amount > 0${filter}
     ORDER BY 1, 5, 3`,
    [...p, ...p],
  );
  if (credits.length === 0) return [];
  const invoices = await ctx.db.all<Raw>(
    `SELECT x.customer_id, x.id, x.number, x.open_amount AS open, c.legal_name AS customer_name FROM invoices x JOIN customers c ON c.id = x.customer_id
     WHERE x.kind = 'invoice' AND x.status = 'approved' AND x.open_amount > 0${filter}
       AND x.customer_id IN (SELECT r.customer_id FROM receipts r WHERE r.status = 'approved' AND r.amount > r.applied_total
                             UNION SELECT n.customer_id FROM invoices n WHERE n.kind = 'credit_note' AND n.status = 'approved' AND n.open_amount > 0)
     ORDER BY x.customer_id, x.due_date, x.invoice_date, x.id`,
    p,
  );
  const byCustomer = new Map<number, { credits: Raw[]; invoices: Raw[] }>();
  for (const c of credits) {
    const k = Number(c.customer_id);
    if (!byCustomer.has(k)) byCustomer.set(k, { credits: [], invoices: [] });
    byCustomer.get(k)!.credits.push(c);
  }
  for (const i of invoices) byCustomer.get(Number(i.customer_id))?.invoices.push(i);
  const out: Proposal[] = [];
  for (const [cid, g] of byCustomer) {
    if (g.invoices.length === 0) continue;
    const credit = new Map(g.credits.map((c) => [`${String(c.type)}:${String(c.id)}`, c]));
    const inv = new Map(g.invoices.map((i) => [String(i.id), i]));
    const matches = fifo(
      g.credits.map((c) => ({ key: `${String(c.type)}:${String(c.id)}`, open: Number(c.open) })),
      g.invoices.map((i) => ({ key: String(i.id), open: Number(i.open) })),
    );
    for (const m of matches) {
      const c = credit.get(m.credit)!;
      const i = inv.get(m.invoice)!;
      out.push({
        customer_id: cid,
        customer_name: String(i.customer_name),
        source_type: c.type === 'credit_note' ? 'credit_note' : 'receipt',
        source_id: Number(c.id),
        source_number: (c.number as string | null) ?? null,
        invoice_id: Number(i.id),
        invoice_number: (i.number as string | null) ?? null,
        amount: m.amount,
      });
    }
  }
  return out;
}

function fingerprint(ps: Proposal[]): string {
  const h = crypto.createHash('sha256');
  for (const p of ps) h.update(`${p.source_type}:${p.source_id}>${p.invoice_id}=${p.amount};`);
  return h.digest('hex').slice(0, 32);
}

/* ------------------------------------------------------------------ handlers */

export const receiptHandlers: HandlersFor<'receipts.' | 'matching.'> = {
  async 'receipts.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await customerScope(ctx, 'r');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.customer_id) {
      base.clauses.push('r.customer_id = ?');
      base.params.push(q.customer_id);
    }
    if (q.view === 'unapplied') base.clauses.push("r.status = 'approved' AND r.amount > r.applied_total");
    if (q.view === 'today') {
      base.clauses.push("r.status = 'approved' AND r.receipt_date = ?");
      base.params.push(ctx.today());
    }
    if (q.view === 'reversed') base.clauses.push("r.status = 'reversed'");
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return { rows: r.rows.map(toRow), total: r.total };
  },

  async 'receipts.get'(ctx, { id }) {
    const r = await ctx.db.get<Raw>('SELECT customer_id FROM receipts WHERE id = ?', [id]);
    if (!r) throw notFound('收款单', 'Receipt');
    await requireCustomer(ctx, Number(r.customer_id), { zh: '收款单', en: 'Receipt' });
    return detail(ctx, id);
  },

  async 'receipts.create'(ctx, input) {
    const user = ctx.requireUser();
    await requireCustomer(ctx, input.customer_id);
    if (input.method === 'acceptance_bill' && !input.bill_no) {
      throw fieldError(
        ['bill_no'],
        '票据号：承兑汇票必须填写票据号',
        'Bill no.: required for an acceptance bill',
      );
    }
    if (input.order_id != null) {
      const o = await ctx.db.get<Raw>('SELECT customer_id FROM sales_orders WHERE id = ?', [input.order_id]);
      if (!o || Number(o.customer_id) !== input.customer_id)
        throw fieldError(['order_id'], '订单：不属于该客户', 'Order: does not belong to this customer');
    }
    const allocated = input.allocations.reduce((s, a) => s + a.amount, 0);
    if (allocated > input.amount) {
      throw fieldError(
        ['allocations'],
        `核销合计 ¥${allocated / 100} 超过收款金额`,
        `Allocations (¥${allocated / 100}) exceed the receipt`,
      );
    }
    const now = ctx.nowIso();
    await lockBalance(ctx, input.customer_id);
    const year = yearOf(input.receipt_date);
    const number = formatNumber('RC', year, await nextNumber(ctx.db, 'RC', year));
    const id = await ctx.db.insert('receipts', {
      number,
      status: 'approved',
      customer_id: input.customer_id,
      receipt_date: input.receipt_date,
      method: input.method,
      amount: input.amount,
      applied_total: 0,
      bank_account: input.bank_account,
      reference: input.reference,
      bill_no: input.bill_no,
      bill_maturity: input.bill_maturity,
      order_id: input.order_id,
      notes: input.notes,
      approved_by: user.id,
      approved_at: now,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await adjustBalance(ctx.db, input.customer_id, { advances: input.amount }, now);
    await ledger(ctx, {
      customer_id: input.customer_id,
      entry_date: input.receipt_date,
      doc_type: 'receipt',
      doc_id: id,
      doc_number: number,
      amount: -input.amount,
      description: input.reference ? `收款 ${input.reference}` : '收款',
    });
    if (input.allocations.length) {
      await applyLines(
        ctx,
        input.customer_id,
        input.allocations.map((a) => ({
          source_type: 'receipt' as const,
          source_id: id,
          invoice_id: a.invoice_id,
          amount: a.amount,
        })),
      );
    }
    ctx.audit(id, `收款 ${number}：¥${input.amount / 100}${allocated ? `，核销 ¥${allocated / 100}` : ''}`);
    return detail(ctx, id);
  },

  async 'receipts.reverse'(ctx, { id, version, reason, reversal_date }) {
    const head = await ctx.db.get<Raw>('SELECT customer_id FROM receipts WHERE id = ?', [id]);
    if (!head) throw notFound('收款单', 'Receipt');
    const customerId = Number(head.customer_id);
    await requireCustomer(ctx, customerId, { zh: '收款单', en: 'Receipt' });
    await lockBalance(ctx, customerId);
    await lockRow(ctx.db, 'receipts', id);
    const r = await ctx.db.get<Raw>('SELECT * FROM receipts WHERE id = ?', [id]);
    if (!r) throw notFound('收款单', 'Receipt');
    if (Number(r.version) !== version) throw versionConflict();
    if (r.status !== 'approved')
      throw new AppError('BUSINESS_RULE', '收款单已冲销', 'The receipt is already reversed');
    if (reversal_date < String(r.receipt_date))
      throw fieldError(
        ['reversal_date'],
        '冲销日期不能早于收款日期',
        'The reversal cannot be dated before the receipt',
      );
    const live = await ctx.db.all<{ id: number }>(
      "SELECT id FROM allocations WHERE source_type = 'receipt' AND source_id = ? AND reversal_of IS NULL AND reversed = ? ORDER BY invoice_id, id",
      [id, false],
    );
    for (const a of live) {
      await lockRow(
        ctx.db,
        'invoices',
        Number(
          (await ctx.db.get<{ invoice_id: number }>('SELECT invoice_id FROM allocations WHERE id = ?', [
            a.id,
          ]))!.invoice_id,
        ),
      );
      await unallocate(ctx, Number(a.id), `收款冲销：${reason}`, reversal_date);
    }
    const now = ctx.nowIso();
    await adjustBalance(ctx.db, customerId, { advances: -Number(r.amount) }, now);
    await ledger(ctx, {
      customer_id: customerId,
      entry_date: reversal_date,
      doc_type: 'receipt_reversal',
      doc_id: id,
      doc_number: String(r.number),
      amount: Number(r.amount),
      description: `收款冲销：${reason}`,
    });
    await ctx.db.run(
      "UPDATE receipts SET status = 'reversed', reversed_by = ?, reversed_at = ?, reversal_date = ?, reversal_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.requireUser().id, now, reversal_date, reason, now, id],
    );
    ctx.audit(id, `收款冲销 ${String(r.number)}：¥${Number(r.amount) / 100}，${reason}`);
    return detail(ctx, id);
  },

  async 'receipts.suggest'(ctx, { customer_id, amount }) {
    await requireCustomer(ctx, customer_id);
    const items = await openItems(ctx, customer_id, 500);
    return fifo(
      [{ key: 'new', open: amount }],
      items.invoices.map((i) => ({ key: String(i.id), open: i.open })),
    ).map((m) => ({
      invoice_id: Number(m.invoice),
      amount: m.amount,
    }));
  },

  async 'matching.items'(ctx, { customer_id }) {
    await requireCustomer(ctx, customer_id);
    return openItems(ctx, customer_id);
  },

  async 'matching.apply'(ctx, { customer_id, lines }) {
    await requireCustomer(ctx, customer_id);
    await lockBalance(ctx, customer_id);
    const amount = await applyLines(ctx, customer_id, lines);
    ctx.audit(null, `手工核销 ${lines.length} 笔，¥${amount / 100}（客户 ${customer_id}）`);
    return { applied: lines.length, amount };
  },

  async 'matching.unapply'(ctx, { allocation_id, reason }) {
    const a = await ctx.db.get<Raw>('SELECT customer_id, invoice_id, amount FROM allocations WHERE id = ?', [
      allocation_id,
    ]);
    if (!a) throw notFound('核销记录', 'Allocation');
    await requireCustomer(ctx, Number(a.customer_id));
    await lockBalance(ctx, Number(a.customer_id));
    await lockRow(ctx.db, 'invoices', Number(a.invoice_id));
    await unallocate(ctx, allocation_id, reason, ctx.today());
    ctx.audit(allocation_id, `取消核销 ¥${Number(a.amount) / 100}：${reason}`);
    return { ok: true as const };
  },

  async 'matching.history'(ctx, { invoice_id, receipt_id }) {
    if (invoice_id) return allocationRows(ctx.db, 'a.invoice_id = ?', [invoice_id]);
    if (receipt_id)
      return allocationRows(ctx.db, "a.source_type = 'receipt' AND a.source_id = ?", [receipt_id]);
    return [];
  },

  async 'matching.autoPreview'(ctx, { customer_id }) {
    const ps = await autoProposals(ctx, customer_id);
    return {
      customers: new Set(ps.map((p) => p.customer_id)).size,
      matches: ps.length,
      amount: ps.reduce((s, p) => s + p.amount, 0),
      fingerprint: fingerprint(ps),
      sample: ps.slice(0, 200).map((p) => ({
        customer_name: p.customer_name,
        source_number: p.source_number,
        invoice_number: p.invoice_number,
        amount: p.amount,
      })),
    };
  },

  /**
   * Commits exactly what was previewed: the proposals are recomputed under the locks and must have the
   * same fingerprint, else nothing is applied ("the data changed, preview again").
   */
  async 'matching.autoCommit'(ctx, { customer_id, fingerprint: expected }) {
    const first = await autoProposals(ctx, customer_id);
    const customers = [...new Set(first.map((p) => p.customer_id))].sort((a, b) => a - b);
    for (const c of customers) await lockBalance(ctx, c);
    const ps = await autoProposals(ctx, customer_id);
    if (fingerprint(ps) !== expected) {
      throw new AppError(
        'CONFLICT',
        '数据已变化，请重新预览后再提交',
        'The data changed since the preview; preview again',
      );
    }
    let amount = 0;
    const byCustomer = new Map<number, Proposal[]>();
    for (const p of ps) byCustomer.set(p.customer_id, [...(byCustomer.get(p.customer_id) ?? []), p]);
    for (const [cid, list] of byCustomer) {
      amount += await applyLines(
        ctx,
        cid,
        list.map((p) => ({
          source_type: p.source_type,
          source_id: p.source_id,
          invoice_id: p.invoice_id,
          amount: p.amount,
        })),
      );
    }
    ctx.audit(null, `自动核销 ${ps.length} 笔，¥${amount / 100}，${byCustomer.size} 个客户`);
    return { matches: ps.length, amount };
  },
};
