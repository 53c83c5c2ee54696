import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type {
  AllocationRow,
  InvoiceDetail,
  InvoiceRow,
  UninvoicedLine,
} from '../../../../shared/contract/finance';
import {
  formatQty,
  partialFigures,
  splitTax,
  sumFigures,
  type LineFigures,
} from '../../../../shared/pricing';
import { fill, MESSAGES } from '../../../../shared/messages';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { customerScopeClause, visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { setSetting } from '../common/settings';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import { adjustBalance, creditError, evaluate, loadBreakdown, loadRules } from '../sales/credit';
import { fieldError, yearOf } from '../sales/common';
import { recomputeOrderProgress } from '../sales/shipments';
import {
  allocate,
  checkAgeingBounds,
  daysBetween,
  dueDate,
  fifo,
  ledger,
  loadFinanceSettings,
  lockBalance,
  lockCredit,
  lockInvoice,
  type Credit,
} from './common';

type Raw = Record<string, unknown>;

/* ------------------------------------------------------------------ scope */

export async function customerScope(
  ctx: ServiceContext,
  alias: string,
): Promise<{ clause: string; params: unknown[] } | null> {
  const ids = await visibleUserIds(ctx.db, ctx.requireUser());
  const s = customerScopeClause(ids, 'fc');
  if (!s) return null;
  return {
    clause: `${alias}.customer_id IN (SELECT fc.id FROM customers fc WHERE ${s.clause})`,
    params: s.params,
  };
}

export async function requireCustomer(
  ctx: ServiceContext,
  customerId: number,
  what = { zh: '客户', en: 'Customer' },
): Promise<void> {
  if (!(await canSeeCustomer(ctx.db, ctx.requireUser(), customerId))) throw notFound(what.zh, what.en);
}

/* ------------------------------------------------------------------ reading */

const ROW_SELECT = `i.id, i.kind, i.number, i.status, i.customer_id, c.legal_name AS customer_name, s.name AS salesperson_name,
  i.invoice_date, i.due_date, i.total, i.open_amount, i.vat_invoice_no, i.credit_kind, i.opening, i.legacy_number, i.updated_at, i.version`;
const ROW_FROM =
  'invoices i JOIN customers c ON c.id = i.customer_id JOIN users s ON s.id = i.salesperson_id';

const spec: ListSpec = {
  from: ROW_FROM,
  select: ROW_SELECT,
  fields: {
    number: { sql: 'i.number', type: 'text' },
    status: { sql: 'i.status', type: 'enum' },
    kind: { sql: 'i.kind', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    salesperson_name: { sql: 's.name', type: 'text' },
    invoice_date: { sql: 'i.invoice_date', type: 'date' },
    due_date: { sql: 'i.due_date', type: 'date' },
    total: { sql: 'i.total', type: 'number' },
    open_amount: { sql: 'i.open_amount', type: 'number' },
    vat_invoice_no: { sql: 'i.vat_invoice_no', type: 'text' },
    updated_at: { sql: 'i.updated_at', type: 'date' },
  },
  search: ['i.number', 'c.legal_name', 'c.py', 'i.vat_invoice_no', 'i.legacy_number'],
  defaultSort: { field: 'invoice_date', dir: 'desc' },
  tiebreak: 'i.id DESC',
};

const toInvoiceSpec: ListSpec = {
  from: 'customer_balances b JOIN customers c ON c.id = b.customer_id LEFT JOIN users s ON s.id = c.owner_id',
  select:
    'c.id, c.legal_name AS customer_name, c.code AS customer_code, s.name AS salesperson_name, b.delivered_uninvoiced, b.receivable',
  fields: {
    customer_name: { sql: 'c.legal_name', type: 'text' },
    customer_code: { sql: 'c.code', type: 'text' },
    salesperson_name: { sql: 's.name', type: 'text' },
    delivered_uninvoiced: { sql: 'b.delivered_uninvoiced', type: 'number' },
    receivable: { sql: 'b.receivable', type: 'number' },
  },
  search: ['c.legal_name', 'c.short_name', 'c.code', 'c.py'],
  defaultSort: { field: 'delivered_uninvoiced', dir: 'desc' },
  tiebreak: 'c.id',
};

function toRow(r: Raw, today: string): InvoiceRow {
  const due = (r.due_date as string | null) ?? null;
  const open = Number(r.open_amount);
  return {
    id: Number(r.id),
    kind: r.kind === 'credit_note' ? 'credit_note' : 'invoice',
    number: (r.number as string | null) ?? null,
    status: r.status as InvoiceRow['status'],
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    salesperson_name: String(r.salesperson_name),
    invoice_date: String(r.invoice_date),
    due_date: due,
    total: Number(r.total),
    open_amount: open,
    vat_invoice_no: (r.vat_invoice_no as string | null) ?? null,
    days_overdue:
      r.kind === 'invoice' && r.status === 'approved' && open > 0 && due && due < today
        ? daysBetween(today, due)
        : 0,
    credit_kind: (r.credit_kind as string | null) ?? null,
    opening: toBool(r.opening),
    legacy_number: (r.legacy_number as string | null) ?? null,
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

export async function allocationRows(db: Db, where: string, params: unknown[]): Promise<AllocationRow[]> {
  const rows = await db.all<Raw>(
    `SELECT a.*, i.number AS invoice_number, u.name AS created_by_name,
       CASE WHEN a.source_type = 'receipt' THEN (SELECT r.number FROM receipts r WHERE r.id = a.source_id)
            ELSE (SELECT x.number FROM invoices x WHERE x.id = a.source_id) END AS source_number
     FROM allocations a JOIN invoices i ON i.id = a.invoice_id LEFT JOIN users u ON u.id = a.created_by
     WHERE ${where} ORDER BY a.id`,
    params,
  );
  return rows.map((a) => ({
    id: Number(a.id),
    source_type: a.source_type === 'credit_note' ? 'credit_note' : 'receipt',
    source_id: Number(a.source_id),
    source_number: (a.source_number as string | null) ?? null,
    invoice_id: Number(a.invoice_id),
    invoice_number: (a.invoice_number as string | null) ?? null,
    amount: Number(a.amount),
    effective_date: String(a.effective_date),
    reversal_of: a.reversal_of == null ? null : Number(a.reversal_of),
    reversed: a.reversed === true || Number(a.reversed) === 1,
    reason: (a.reason as string | null) ?? null,
    created_by_name: (a.created_by_name as string | null) ?? null,
    created_at: String(a.created_at),
  }));
}

export async function invoiceDetail(
  ctx: ServiceContext,
  id: number,
  credit: unknown = null,
): Promise<InvoiceDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${ROW_SELECT}, i.salesperson_id, i.delivered_on, i.amount, i.tax, i.vat_invoice_date, i.reason, i.target_invoice_id, i.notes,
       i.approved_by, ab.name AS approved_by_name, i.approved_at, i.checked_by, cb.name AS checked_by_name
     FROM ${ROW_FROM} LEFT JOIN users ab ON ab.id = i.approved_by LEFT JOIN users cb ON cb.id = i.checked_by WHERE i.id = ?`,
    [id],
  );
  if (!r) throw notFound('发票', 'Invoice');
  const lines = await ctx.db.all<Raw>(
    `SELECT l.*, p.code AS product_code, p.spec, sh.number AS shipment_number, o.number AS order_number
     FROM invoice_lines l LEFT JOIN products p ON p.id = l.product_id LEFT JOIN shipment_lines sl ON sl.id = l.shipment_line_id
       LEFT JOIN shipments sh ON sh.id = sl.shipment_id LEFT JOIN sales_orders o ON o.id = sl.order_id
     WHERE l.invoice_id = ? ORDER BY l.line_no`,
    [id],
  );
  const allocs = await allocationRows(
    ctx.db,
    r.kind === 'credit_note' ? "a.source_type = 'credit_note' AND a.source_id = ?" : 'a.invoice_id = ?',
    [id],
  );
  return {
    ...toRow(r, ctx.today()),
    salesperson_id: Number(r.salesperson_id),
    delivered_on: (r.delivered_on as string | null) ?? null,
    amount: Number(r.amount),
    tax: Number(r.tax),
    vat_invoice_date: (r.vat_invoice_date as string | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    target_invoice_id: r.target_invoice_id == null ? null : Number(r.target_invoice_id),
    notes: (r.notes as string | null) ?? null,
    approved_by:
      r.approved_by == null ? null : { id: Number(r.approved_by), name: String(r.approved_by_name) },
    approved_at: (r.approved_at as string | null) ?? null,
    checked_by: r.checked_by == null ? null : { id: Number(r.checked_by), name: String(r.checked_by_name) },
    lines: lines.map((l) => ({
      id: Number(l.id),
      line_no: Number(l.line_no),
      shipment_line_id: l.shipment_line_id == null ? null : Number(l.shipment_line_id),
      shipment_number: (l.shipment_number as string | null) ?? null,
      order_number: (l.order_number as string | null) ?? null,
      product_id: l.product_id == null ? null : Number(l.product_id),
      product_code: (l.product_code as string | null) ?? null,
      description: String(l.description),
      spec: (l.spec as string | null) ?? null,
      unit: (l.unit as string | null) ?? null,
      qty: Number(l.qty),
      unit_price: Number(l.unit_price),
      discount_bp: Number(l.discount_bp),
      tax_rate: Number(l.tax_rate),
      amount: Number(l.amount),
      tax: Number(l.tax),
      total: Number(l.total),
    })),
    allocations: allocs,
    credit,
  };
}

/* ------------------------------------------------------------------ what can be invoiced */

/** Remaining uninvoiced quantity and value of a shipment line (returns of uninvoiced goods excluded). */
export function uninvoicedOf(sl: Raw): { qty: number; total: number } {
  const returnedUninvoicedQty = Number(sl.returned_qty) - Number(sl.credited_qty);
  const returnedUninvoicedTotal = Number(sl.returned_total) - Number(sl.credited_total);
  return {
    qty: Number(sl.qty) - Number(sl.invoiced_qty) - returnedUninvoicedQty,
    total: Number(sl.total) - Number(sl.invoiced_total) - returnedUninvoicedTotal,
  };
}

/** A part of what is left: proportional and rounded, or exactly the rest when it takes all of it. */
export function partOf(sl: Raw, left: { qty: number; total: number }, qty: number): LineFigures {
  const line = {
    qty: left.qty,
    total: left.total,
    unit_price: Number(sl.unit_price),
    discount_bp: Number(sl.discount_bp),
    tax_rate: Number(sl.tax_rate),
  };
  return partialFigures(line, 0, 0, qty);
}

async function shipmentLines(db: Db, ids: number[], lock: boolean): Promise<Map<number, Raw>> {
  const out = new Map<number, Raw>();
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    if (lock) await lockRow(db, 'shipment_lines', id);
    const r = await db.get<Raw>(
      `SELECT sl.*, s.customer_id, s.status AS shipment_status, s.ship_date, s.number AS shipment_number, ol.name, ol.unit, ol.spec
       FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id JOIN sales_order_lines ol ON ol.id = sl.order_line_id WHERE sl.id = ?`,
      [id],
    );
    if (r) out.set(id, r);
  }
  return out;
}

function checkInvoiceLines(
  customerId: number,
  lines: { shipment_line_id: number; qty: number }[],
  sls: Map<number, Raw>,
): void {
  const used = new Map<number, number>();
  lines.forEach((l, i) => {
    const sl = sls.get(l.shipment_line_id);
    if (!sl || Number(sl.customer_id) !== customerId || sl.shipment_status !== 'approved') {
      throw fieldError(
        ['lines', i, 'shipment_line_id'],
        `第 ${i + 1} 行 · 不是该客户已审核的发货明细`,
        `row ${i + 1} · not an approved shipment line of this customer`,
      );
    }
    const sum = (used.get(l.shipment_line_id) ?? 0) + l.qty;
    used.set(l.shipment_line_id, sum);
    const left = uninvoicedOf(sl);
    if (sum > left.qty) {
      const p = { remaining: formatQty(left.qty) };
      throw fieldError(
        ['lines', i, 'qty'],
        `第 ${i + 1} 行 · 数量：超过未开票数量（剩余 ${p.remaining}）`,
        `row ${i + 1} · quantity: exceeds what is not yet invoiced (${p.remaining})`,
      );
    }
  });
}

async function writeDraftLines(
  db: Db,
  invoiceId: number,
  lines: { shipment_line_id: number; qty: number }[],
  sls: Map<number, Raw>,
) {
  await db.run('DELETE FROM invoice_lines WHERE invoice_id = ?', [invoiceId]);
  const figures: LineFigures[] = [];
  const left = new Map<number, { qty: number; total: number }>();
  for (const [i, l] of lines.entries()) {
    const sl = sls.get(l.shipment_line_id)!;
    const rest = left.get(l.shipment_line_id) ?? uninvoicedOf(sl);
    const f = partOf(sl, rest, l.qty);
    left.set(l.shipment_line_id, { qty: rest.qty - l.qty, total: rest.total - f.total });
    figures.push(f);
    await db.insert('invoice_lines', {
      invoice_id: invoiceId,
      line_no: i + 1,
      shipment_line_id: l.shipment_line_id,
      order_line_id: Number(sl.order_line_id),
      product_id: Number(sl.product_id),
      description: String(sl.name),
      unit: (sl.unit as string | null) ?? null,
      qty: l.qty,
      unit_price: Number(sl.unit_price),
      discount_bp: Number(sl.discount_bp),
      tax_rate: Number(sl.tax_rate),
      ...f,
    });
  }
  const totals = sumFigures(figures);
  await db.run('UPDATE invoices SET amount = ?, tax = ?, total = ?, open_amount = 0 WHERE id = ?', [
    totals.amount,
    totals.tax,
    totals.total,
    invoiceId,
  ]);
  return totals;
}

async function lockDoc(ctx: ServiceContext, id: number, version?: number): Promise<Raw> {
  await lockRow(ctx.db, 'invoices', id);
  const r = await ctx.db.get<Raw>('SELECT * FROM invoices WHERE id = ?', [id]);
  if (!r) throw notFound('发票', 'Invoice');
  await requireCustomer(ctx, Number(r.customer_id), { zh: '发票', en: 'Invoice' });
  if (version !== undefined && Number(r.version) !== version) throw versionConflict();
  return r;
}

function badStatus(doc: string, status: string, action: string): AppError {
  const labels: Record<string, string> = {
    draft: '草稿',
    submitted: '待审批',
    checked: '经理已审',
    approved: '已开具',
    void: '已作废',
  };
  return new AppError(
    'BUSINESS_RULE',
    fill(MESSAGES.bad_status.zh, { doc, status: labels[status] ?? status, action }),
    `The ${doc === '发票' ? 'invoice' : 'document'} is ${status}; it cannot be ${action}`,
  );
}

/**
 * Apply the customer's unapplied credits (advances, credit notes), oldest first, to an invoice.
 * The caller holds the balance lock.
 */
export async function applyAdvances(
  ctx: ServiceContext,
  customerId: number,
  invoiceId: number,
): Promise<number> {
  const credits = await ctx.db.all<Raw>(
    `SELECT 'receipt' AS type, id, receipt_date AS d FROM receipts WHERE customer_id = ? AND status = 'approved' AND amount > applied_total
     UNION ALL
     SELECT 'credit_note' AS type, id, invoice_date AS d FROM invoices WHERE customer_id = ? AND kind = 'credit_note' AND status = 'approved' AND open_amount > 0
     ORDER BY d, id`,
    [customerId, customerId],
  );
  if (credits.length === 0) return 0;
  const inv = await lockInvoice(ctx.db, invoiceId, customerId);
  let applied = 0;
  for (const c of credits) {
    if (inv.open === 0) break;
    const credit: Credit = await lockCredit(
      ctx.db,
      c.type as 'receipt' | 'credit_note',
      Number(c.id),
      customerId,
    );
    const amount = Math.min(credit.open, inv.open);
    if (amount > 0) {
      await allocate(ctx, customerId, credit, inv, amount);
      applied += amount;
    }
  }
  return applied;
}

/* ------------------------------------------------------------------ handlers */

export const invoiceHandlers: HandlersFor<'invoices.' | 'creditNotes.' | 'finance.'> = {
  async 'finance.settings'(ctx) {
    return loadFinanceSettings(ctx.db);
  },

  async 'finance.setSettings'(ctx, s) {
    checkAgeingBounds(s.ageing_buckets, 'ageing_buckets');
    await setSetting(ctx.db, 'finance_settings', s, ctx.nowIso());
    ctx.audit(
      null,
      `财务设置：开票审批 ${s.invoice_workflow ? '开' : '关'}，坏账 ${s.bad_debt_months} 个月，账龄 ${s.ageing_buckets.join('/')}`,
    );
    return loadFinanceSettings(ctx.db);
  },

  async 'finance.home'(ctx) {
    const today = ctx.today();
    const scope = await customerScope(ctx, 'x');
    const sc = scope ? ` AND ${scope.clause}` : '';
    const sp = scope?.params ?? [];
    const one = async (sql: string, params: unknown[]) => (await ctx.db.get<Raw>(sql, params)) ?? {};
    const held = await one(`SELECT COUNT(*) AS n FROM sales_orders x WHERE x.status = 'hold'${sc}`, sp);
    const over = await one(
      `SELECT COUNT(*) AS n, COALESCE(SUM(x.open_amount), 0) AS a FROM invoices x WHERE x.kind = 'invoice' AND x.status = 'approved' AND x.open_amount > 0 AND x.due_date < ?${sc}`,
      [today, ...sp],
    );
    const rec = await one(
      `SELECT COUNT(*) AS n, COALESCE(SUM(x.amount), 0) AS a FROM receipts x WHERE x.status = 'approved' AND x.receipt_date = ?${sc}`,
      [today, ...sp],
    );
    const un = await one(
      `SELECT COUNT(*) AS n, COALESCE(SUM(x.amount - x.applied_total), 0) AS a FROM receipts x WHERE x.status = 'approved' AND x.amount > x.applied_total${sc}`,
      sp,
    );
    const bal = await one(
      `SELECT COALESCE(SUM(x.receivable), 0) AS r, COALESCE(SUM(x.delivered_uninvoiced), 0) AS d FROM customer_balances x WHERE 1 = 1${sc}`,
      sp,
    );
    return {
      held_orders: Number(held.n ?? 0),
      overdue_count: Number(over.n ?? 0),
      overdue_amount: Number(over.a ?? 0),
      receipts_today_count: Number(rec.n ?? 0),
      receipts_today_amount: Number(rec.a ?? 0),
      unmatched_count: Number(un.n ?? 0),
      unmatched_amount: Number(un.a ?? 0),
      to_invoice_amount: Number(bal.d ?? 0),
      receivable: Number(bal.r ?? 0),
    };
  },

  async 'invoices.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await customerScope(ctx, 'i');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    if (q.kind) {
      base.clauses.push('i.kind = ?');
      base.params.push(q.kind);
    }
    if (q.customer_id) {
      base.clauses.push('i.customer_id = ?');
      base.params.push(q.customer_id);
    }
    const today = ctx.today();
    if (q.view === 'open') base.clauses.push("i.status = 'approved' AND i.open_amount > 0");
    if (q.view === 'overdue') {
      base.clauses.push(
        "i.kind = 'invoice' AND i.status = 'approved' AND i.open_amount > 0 AND i.due_date < ?",
      );
      base.params.push(today);
    }
    if (q.view === 'drafts') base.clauses.push("i.status = 'draft'");
    if (q.view === 'awaiting') base.clauses.push("i.status IN ('submitted', 'checked')");
    const r = await runList<Raw>(ctx.db, spec, q, base);
    return { rows: r.rows.map((x) => toRow(x, today)), total: r.total };
  },

  async 'invoices.toInvoice'(ctx, q) {
    const base = { clauses: ['b.delivered_uninvoiced > 0'] as string[], params: [] as unknown[] };
    const scope = await customerScope(ctx, 'b');
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    const r = await runList<Raw>(ctx.db, toInvoiceSpec, q, base);
    return {
      rows: r.rows.map((x) => ({
        id: Number(x.id),
        customer_name: String(x.customer_name),
        customer_code: String(x.customer_code),
        salesperson_name: (x.salesperson_name as string | null) ?? null,
        delivered_uninvoiced: Number(x.delivered_uninvoiced),
        receivable: Number(x.receivable),
      })),
      total: r.total,
    };
  },

  async 'invoices.get'(ctx, { id }) {
    const r = await ctx.db.get<Raw>('SELECT customer_id FROM invoices WHERE id = ?', [id]);
    if (!r) throw notFound('发票', 'Invoice');
    await requireCustomer(ctx, Number(r.customer_id), { zh: '发票', en: 'Invoice' });
    return invoiceDetail(ctx, id);
  },

  async 'invoices.uninvoiced'(ctx, { customer_id }) {
    await requireCustomer(ctx, customer_id);
    const rows = await ctx.db.all<Raw>(
      `SELECT sl.*, s.number AS shipment_number, s.ship_date, o.number AS order_number, ol.name, ol.spec, ol.unit, p.code AS product_code
       FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id JOIN sales_orders o ON o.id = sl.order_id
         JOIN sales_order_lines ol ON ol.id = sl.order_line_id JOIN products p ON p.id = sl.product_id
       WHERE s.customer_id = ? AND s.status = 'approved'
         AND sl.qty - sl.invoiced_qty - (sl.returned_qty - sl.credited_qty) > 0
       ORDER BY s.ship_date, s.id, sl.line_no LIMIT 2000`,
      [customer_id],
    );
    return rows.map((r): UninvoicedLine => {
      const left = uninvoicedOf(r);
      return {
        shipment_line_id: Number(r.id),
        shipment_id: Number(r.shipment_id),
        shipment_number: String(r.shipment_number),
        ship_date: String(r.ship_date),
        order_number: (r.order_number as string | null) ?? null,
        product_id: Number(r.product_id),
        product_code: String(r.product_code),
        name: String(r.name),
        spec: (r.spec as string | null) ?? null,
        unit: String(r.unit),
        qty: Number(r.qty),
        unit_price: Number(r.unit_price),
        discount_bp: Number(r.discount_bp),
        tax_rate: Number(r.tax_rate),
        remaining_qty: left.qty,
        remaining_total: left.total,
      };
    });
  },

  async 'invoices.create'(ctx, input) {
    const user = ctx.requireUser();
    await requireCustomer(ctx, input.customer_id);
    const sls = await shipmentLines(
      ctx.db,
      input.lines.map((l) => l.shipment_line_id),
      false,
    );
    checkInvoiceLines(input.customer_id, input.lines, sls);
    const c = await ctx.db.get<Raw>('SELECT owner_id FROM customers WHERE id = ?', [input.customer_id]);
    const now = ctx.nowIso();
    const id = await ctx.db.insert('invoices', {
      kind: 'invoice',
      number: null,
      status: 'draft',
      customer_id: input.customer_id,
      salesperson_id: Number(c!.owner_id),
      invoice_date: input.invoice_date,
      due_date: null,
      delivered_on: null,
      amount: 0,
      tax: 0,
      total: 0,
      open_amount: 0,
      vat_invoice_no: input.vat_invoice_no,
      vat_invoice_date: input.vat_invoice_date,
      notes: input.notes,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await writeDraftLines(ctx.db, id, input.lines, sls);
    ctx.audit(id, `新建发票草稿 #${id}`);
    return invoiceDetail(ctx, id);
  },

  async 'invoices.update'(ctx, input) {
    const inv = await lockDoc(ctx, input.id, input.version);
    if (inv.status !== 'draft' || inv.kind !== 'invoice') throw badStatus('发票', String(inv.status), '修改');
    const sls = await shipmentLines(
      ctx.db,
      input.lines.map((l) => l.shipment_line_id),
      false,
    );
    checkInvoiceLines(input.customer_id, input.lines, sls);
    await ctx.db.run(
      'UPDATE invoices SET customer_id = ?, invoice_date = ?, vat_invoice_no = ?, vat_invoice_date = ?, notes = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [
        input.customer_id,
        input.invoice_date,
        input.vat_invoice_no,
        input.vat_invoice_date,
        input.notes,
        ctx.requireUser().id,
        ctx.nowIso(),
        input.id,
      ],
    );
    await writeDraftLines(ctx.db, input.id, input.lines, sls);
    ctx.audit(input.id, `修改发票草稿 #${input.id}`);
    return invoiceDetail(ctx, input.id);
  },

  async 'invoices.delete'(ctx, { id, version }) {
    const inv = await lockDoc(ctx, id, version);
    if (inv.status !== 'draft') throw badStatus('发票', String(inv.status), '删除');
    await ctx.db.run('DELETE FROM invoice_lines WHERE invoice_id = ?', [id]);
    await ctx.db.run('DELETE FROM invoices WHERE id = ?', [id]);
    ctx.audit(id, `删除发票草稿 #${id}`);
    return { ok: true as const };
  },

  async 'invoices.submit'(ctx, { id, version }) {
    const inv = await lockDoc(ctx, id, version);
    if (inv.status !== 'draft' || inv.kind !== 'invoice') throw badStatus('发票', String(inv.status), '提交');
    await ctx.db.run(
      "UPDATE invoices SET status = 'submitted', submitted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.nowIso(), ctx.nowIso(), id],
    );
    ctx.audit(id, `开票申请 #${id}`);
    return invoiceDetail(ctx, id);
  },

  async 'invoices.check'(ctx, { id, version }) {
    const inv = await lockDoc(ctx, id, version);
    if (inv.status !== 'submitted') throw badStatus('发票', String(inv.status), '审批');
    await ctx.db.run(
      "UPDATE invoices SET status = 'checked', checked_by = ?, checked_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [ctx.requireUser().id, ctx.nowIso(), ctx.nowIso(), id],
    );
    ctx.audit(id, `开票申请审批通过 #${id}`);
    return invoiceDetail(ctx, id);
  },

  async 'invoices.reject'(ctx, { id, version, reason }) {
    const inv = await lockDoc(ctx, id, version);
    if (inv.status !== 'submitted') throw badStatus('发票', String(inv.status), '驳回');
    await ctx.db.run(
      "UPDATE invoices SET status = 'draft', notes = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [`驳回：${reason}`.slice(0, 500), ctx.nowIso(), id],
    );
    ctx.audit(id, `开票申请驳回 #${id}：${reason}`);
    return invoiceDetail(ctx, id);
  },

  /**
   * Issuing, all in one transaction: lock the balance row, then the shipment lines; check the quantities
   * are still uninvoiced and compute the figures against them; credit rules of the invoice stage; number;
   * delivered-not-invoiced → receivable; order lines invoiced; ledger entry; unapplied advances applied.
   */
  async 'invoices.issue'(ctx, { id, version }) {
    const inv = await lockDoc(ctx, id, version);
    const settings = await loadFinanceSettings(ctx.db);
    const allowed = settings.invoice_workflow ? ['checked'] : ['draft', 'checked'];
    if (inv.kind !== 'invoice' || !allowed.includes(String(inv.status)))
      throw badStatus('发票', String(inv.status), '开具');
    const customerId = Number(inv.customer_id);
    const now = ctx.nowIso();
    await lockBalance(ctx, customerId);
    const lines = await ctx.db.all<Raw>('SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no', [
      id,
    ]);
    const sls = await shipmentLines(
      ctx.db,
      lines.map((l) => Number(l.shipment_line_id)),
      true,
    );
    checkInvoiceLines(
      customerId,
      lines.map((l) => ({ shipment_line_id: Number(l.shipment_line_id), qty: Number(l.qty) })),
      sls,
    );
    const totals = await writeDraftLines(
      ctx.db,
      id,
      lines.map((l) => ({ shipment_line_id: Number(l.shipment_line_id), qty: Number(l.qty) })),
      sls,
    );
    const rules = await loadRules(ctx.db);
    const b = await loadBreakdown(ctx.db, customerId, { today: ctx.today(), nowIso: now, lock: true });
    const check = evaluate('invoice', { ...b, this_document: 0 }, rules, { documentTotal: totals.total });
    if (check.outcome === 'hold') throw creditError(check);
    const posted = await ctx.db.all<Raw>(
      'SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY line_no',
      [id],
    );
    const orderIds = new Set<number>();
    const shipmentTotals = new Map<number, number>();
    for (const l of posted) {
      const sl = sls.get(Number(l.shipment_line_id))!;
      await ctx.db.run(
        'UPDATE shipment_lines SET invoiced_qty = invoiced_qty + ?, invoiced_total = invoiced_total + ? WHERE id = ?',
        [Number(l.qty), Number(l.total), Number(l.shipment_line_id)],
      );
      await ctx.db.run(
        'UPDATE sales_order_lines SET invoiced_qty = invoiced_qty + ?, invoiced_total = invoiced_total + ? WHERE id = ?',
        [Number(l.qty), Number(l.total), Number(sl.order_line_id)],
      );
      orderIds.add(Number(sl.order_id));
      shipmentTotals.set(
        Number(sl.shipment_id),
        (shipmentTotals.get(Number(sl.shipment_id)) ?? 0) + Number(l.total),
      );
    }
    for (const [sid, t] of shipmentTotals) {
      await ctx.db.run('UPDATE shipments SET invoiced_total = invoiced_total + ? WHERE id = ?', [t, sid]);
    }
    for (const oid of orderIds) {
      await recomputeOrderProgress(ctx.db, oid, now);
      // completed orders close themselves (结案): everything delivered and billed
      const o = await ctx.db.get<Raw>(
        'SELECT status, per_delivered, per_billed FROM sales_orders WHERE id = ?',
        [oid],
      );
      if (o?.status === 'approved' && Number(o.per_delivered) >= 10000 && Number(o.per_billed) >= 10000) {
        await ctx.db.run(
          "UPDATE sales_orders SET status = 'closed', closed_at = ?, close_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
          [now, '已全部发货开票，自动结案', now, oid],
        );
      }
    }
    const customer = await ctx.db.get<Raw>(
      'SELECT customer_type, credit_days, term_basis FROM customers WHERE id = ?',
      [customerId],
    );
    const delivered = [...sls.values()].map((sl) => String(sl.ship_date)).sort()[0] ?? null;
    const invoiceDate = String(inv.invoice_date);
    const year = yearOf(invoiceDate);
    const number = formatNumber('IV', year, await nextNumber(ctx.db, 'IV', year));
    await ctx.db.run(
      `UPDATE invoices SET status = 'approved', number = ?, due_date = ?, delivered_on = ?, open_amount = total, approved_by = ?, approved_at = ?,
         updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        number,
        dueDate(invoiceDate, {
          customer_type: String(customer?.customer_type),
          credit_days: Number(customer?.credit_days ?? 0),
          term_basis: String(customer?.term_basis ?? 'invoice'),
        }),
        delivered,
        ctx.requireUser().id,
        now,
        ctx.requireUser().id,
        now,
        id,
      ],
    );
    await adjustBalance(
      ctx.db,
      customerId,
      { delivered_uninvoiced: -totals.total, receivable: totals.total },
      now,
    );
    await ledger(ctx, {
      customer_id: customerId,
      entry_date: invoiceDate,
      doc_type: 'invoice',
      doc_id: id,
      doc_number: number,
      amount: totals.total,
      description: '销售发票',
    });
    let applied = 0;
    if (settings.auto_apply_advances) applied = await applyAdvances(ctx, customerId, id);
    ctx.audit(
      id,
      `开具发票 ${number}：¥${totals.total / 100}${applied ? `，冲预收 ¥${applied / 100}` : ''}${check.outcome === 'warn' ? '（信用预警）' : ''}`,
    );
    return invoiceDetail(ctx, id, check);
  },

  async 'invoices.setVat'(ctx, { id, vat_invoice_no, vat_invoice_date }) {
    const inv = await lockDoc(ctx, id);
    if (inv.kind !== 'invoice') throw notFound('发票', 'Invoice');
    await ctx.db.run(
      'UPDATE invoices SET vat_invoice_no = ?, vat_invoice_date = ?, updated_at = ?, version = version + 1 WHERE id = ?',
      [vat_invoice_no, vat_invoice_date, ctx.nowIso(), id],
    );
    ctx.audit(
      id,
      `登记增值税发票号 ${String(inv.number ?? `#${id}`)}：${vat_invoice_no}（原 ${String(inv.vat_invoice_no ?? '无')}）`,
    );
    return invoiceDetail(ctx, id);
  },

  async 'creditNotes.create'(ctx, input) {
    const user = ctx.requireUser();
    await requireCustomer(ctx, input.customer_id);
    if (input.target_invoice_id != null) {
      const t = await ctx.db.get<Raw>('SELECT customer_id, kind, status FROM invoices WHERE id = ?', [
        input.target_invoice_id,
      ]);
      if (
        !t ||
        Number(t.customer_id) !== input.customer_id ||
        t.kind !== 'invoice' ||
        t.status !== 'approved'
      ) {
        throw fieldError(
          ['target_invoice_id'],
          '原发票：不是该客户已开具的发票',
          'Invoice: not an issued invoice of this customer',
        );
      }
    }
    const c = await ctx.db.get<Raw>('SELECT owner_id FROM customers WHERE id = ?', [input.customer_id]);
    const f = splitTax(input.total, input.tax_rate);
    const now = ctx.nowIso();
    const id = await ctx.db.insert('invoices', {
      kind: 'credit_note',
      number: null,
      status: 'draft',
      customer_id: input.customer_id,
      salesperson_id: Number(c!.owner_id),
      invoice_date: input.invoice_date,
      ...f,
      open_amount: 0,
      reason: input.reason,
      credit_kind: input.credit_kind,
      target_invoice_id: input.target_invoice_id,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    await ctx.db.insert('invoice_lines', {
      invoice_id: id,
      line_no: 1,
      description: input.reason,
      qty: 0,
      unit_price: 0,
      discount_bp: 0,
      tax_rate: input.tax_rate,
      ...f,
    });
    ctx.audit(id, `新建红字凭证草稿 #${id}：${input.reason}，¥${input.total / 100}`);
    return invoiceDetail(ctx, id);
  },

  async 'creditNotes.approve'(ctx, { id, version }) {
    const cn = await lockDoc(ctx, id, version);
    if (cn.kind !== 'credit_note' || cn.status !== 'draft')
      throw badStatus('红字凭证', String(cn.status), '审核');
    const number = await postCreditNote(ctx, cn);
    ctx.audit(id, `审核红字凭证 ${number}：${String(cn.reason)}，¥${Number(cn.total) / 100}`);
    return invoiceDetail(ctx, id);
  },
};

/**
 * Posts a credit note: numbered, on the ledger (−), a credit (advances +) that is applied to its target
 * invoice as far as that invoice is still open. Returns the number.
 */
export async function postCreditNote(ctx: ServiceContext, cn: Raw): Promise<string> {
  const id = Number(cn.id);
  const customerId = Number(cn.customer_id);
  const now = ctx.nowIso();
  await lockBalance(ctx, customerId);
  const year = yearOf(String(cn.invoice_date));
  const number = formatNumber('CN', year, await nextNumber(ctx.db, 'CN', year));
  await ctx.db.run(
    "UPDATE invoices SET status = 'approved', number = ?, open_amount = total, approved_by = ?, approved_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
    [number, ctx.requireUser().id, now, now, id],
  );
  const total = Number(cn.total);
  await adjustBalance(ctx.db, customerId, { advances: total }, now);
  await ledger(ctx, {
    customer_id: customerId,
    entry_date: String(cn.invoice_date),
    doc_type: 'credit_note',
    doc_id: id,
    doc_number: number,
    amount: -total,
    description: `红字：${String(cn.reason ?? '')}`,
  });
  const targets: number[] = [];
  if (cn.target_invoice_id != null) targets.push(Number(cn.target_invoice_id));
  if (cn.return_id != null) {
    const rows = await ctx.db.all<{ invoice_id: number }>(
      `SELECT DISTINCT il.invoice_id FROM sales_return_lines rl JOIN invoice_lines il ON il.shipment_line_id = rl.shipment_line_id
       JOIN invoices i ON i.id = il.invoice_id WHERE rl.return_id = ? AND i.status = 'approved' AND i.kind = 'invoice' ORDER BY il.invoice_id`,
      [Number(cn.return_id)],
    );
    targets.push(...rows.map((r) => Number(r.invoice_id)));
  }
  if (targets.length) {
    const credit = await lockCredit(ctx.db, 'credit_note', id, customerId);
    for (const t of [...new Set(targets)].sort((a, b) => a - b)) {
      if (credit.open === 0) break;
      const inv = await lockInvoice(ctx.db, t, customerId);
      const amount = Math.min(credit.open, inv.open);
      if (amount > 0) await allocate(ctx, customerId, credit, inv, amount);
    }
  }
  return number;
}

export { fifo, placeholders };
