import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext, SessionUser } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type {
  CreditCheck,
  LineInput,
  OrderDetail,
  OrderRow,
  orderListQuery,
} from '../../../../shared/contract/sales';
import { creditCheck as creditCheckSchema } from '../../../../shared/contract/sales';
import { ORDER_MACHINE, type OrderStatus } from '../../../../shared/status';
import type { z } from 'zod';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { customerScopeClause, visibleUserIds } from '../common/scope';
import { formatNumber, nextNumber } from '../common/numbering';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import { adjustBalance, evaluate, loadBreakdown, loadRules } from './credit';
import {
  approvalReasons,
  buildLines,
  changeStock,
  fieldError,
  reserveStock,
  guard,
  lockStock,
  yearOf,
  type BuiltLine,
} from './common';
import { MESSAGES } from '../../../../shared/messages';

type Raw = Record<string, unknown>;
const DOC = { zh: '订单', en: 'order' };

/* ------------------------------------------------------------------ scope */

/** Orders a user may see: those they sell, and those of customers in their scope. */
export async function orderScope(
  db: Db,
  user: SessionUser,
  alias = 'o',
): Promise<{ clause: string; params: unknown[] } | null> {
  const ids = await visibleUserIds(db, user);
  if (ids === null) return null;
  const cs = customerScopeClause(ids, 'sc')!;
  return {
    clause: `(${alias}.salesperson_id IN (${placeholders(ids.length)}) OR ${alias}.customer_id IN (SELECT sc.id FROM customers sc WHERE ${cs.clause}))`,
    params: [...ids, ...cs.params],
  };
}

async function requireOrderVisible(ctx: ServiceContext, id: number): Promise<void> {
  const scope = await orderScope(ctx.db, ctx.requireUser());
  const r = await ctx.db.get(
    `SELECT o.id FROM sales_orders o WHERE o.id = ?${scope ? ` AND ${scope.clause}` : ''}`,
    [id, ...(scope?.params ?? [])],
  );
  if (!r) throw notFound('订单', 'Order');
}

/* ------------------------------------------------------------------ reading */

const ROW_SELECT = `o.id, o.number, o.status, o.customer_id, c.legal_name AS customer_name, r.name AS region_name,
  o.salesperson_id, s.name AS salesperson_name, o.order_date, o.delivery_date, o.warehouse_id, w.name AS warehouse_name,
  o.total, o.delivered_total, o.per_delivered, o.per_billed, o.credit_status, o.updated_at, o.version`;
const ROW_FROM = `sales_orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN regions r ON r.id = c.region_id
  JOIN users s ON s.id = o.salesperson_id JOIN warehouses w ON w.id = o.warehouse_id`;

export const orderListSpec: ListSpec = {
  from: ROW_FROM,
  select: ROW_SELECT,
  fields: {
    number: { sql: 'o.number', type: 'text' },
    status: { sql: 'o.status', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    region_name: { sql: 'r.name', type: 'text' },
    salesperson_name: { sql: 's.name', type: 'text' },
    order_date: { sql: 'o.order_date', type: 'date' },
    delivery_date: { sql: 'o.delivery_date', type: 'date' },
    warehouse_name: { sql: 'w.name', type: 'text' },
    total: { sql: 'o.total', type: 'number' },
    delivered_total: { sql: 'o.delivered_total', type: 'number' },
    per_delivered: { sql: 'o.per_delivered', type: 'number' },
    per_billed: { sql: 'o.per_billed', type: 'number' },
    credit_status: { sql: 'o.credit_status', type: 'enum' },
    updated_at: { sql: 'o.updated_at', type: 'date' },
  },
  search: ['o.number', 'c.legal_name', 'c.short_name', 'c.py', 'o.customer_po'],
  defaultSort: { field: 'order_date', dir: 'desc' },
  tiebreak: 'o.id DESC',
};

function toRow(r: Raw, today: string): OrderRow {
  const status = r.status as OrderStatus;
  const delivery = (r.delivery_date as string | null) ?? null;
  return {
    id: Number(r.id),
    number: (r.number as string | null) ?? null,
    status,
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    region_name: (r.region_name as string | null) ?? null,
    salesperson_id: Number(r.salesperson_id),
    salesperson_name: String(r.salesperson_name),
    order_date: String(r.order_date),
    delivery_date: delivery,
    warehouse_id: Number(r.warehouse_id),
    warehouse_name: String(r.warehouse_name),
    total: Number(r.total),
    delivered_total: Number(r.delivered_total),
    per_delivered: Number(r.per_delivered),
    per_billed: Number(r.per_billed),
    credit_status: (r.credit_status as string | null) ?? null,
    late: status === 'approved' && Number(r.per_delivered) < 10000 && delivery !== null && delivery < today,
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

const userRef = (id: unknown, name: unknown) =>
  id == null ? null : { id: Number(id), name: String(name ?? '') };

export async function orderDetail(ctx: ServiceContext, id: number): Promise<OrderDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${ROW_SELECT}, o.contact_id, ct.name AS contact_name, o.quotation_id, o.customer_type, o.credit_days,
       o.delivery_address, o.receiver, o.receiver_phone, o.customer_po, o.notes, o.amount, o.tax, o.needs_approval,
       o.approval_reason, o.credit_reason, o.credit_snapshot, o.released_by, rb.name AS released_by_name, o.released_at,
       o.release_reason, o.reject_reason, o.approved_by, ab.name AS approved_by_name, o.approved_at, o.close_reason, o.void_reason
     FROM ${ROW_FROM} LEFT JOIN contacts ct ON ct.id = o.contact_id LEFT JOIN users rb ON rb.id = o.released_by
       LEFT JOIN users ab ON ab.id = o.approved_by
     WHERE o.id = ?`,
    [id],
  );
  if (!r) throw notFound('订单', 'Order');
  const lines = await ctx.db.all<Raw>(
    `SELECT l.*, p.code AS product_code FROM sales_order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no`,
    [id],
  );
  let snapshot: CreditCheck | null = null;
  if (r.credit_snapshot) {
    const parsed = creditCheckSchema.safeParse(JSON.parse(String(r.credit_snapshot)));
    snapshot = parsed.success ? parsed.data : null;
  }
  return {
    ...toRow(r, ctx.today()),
    contact_id: r.contact_id == null ? null : Number(r.contact_id),
    contact_name: (r.contact_name as string | null) ?? null,
    quotation_id: r.quotation_id == null ? null : Number(r.quotation_id),
    customer_type: r.customer_type === 'account' ? 'account' : 'cash',
    credit_days: Number(r.credit_days),
    delivery_address: (r.delivery_address as string | null) ?? null,
    receiver: (r.receiver as string | null) ?? null,
    receiver_phone: (r.receiver_phone as string | null) ?? null,
    customer_po: (r.customer_po as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    amount: Number(r.amount),
    tax: Number(r.tax),
    needs_approval: toBool(r.needs_approval),
    approval_reason: (r.approval_reason as string | null) ?? null,
    credit_reason: (r.credit_reason as string | null) ?? null,
    credit_snapshot: snapshot,
    released_by: userRef(r.released_by, r.released_by_name),
    released_at: (r.released_at as string | null) ?? null,
    release_reason: (r.release_reason as string | null) ?? null,
    reject_reason: (r.reject_reason as string | null) ?? null,
    approved_by: userRef(r.approved_by, r.approved_by_name),
    approved_at: (r.approved_at as string | null) ?? null,
    close_reason: (r.close_reason as string | null) ?? null,
    void_reason: (r.void_reason as string | null) ?? null,
    lines: lines.map((l) => ({
      id: Number(l.id),
      line_no: Number(l.line_no),
      product_id: Number(l.product_id),
      product_code: String(l.product_code),
      name: String(l.name),
      spec: (l.spec as string | null) ?? null,
      unit: String(l.unit),
      qty: Number(l.qty),
      unit_price: Number(l.unit_price),
      discount_bp: Number(l.discount_bp),
      tax_rate: Number(l.tax_rate),
      amount: Number(l.amount),
      tax: Number(l.tax),
      total: Number(l.total),
      floor_price: Number(l.floor_price),
      notes: (l.notes as string | null) ?? null,
      delivered_qty: Number(l.delivered_qty),
      invoiced_qty: Number(l.invoiced_qty),
      reserved_qty: Number(l.reserved_qty),
      delivered_total: Number(l.delivered_total),
      quotation_line_id: l.quotation_line_id == null ? null : Number(l.quotation_line_id),
    })),
    trail: await orderTrail(ctx.db, id, r.quotation_id == null ? null : Number(r.quotation_id)),
  };
}

/** Trail providers: the invoicing module adds invoices and receipts. */
type TrailProvider = (db: Db, orderId: number) => Promise<OrderDetail['trail']>;
const trailProviders: TrailProvider[] = [];
export function addOrderTrailProvider(p: TrailProvider): void {
  trailProviders.push(p);
}

async function orderTrail(
  db: Db,
  orderId: number,
  quotationId: number | null,
): Promise<OrderDetail['trail']> {
  const out: OrderDetail['trail'] = [];
  if (quotationId) {
    const q = await db.get<Raw>('SELECT id, number, status, quote_date, total FROM quotations WHERE id = ?', [
      quotationId,
    ]);
    if (q) {
      out.push({
        kind: 'quotation',
        id: Number(q.id),
        number: (q.number as string) ?? null,
        status: String(q.status),
        date: String(q.quote_date),
        total: Number(q.total),
      });
    }
  }
  const o = await db.get<Raw>('SELECT id, number, status, order_date, total FROM sales_orders WHERE id = ?', [
    orderId,
  ]);
  if (o)
    out.push({
      kind: 'order',
      id: Number(o.id),
      number: (o.number as string) ?? null,
      status: String(o.status),
      date: String(o.order_date),
      total: Number(o.total),
    });
  const ships = await db.all<Raw>(
    `SELECT s.id, s.number, s.status, s.ship_date, SUM(sl.total) AS total FROM shipments s
       JOIN shipment_lines sl ON sl.shipment_id = s.id WHERE sl.order_id = ? GROUP BY s.id, s.number, s.status, s.ship_date ORDER BY s.id`,
    [orderId],
  );
  for (const s of ships) {
    out.push({
      kind: 'shipment',
      id: Number(s.id),
      number: (s.number as string) ?? null,
      status: String(s.status),
      date: String(s.ship_date),
      total: Number(s.total),
    });
  }
  for (const p of trailProviders) out.push(...(await p(db, orderId)));
  return out;
}

/* ------------------------------------------------------------------ writing */

type OrderInput = {
  customer_id: number;
  contact_id: number | null;
  salesperson_id?: number;
  order_date: string;
  delivery_date: string | null;
  warehouse_id: number;
  delivery_address: string | null;
  receiver: string | null;
  receiver_phone: string | null;
  customer_po: string | null;
  notes: string | null;
  lines: LineInput[];
};

/** Header references: visible active customer, its contact, an active salesperson (default: the owner), an active warehouse. */
export async function checkHeader(
  ctx: ServiceContext,
  input: { customer_id: number; contact_id: number | null; salesperson_id?: number; warehouse_id?: number },
): Promise<{ salespersonId: number; customer: Raw }> {
  const user = ctx.requireUser();
  const c = await ctx.db.get<Raw>(
    'SELECT id, owner_id, active, customer_type, credit_days, address, legal_name FROM customers WHERE id = ?',
    [input.customer_id],
  );
  if (!c || !(await canSeeCustomer(ctx.db, user, input.customer_id))) {
    throw fieldError(['customer_id'], '客户：不存在或无权查看', 'Customer: not found or not visible');
  }
  if (!toBool(c.active))
    throw fieldError(
      ['customer_id'],
      `客户：${MESSAGES.inactive_ref.zh}`,
      `Customer: ${MESSAGES.inactive_ref.en}`,
    );
  if (input.contact_id != null) {
    const ct = await ctx.db.get<Raw>('SELECT customer_id FROM contacts WHERE id = ?', [input.contact_id]);
    if (!ct || Number(ct.customer_id) !== input.customer_id) {
      throw fieldError(
        ['contact_id'],
        `联系人：${MESSAGES.wrong_customer.zh}`,
        `Contact: ${MESSAGES.wrong_customer.en}`,
      );
    }
  }
  const salespersonId = input.salesperson_id ?? Number(c.owner_id);
  const sp = await ctx.db.get<Raw>('SELECT active FROM users WHERE id = ?', [salespersonId]);
  if (!sp || !toBool(sp.active))
    throw fieldError(['salesperson_id'], '业务员：不存在或已停用', 'Salesperson: not found or deactivated');
  if (input.warehouse_id != null) {
    const w = await ctx.db.get<Raw>('SELECT active FROM warehouses WHERE id = ?', [input.warehouse_id]);
    if (!w || !toBool(w.active))
      throw fieldError(['warehouse_id'], '仓库：不存在或已停用', 'Warehouse: not found or deactivated');
  }
  return { salespersonId, customer: c };
}

async function writeLines(
  db: Db,
  orderId: number,
  lines: BuiltLine[],
  quotationLineIds?: (number | null)[],
): Promise<void> {
  await db.run('DELETE FROM sales_order_lines WHERE order_id = ?', [orderId]);
  for (const [i, l] of lines.entries()) {
    await db.insert('sales_order_lines', {
      order_id: orderId,
      line_no: l.line_no,
      product_id: l.product_id,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      qty: l.qty,
      unit_price: l.unit_price,
      discount_bp: l.discount_bp,
      tax_rate: l.tax_rate,
      amount: l.amount,
      tax: l.tax,
      total: l.total,
      floor_price: l.floor_price,
      delivered_qty: 0,
      delivered_total: 0,
      invoiced_qty: 0,
      invoiced_total: 0,
      reserved_qty: 0,
      quotation_line_id: quotationLineIds?.[i] ?? null,
      notes: l.notes,
    });
  }
}

export async function createOrderDraft(
  ctx: ServiceContext,
  input: OrderInput,
  extra: { quotation_id?: number; quotation_line_ids?: (number | null)[] } = {},
): Promise<number> {
  const user = ctx.requireUser();
  const { salespersonId, customer } = await checkHeader(ctx, input);
  const { lines, totals } = await buildLines(ctx.db, input.lines);
  const reasons = approvalReasons(lines, await loadRules(ctx.db));
  const now = ctx.nowIso();
  const id = await ctx.db.insert('sales_orders', {
    number: null,
    status: 'draft',
    customer_id: input.customer_id,
    contact_id: input.contact_id,
    salesperson_id: salespersonId,
    quotation_id: extra.quotation_id ?? null,
    order_date: input.order_date,
    delivery_date: input.delivery_date,
    warehouse_id: input.warehouse_id,
    customer_type: String(customer.customer_type),
    credit_days: Number(customer.credit_days),
    delivery_address: input.delivery_address ?? (customer.address as string | null) ?? null,
    receiver: input.receiver,
    receiver_phone: input.receiver_phone,
    customer_po: input.customer_po,
    notes: input.notes,
    ...totals,
    delivered_total: 0,
    invoiced_total: 0,
    per_delivered: 0,
    per_billed: 0,
    needs_approval: reasons.length > 0,
    approval_reason: reasons.length ? reasons.join('；').slice(0, 500) : null,
    created_by: user.id,
    updated_by: user.id,
    created_at: now,
    updated_at: now,
    version: 0,
  });
  await writeLines(ctx.db, id, lines, extra.quotation_line_ids);
  return id;
}

async function lockOrder(ctx: ServiceContext, id: number, version?: number): Promise<Raw> {
  await requireOrderVisible(ctx, id);
  await lockRow(ctx.db, 'sales_orders', id);
  const o = await ctx.db.get<Raw>('SELECT * FROM sales_orders WHERE id = ?', [id]);
  if (!o) throw notFound('订单', 'Order');
  if (version !== undefined && Number(o.version) !== version) throw versionConflict();
  return o;
}

async function setStatus(
  ctx: ServiceContext,
  id: number,
  status: OrderStatus,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const cols = { status, ...extra };
  await ctx.db.run(
    `UPDATE sales_orders SET ${Object.keys(cols)
      .map((k) => `${k} = ?`)
      .join(', ')}, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
    [...Object.values(cols), ctx.requireUser().id, ctx.nowIso(), id],
  );
}

/**
 * Approval with the credit check, under lock: the customer's balance row is locked, the rules applied to
 * the exposure including this order; hold → the order waits for finance (no number, nothing reserved);
 * pass / warn → numbered, stock reserved, open-orders balance raised, last prices remembered.
 */
async function approveWithCredit(ctx: ServiceContext, o: Raw): Promise<CreditCheck> {
  const rules = await loadRules(ctx.db);
  const customerId = Number(o.customer_id);
  const b = await loadBreakdown(ctx.db, customerId, {
    today: ctx.today(),
    nowIso: ctx.nowIso(),
    thisDocument: Number(o.total),
    lock: true,
  });
  const check = evaluate('order', b, rules, { documentTotal: Number(o.total) });
  const snapshot = JSON.stringify(check);
  const reasonText =
    check.reasons
      .map((r) => r.message_zh)
      .join('；')
      .slice(0, 500) || null;
  if (check.outcome === 'hold') {
    await setStatus(ctx, Number(o.id), 'hold', {
      credit_status: 'hold',
      credit_reason: reasonText,
      credit_snapshot: snapshot,
      credit_checked_at: ctx.nowIso(),
    });
    ctx.audit(Number(o.id), `订单信用冻结（草稿 #${String(o.id)}）：${reasonText ?? ''}`);
    return check;
  }
  await finalizeApproval(ctx, o, {
    credit_status: check.outcome,
    credit_reason: reasonText,
    credit_snapshot: snapshot,
    credit_checked_at: ctx.nowIso(),
  });
  return check;
}

async function finalizeApproval(
  ctx: ServiceContext,
  o: Raw,
  extra: Record<string, unknown>,
): Promise<string> {
  const id = Number(o.id);
  const lines = await ctx.db.all<Raw>(
    'SELECT id, product_id, qty, unit_price, discount_bp FROM sales_order_lines WHERE order_id = ? ORDER BY id',
    [id],
  );
  const warehouseId = Number(o.warehouse_id);
  const now = ctx.nowIso();
  await lockStock(
    ctx.db,
    lines.map((l) => ({ product_id: Number(l.product_id), warehouse_id: warehouseId })),
    now,
  );
  // Reservations, the lines' reserved quantities and the customer's last prices: one statement each,
  // not one per line.
  const reserve = new Map<number, number>();
  for (const l of lines)
    reserve.set(Number(l.product_id), (reserve.get(Number(l.product_id)) ?? 0) + Number(l.qty));
  await reserveStock(ctx.db, warehouseId, reserve, now);
  await ctx.db.run('UPDATE sales_order_lines SET reserved_qty = qty WHERE order_id = ?', [id]);
  // one row per product: the last line of a product wins, as it did with one upsert per line
  const prices = [...new Map(lines.map((l) => [Number(l.product_id), l])).values()];
  if (prices.length)
    await ctx.db.run(
      `INSERT INTO customer_prices (customer_id, product_id, unit_price, discount_bp, order_id, order_date)
     VALUES ${prices.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
     ON CONFLICT (customer_id, product_id) DO UPDATE SET unit_price = excluded.unit_price, discount_bp = excluded.discount_bp,
       order_id = excluded.order_id, order_date = excluded.order_date
     WHERE excluded.order_date >= customer_prices.order_date`,
      prices.flatMap((l) => [
        Number(o.customer_id),
        Number(l.product_id),
        Number(l.unit_price),
        Number(l.discount_bp),
        id,
        String(o.order_date),
      ]),
    );
  await adjustBalance(ctx.db, Number(o.customer_id), { open_orders: Number(o.total) }, now);
  // The number last: its series row stays locked until commit, and every approval of the year needs it.
  const number = formatNumber(
    'SO',
    yearOf(String(o.order_date)),
    await nextNumber(ctx.db, 'SO', yearOf(String(o.order_date))),
  );
  await setStatus(ctx, id, 'approved', {
    number,
    approved_by: ctx.requireUser().id,
    approved_at: now,
    ...extra,
  });
  ctx.audit(
    id,
    `订单审核 ${number}（${String(o.total)} 分）${extra.credit_status === 'warn' ? '，信用预警' : ''}${extra.credit_status === 'released' ? '，信用放行' : ''}`,
  );
  return number;
}

/** Releases what an approved order still holds: reservations and the undelivered part of open orders. */
async function releaseRemainder(ctx: ServiceContext, o: Raw): Promise<void> {
  const lines = await ctx.db.all<Raw>(
    'SELECT id, product_id, reserved_qty, total, delivered_total FROM sales_order_lines WHERE order_id = ? ORDER BY id',
    [Number(o.id)],
  );
  const warehouseId = Number(o.warehouse_id);
  const now = ctx.nowIso();
  await lockStock(
    ctx.db,
    lines
      .filter((l) => Number(l.reserved_qty) > 0)
      .map((l) => ({ product_id: Number(l.product_id), warehouse_id: warehouseId })),
    now,
  );
  let open = 0;
  for (const l of lines) {
    const reserved = Number(l.reserved_qty);
    if (reserved > 0) {
      await changeStock(ctx.db, Number(l.product_id), warehouseId, { reserved: -reserved }, now);
      await ctx.db.run('UPDATE sales_order_lines SET reserved_qty = 0 WHERE id = ?', [Number(l.id)]);
    }
    open += Number(l.total) - Number(l.delivered_total);
  }
  if (open !== 0) await adjustBalance(ctx.db, Number(o.customer_id), { open_orders: -open }, now);
}

/**
 * An order that will never be fulfilled gives its quantities back to the quotation it came from
 * (a quotation closed automatically by full conversion opens again).
 */
async function returnToQuotation(ctx: ServiceContext, orderId: number): Promise<void> {
  const lines = await ctx.db.all<Raw>(
    'SELECT quotation_line_id, qty FROM sales_order_lines WHERE order_id = ? AND quotation_line_id IS NOT NULL',
    [orderId],
  );
  if (lines.length === 0) return;
  for (const l of lines) {
    await ctx.db.run('UPDATE quotation_lines SET converted_qty = converted_qty - ? WHERE id = ?', [
      Number(l.qty),
      Number(l.quotation_line_id),
    ]);
  }
  await ctx.db.run(
    `UPDATE quotations SET status = 'approved', updated_at = ?, version = version + 1
     WHERE id = (SELECT quotation_id FROM sales_orders WHERE id = ?) AND status = 'closed' AND void_reason IS NULL`,
    [ctx.nowIso(), orderId],
  );
}

/* ------------------------------------------------------------------ handlers */

export const orderHandlers: HandlersFor<'orders.' | 'credit.preview'> = {
  async 'orders.list'(ctx, q: z.output<typeof orderListQuery>) {
    const user = ctx.requireUser();
    const base = { clauses: [] as string[], params: [] as unknown[] };
    const scope = await orderScope(ctx.db, user);
    if (scope) {
      base.clauses.push(scope.clause);
      base.params.push(...scope.params);
    }
    const today = ctx.today();
    switch (q.view) {
      case 'open':
        base.clauses.push("o.status = 'approved' AND o.per_delivered < 10000");
        break;
      case 'late':
        base.clauses.push("o.status = 'approved' AND o.per_delivered < 10000 AND o.delivery_date < ?");
        base.params.push(today);
        break;
      case 'held':
        base.clauses.push("o.status = 'hold'");
        break;
      case 'awaiting_approval':
        base.clauses.push("o.status = 'submitted'");
        break;
      case 'drafts':
        base.clauses.push("o.status = 'draft'");
        break;
      default:
        break;
    }
    if (q.status?.length) {
      base.clauses.push(`o.status IN (${placeholders(q.status.length)})`);
      base.params.push(...q.status);
    }
    if (q.customer_id) {
      base.clauses.push('o.customer_id = ?');
      base.params.push(q.customer_id);
    }
    if (q.salesperson_id) {
      base.clauses.push('o.salesperson_id = ?');
      base.params.push(q.salesperson_id);
    }
    if (q.region_id) {
      base.clauses.push('c.region_id = ?');
      base.params.push(q.region_id);
    }
    if (q.product_id) {
      // IN, not a correlated EXISTS: the product's lines by their index, not every order's lines
      base.clauses.push('o.id IN (SELECT pl.order_id FROM sales_order_lines pl WHERE pl.product_id = ?)');
      base.params.push(q.product_id);
    }
    const r = await runList<Raw>(ctx.db, orderListSpec, q, base);
    return { rows: r.rows.map((x) => toRow(x, today)), total: r.total };
  },

  async 'orders.get'(ctx, { id }) {
    await requireOrderVisible(ctx, id);
    return orderDetail(ctx, id);
  },

  async 'orders.create'(ctx, input) {
    const id = await createOrderDraft(ctx, input);
    const d = await orderDetail(ctx, id);
    ctx.audit(id, `新建订单草稿 #${id}：${d.customer_name}，¥${d.total / 100}`);
    return d;
  },

  async 'orders.update'(ctx, input) {
    const o = await lockOrder(ctx, input.id, input.version);
    guard(ORDER_MACHINE, String(o.status), 'edit', DOC);
    const user = ctx.requireUser();
    const { salespersonId, customer } = await checkHeader(ctx, input);
    const { lines, totals } = await buildLines(ctx.db, input.lines);
    const reasons = approvalReasons(lines, await loadRules(ctx.db));
    await ctx.db.run(
      `UPDATE sales_orders SET customer_id = ?, contact_id = ?, salesperson_id = ?, order_date = ?, delivery_date = ?, warehouse_id = ?,
         customer_type = ?, credit_days = ?, delivery_address = ?, receiver = ?, receiver_phone = ?, customer_po = ?, notes = ?,
         amount = ?, tax = ?, total = ?, needs_approval = ?, approval_reason = ?, reject_reason = NULL,
         updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        input.customer_id,
        input.contact_id,
        salespersonId,
        input.order_date,
        input.delivery_date,
        input.warehouse_id,
        String(customer.customer_type),
        Number(customer.credit_days),
        input.delivery_address,
        input.receiver,
        input.receiver_phone,
        input.customer_po,
        input.notes,
        totals.amount,
        totals.tax,
        totals.total,
        reasons.length > 0,
        reasons.length ? reasons.join('；').slice(0, 500) : null,
        user.id,
        ctx.nowIso(),
        input.id,
      ],
    );
    const keepQuotationLinks = await ctx.db.all<Raw>(
      'SELECT line_no, quotation_line_id FROM sales_order_lines WHERE order_id = ? ORDER BY line_no',
      [input.id],
    );
    await writeLines(
      ctx.db,
      input.id,
      lines,
      lines.map((_, i) => (keepQuotationLinks[i]?.quotation_line_id as number | null) ?? null),
    );
    ctx.audit(input.id, `修改订单草稿 #${input.id}`);
    return orderDetail(ctx, input.id);
  },

  async 'orders.delete'(ctx, { id, version }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'delete', DOC);
    await returnToQuotation(ctx, id);
    await ctx.db.run('DELETE FROM sales_order_lines WHERE order_id = ?', [id]);
    await ctx.db.run('DELETE FROM sales_orders WHERE id = ?', [id]);
    ctx.audit(id, `删除订单草稿 #${id}`);
    return { ok: true as const };
  },

  async 'orders.copy'(ctx, { id }) {
    const src = await (async () => {
      await requireOrderVisible(ctx, id);
      return orderDetail(ctx, id);
    })();
    const newId = await createOrderDraft(ctx, {
      customer_id: src.customer_id,
      contact_id: src.contact_id,
      salesperson_id: src.salesperson_id,
      order_date: ctx.today(),
      delivery_date: null,
      warehouse_id: src.warehouse_id,
      delivery_address: src.delivery_address,
      receiver: src.receiver,
      receiver_phone: src.receiver_phone,
      customer_po: null,
      notes: src.notes,
      lines: src.lines.map((l) => ({
        product_id: l.product_id,
        qty: l.qty,
        unit_price: l.unit_price,
        discount_bp: l.discount_bp,
        tax_rate: l.tax_rate,
        notes: l.notes,
      })),
    });
    ctx.audit(newId, `复制订单 ${src.number ?? `#${src.id}`} → 草稿 #${newId}`);
    return orderDetail(ctx, newId);
  },

  async 'orders.submit'(ctx, { id, version }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'submitForApproval', DOC);
    // Re-check the references and recompute against today's rules (prices may have changed since saving).
    await checkHeader(ctx, {
      customer_id: Number(o.customer_id),
      contact_id: (o.contact_id as number | null) ?? null,
      salesperson_id: Number(o.salesperson_id),
      warehouse_id: Number(o.warehouse_id),
    });
    const lines = await ctx.db.all<Raw>(
      'SELECT product_id, qty, unit_price, discount_bp, tax_rate, notes FROM sales_order_lines WHERE order_id = ? ORDER BY line_no',
      [id],
    );
    const built = await buildLines(
      ctx.db,
      lines.map((l) => ({
        product_id: Number(l.product_id),
        qty: Number(l.qty),
        unit_price: Number(l.unit_price),
        discount_bp: Number(l.discount_bp),
        tax_rate: Number(l.tax_rate),
        notes: (l.notes as string | null) ?? null,
      })),
    );
    const reasons = approvalReasons(built.lines, await loadRules(ctx.db));
    const user = ctx.requireUser();
    if (reasons.length > 0 && !user.permissions.has('sales.approve')) {
      await setStatus(ctx, id, 'submitted', {
        needs_approval: true,
        approval_reason: reasons.join('；').slice(0, 500),
        submitted_at: ctx.nowIso(),
      });
      ctx.audit(id, `订单提交审批 #${id}：${reasons.join('；')}`);
      return { order: await orderDetail(ctx, id), credit: null };
    }
    const check = await approveWithCredit(ctx, { ...o, status: 'draft' });
    return { order: await orderDetail(ctx, id), credit: check };
  },

  async 'orders.approve'(ctx, { id, version }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'approve', DOC);
    const check = await approveWithCredit(ctx, o);
    return { order: await orderDetail(ctx, id), credit: check };
  },

  async 'orders.reject'(ctx, { id, version, reason }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'reject', DOC);
    await setStatus(ctx, id, 'draft', { reject_reason: reason });
    ctx.audit(id, `订单审批驳回 #${id}：${reason}`);
    return { order: await orderDetail(ctx, id), credit: null };
  },

  async 'orders.release'(ctx, { id, version, reason, temp_limit }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'release', DOC);
    const user = ctx.requireUser();
    const now = ctx.nowIso();
    // Lock the balance row like an approval does, so concurrent checks see this order's exposure.
    await loadBreakdown(ctx.db, Number(o.customer_id), { today: ctx.today(), nowIso: now, lock: true });
    if (temp_limit) {
      if (temp_limit.until < ctx.today())
        throw fieldError(
          ['temp_limit', 'until'],
          '临时额度有效期不能早于今天',
          'The temporary limit cannot end before today',
        );
      await ctx.db.insert('credit_overrides', {
        customer_id: Number(o.customer_id),
        extra_limit: temp_limit.extra,
        valid_until: temp_limit.until,
        reason,
        order_id: id,
        created_by: user.id,
        created_at: now,
      });
    }
    const number = await finalizeApproval(ctx, o, {
      credit_status: 'released',
      released_by: user.id,
      released_at: now,
      release_reason: reason,
    });
    ctx.audit(
      id,
      `信用放行 ${number}：${reason}${temp_limit ? `；临时额度 +${temp_limit.extra} 分至 ${temp_limit.until}` : ''}`,
    );
    return { order: await orderDetail(ctx, id), credit: null };
  },

  async 'orders.creditReject'(ctx, { id, version, reason }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'creditReject', DOC);
    await setStatus(ctx, id, 'rejected', { credit_status: 'rejected', reject_reason: reason });
    await returnToQuotation(ctx, id);
    ctx.audit(id, `信用拒绝 #${id}：${reason}`);
    return { order: await orderDetail(ctx, id), credit: null };
  },

  async 'orders.close'(ctx, { id, version, reason }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'close', DOC);
    await releaseRemainder(ctx, o);
    await setStatus(ctx, id, 'closed', { closed_at: ctx.nowIso(), close_reason: reason });
    ctx.audit(id, `订单结案 ${String(o.number)}：${reason}`);
    return { order: await orderDetail(ctx, id), credit: null };
  },

  async 'orders.void'(ctx, { id, version, reason }) {
    const o = await lockOrder(ctx, id, version);
    guard(ORDER_MACHINE, String(o.status), 'void', DOC);
    if (o.status === 'approved') {
      const shipped = await ctx.db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id WHERE sl.order_id = ? AND s.status <> 'void'",
        [id],
      );
      if (Number(shipped?.n ?? 0) > 0) {
        throw AppError.of('BUSINESS_RULE', 'has_downstream', { what: '发货单 / shipments' });
      }
      await releaseRemainder(ctx, o);
    }
    await setStatus(ctx, id, 'void', { void_reason: reason });
    await returnToQuotation(ctx, id);
    ctx.audit(id, `订单作废 ${String(o.number ?? `#${id}`)}：${reason}`);
    return { order: await orderDetail(ctx, id), credit: null };
  },

  async 'orders.prices'(ctx, { customer_id, product_ids }) {
    const rows = await ctx.db.all<Raw>(
      `SELECT p.id, p.code, p.name, p.spec, p.unit, p.list_price, p.floor_price, p.tax_rate,
         cp.unit_price AS last_price, cp.discount_bp AS last_discount_bp, cp.order_date AS last_date
       FROM products p LEFT JOIN customer_prices cp ON cp.product_id = p.id AND cp.customer_id = ?
       WHERE p.id IN (${placeholders(product_ids.length)})`,
      [customer_id, ...product_ids],
    );
    return rows.map((r) => ({
      product_id: Number(r.id),
      code: String(r.code),
      name: String(r.name),
      spec: (r.spec as string | null) ?? null,
      unit: String(r.unit),
      list_price: Number(r.list_price),
      floor_price: Number(r.floor_price),
      tax_rate: Number(r.tax_rate),
      last_price: r.last_price == null ? null : Number(r.last_price),
      last_discount_bp: r.last_discount_bp == null ? null : Number(r.last_discount_bp),
      last_date: (r.last_date as string | null) ?? null,
    }));
  },

  async 'credit.preview'(ctx, { customer_id, amount, exclude_order_id, stage }) {
    const user = ctx.requireUser();
    if (!(await canSeeCustomer(ctx.db, user, customer_id))) throw notFound('客户', 'Customer');
    let thisDoc = amount;
    // An approved order being edited is already in open orders; do not count it twice.
    if (exclude_order_id) {
      const o = await ctx.db.get<Raw>(
        'SELECT status, total, delivered_total FROM sales_orders WHERE id = ? AND customer_id = ?',
        [exclude_order_id, customer_id],
      );
      if (o && o.status === 'approved') thisDoc -= Number(o.total) - Number(o.delivered_total);
    }
    const b = await loadBreakdown(ctx.db, customer_id, {
      today: ctx.today(),
      nowIso: ctx.nowIso(),
      thisDocument: thisDoc,
    });
    return evaluate(stage, b, await loadRules(ctx.db), { documentTotal: amount });
  },
};
