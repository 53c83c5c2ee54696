import type { Db } from '../../db/database';
import type { HandlersFor, ServiceContext } from '../../rpc/context';
import { AppError, notFound, versionConflict } from '../../rpc/errors';
import type {
  CreditCheck,
  ShipmentDetail,
  ShipmentRow,
  ShipQueueRow,
  STOCK_KINDS,
  StockRow,
} from '../../../../shared/contract/sales';
import { SHIPMENT_MACHINE, type ShipmentStatus } from '../../../../shared/status';
import { formatQty, partialFigures, sumFigures } from '../../../../shared/pricing';
import { fill, message, MESSAGES } from '../../../../shared/messages';
import { lockRow, placeholders, runList, type ListSpec } from '../common/list';
import { formatNumber, nextNumber } from '../common/numbering';
import { toBool } from '../common/text';
import { canSeeCustomer } from '../customers';
import { adjustBalance, creditError, evaluate, loadBreakdown, loadRules } from './credit';
import { changeStock, fieldError, guard, lockStock, recordMove, yearOf } from './common';

type Raw = Record<string, unknown>;
const DOC = { zh: '发货单', en: 'shipment' };

/* ------------------------------------------------------------------ after-shipment hooks */

/** Called inside the approving transaction (after-sales scheduling, …). */
type ShipmentHook = (
  ctx: ServiceContext,
  shipment: { id: number; customer_id: number; ship_date: string; number: string },
) => Promise<void>;
const approvedHooks: ShipmentHook[] = [];
export function onShipmentApproved(h: ShipmentHook): void {
  approvedHooks.push(h);
}

/* ------------------------------------------------------------------ reading */

const ROW_SELECT = `s.id, s.number, s.status, s.customer_id, c.legal_name AS customer_name, s.warehouse_id, w.name AS warehouse_name,
  s.ship_date, s.carrier, s.waybill_no, s.total, s.updated_at, s.version`;
const ROW_FROM =
  'shipments s JOIN customers c ON c.id = s.customer_id JOIN warehouses w ON w.id = s.warehouse_id';

const spec: ListSpec = {
  from: ROW_FROM,
  select: ROW_SELECT,
  fields: {
    number: { sql: 's.number', type: 'text' },
    status: { sql: 's.status', type: 'enum' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    warehouse_name: { sql: 'w.name', type: 'text' },
    ship_date: { sql: 's.ship_date', type: 'date' },
    carrier: { sql: 's.carrier', type: 'text' },
    waybill_no: { sql: 's.waybill_no', type: 'text' },
    total: { sql: 's.total', type: 'number' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  search: ['s.number', 'c.legal_name', 'c.py', 's.waybill_no'],
  defaultSort: { field: 'ship_date', dir: 'desc' },
  tiebreak: 's.id DESC',
};

async function ordersOf(db: Db, shipmentIds: number[]): Promise<Map<number, string>> {
  if (shipmentIds.length === 0) return new Map();
  const rows = await db.all<Raw>(
    `SELECT DISTINCT sl.shipment_id, o.number, o.id FROM shipment_lines sl JOIN sales_orders o ON o.id = sl.order_id
     WHERE sl.shipment_id IN (${placeholders(shipmentIds.length)}) ORDER BY o.id`,
    shipmentIds,
  );
  const out = new Map<number, string>();
  for (const r of rows) {
    const k = Number(r.shipment_id);
    const n = (r.number as string | null) ?? `#${String(r.id)}`;
    out.set(k, out.has(k) ? `${out.get(k)!}, ${n}` : n);
  }
  return out;
}

function toRow(r: Raw, orders: Map<number, string>): ShipmentRow {
  return {
    id: Number(r.id),
    number: (r.number as string | null) ?? null,
    status: r.status as ShipmentStatus,
    customer_id: Number(r.customer_id),
    customer_name: String(r.customer_name),
    warehouse_id: Number(r.warehouse_id),
    warehouse_name: String(r.warehouse_name),
    ship_date: String(r.ship_date),
    carrier: (r.carrier as string | null) ?? null,
    waybill_no: (r.waybill_no as string | null) ?? null,
    total: Number(r.total),
    orders: orders.get(Number(r.id)) ?? '',
    updated_at: String(r.updated_at),
    version: Number(r.version),
  };
}

export async function shipmentDetail(
  ctx: ServiceContext,
  id: number,
  credit: CreditCheck | null = null,
): Promise<ShipmentDetail> {
  const r = await ctx.db.get<Raw>(
    `SELECT ${ROW_SELECT}, s.vehicle_no, s.receiver, s.receiver_phone, s.delivery_address, s.collect_on_delivery, s.notes, s.amount, s.tax,
       s.approved_by, ab.name AS approved_by_name, s.approved_at, s.void_reason
     FROM ${ROW_FROM} LEFT JOIN users ab ON ab.id = s.approved_by WHERE s.id = ?`,
    [id],
  );
  if (!r) throw notFound('发货单', 'Shipment');
  const lines = await ctx.db.all<Raw>(
    `SELECT sl.*, o.number AS order_number, ol.name, ol.spec, ol.unit, p.code AS product_code
     FROM shipment_lines sl JOIN sales_orders o ON o.id = sl.order_id JOIN sales_order_lines ol ON ol.id = sl.order_line_id
     JOIN products p ON p.id = sl.product_id WHERE sl.shipment_id = ? ORDER BY sl.line_no`,
    [id],
  );
  return {
    ...toRow(r, await ordersOf(ctx.db, [id])),
    vehicle_no: (r.vehicle_no as string | null) ?? null,
    receiver: (r.receiver as string | null) ?? null,
    receiver_phone: (r.receiver_phone as string | null) ?? null,
    delivery_address: (r.delivery_address as string | null) ?? null,
    collect_on_delivery: toBool(r.collect_on_delivery),
    notes: (r.notes as string | null) ?? null,
    amount: Number(r.amount),
    tax: Number(r.tax),
    approved_by:
      r.approved_by == null ? null : { id: Number(r.approved_by), name: String(r.approved_by_name) },
    approved_at: (r.approved_at as string | null) ?? null,
    void_reason: (r.void_reason as string | null) ?? null,
    lines: lines.map((l) => ({
      id: Number(l.id),
      line_no: Number(l.line_no),
      order_id: Number(l.order_id),
      order_number: (l.order_number as string | null) ?? null,
      order_line_id: Number(l.order_line_id),
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
      invoiced_qty: Number(l.invoiced_qty),
      returned_qty: Number(l.returned_qty),
    })),
    credit,
  };
}

async function requireVisible(ctx: ServiceContext, customerId: number): Promise<void> {
  if (!(await canSeeCustomer(ctx.db, ctx.requireUser(), customerId))) throw notFound('发货单', 'Shipment');
}

/* ------------------------------------------------------------------ draft lines */

interface ShipLineInput {
  order_line_id: number;
  qty: number;
}

/**
 * Validates the picked order lines: one customer, approved (not held, not closed) orders shipping from this
 * warehouse, quantities within what is left. Returns the order lines (locked when `lock`).
 */
async function checkLines(
  ctx: ServiceContext,
  customerId: number,
  warehouseId: number,
  lines: ShipLineInput[],
  lock: boolean,
): Promise<Raw[]> {
  const ids = [...new Set(lines.map((l) => l.order_line_id))].sort((a, b) => a - b);
  const rows: Raw[] = [];
  for (const lineId of ids) {
    if (lock) await lockRow(ctx.db, 'sales_order_lines', lineId);
    const r = await ctx.db.get<Raw>(
      `SELECT ol.*, o.status AS order_status, o.customer_id, o.warehouse_id, o.number AS order_number, o.credit_status, w.name AS warehouse_name
       FROM sales_order_lines ol JOIN sales_orders o ON o.id = ol.order_id JOIN warehouses w ON w.id = o.warehouse_id WHERE ol.id = ?`,
      [lineId],
    );
    if (r) rows.push(r);
  }
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const totals = new Map<number, number>();
  lines.forEach((l, i) => {
    const r = byId.get(l.order_line_id);
    const path = ['lines', i, 'order_line_id'];
    if (!r) throw fieldError(path, `第 ${i + 1} 行 · 订单明细不存在`, `row ${i + 1} · order line not found`);
    const orderNo = String(r.order_number ?? `#${String(r.order_id)}`);
    if (Number(r.customer_id) !== customerId)
      throw fieldError(path, MESSAGES.mixed_customers.zh, MESSAGES.mixed_customers.en);
    if (r.order_status !== 'approved') {
      throw fieldError(
        path,
        fill(MESSAGES.order_not_shippable.zh, { order: orderNo }),
        fill(MESSAGES.order_not_shippable.en, { order: orderNo }),
      );
    }
    if (Number(r.warehouse_id) !== warehouseId) {
      const p = { order: orderNo, warehouse: String(r.warehouse_name) };
      throw fieldError(
        ['warehouse_id'],
        fill(MESSAGES.warehouse_mismatch.zh, p),
        fill(MESSAGES.warehouse_mismatch.en, p),
      );
    }
    const sum = (totals.get(l.order_line_id) ?? 0) + l.qty;
    totals.set(l.order_line_id, sum);
    const remaining = Number(r.qty) - Number(r.delivered_qty);
    if (sum > remaining) {
      const p = { remaining: formatQty(remaining) };
      throw fieldError(
        ['lines', i, 'qty'],
        `第 ${i + 1} 行 · 数量：${fill(MESSAGES.exceeds_remaining.zh, p)}`,
        `row ${i + 1} · quantity: ${fill(MESSAGES.exceeds_remaining.en, p)}`,
      );
    }
  });
  return rows;
}

async function writeDraftLines(
  ctx: ServiceContext,
  shipmentId: number,
  lines: ShipLineInput[],
  orderLines: Raw[],
): Promise<{ amount: number; tax: number; total: number }> {
  await ctx.db.run('DELETE FROM shipment_lines WHERE shipment_id = ?', [shipmentId]);
  const byId = new Map(orderLines.map((r) => [Number(r.id), r]));
  const figures = [];
  for (const [i, l] of lines.entries()) {
    const ol = byId.get(l.order_line_id)!;
    // Draft figures; recomputed at approval against what has been delivered by then.
    const f = partialFigures(
      {
        qty: Number(ol.qty),
        unit_price: Number(ol.unit_price),
        discount_bp: Number(ol.discount_bp),
        tax_rate: Number(ol.tax_rate),
        total: Number(ol.total),
      },
      Number(ol.delivered_qty),
      Number(ol.delivered_total),
      l.qty,
    );
    figures.push(f);
    await ctx.db.insert('shipment_lines', {
      shipment_id: shipmentId,
      line_no: i + 1,
      order_id: Number(ol.order_id),
      order_line_id: l.order_line_id,
      product_id: Number(ol.product_id),
      qty: l.qty,
      unit_price: Number(ol.unit_price),
      discount_bp: Number(ol.discount_bp),
      tax_rate: Number(ol.tax_rate),
      ...f,
      invoiced_qty: 0,
      invoiced_total: 0,
      returned_qty: 0,
    });
  }
  return sumFigures(figures);
}

async function lockShipment(ctx: ServiceContext, id: number, version?: number): Promise<Raw> {
  await lockRow(ctx.db, 'shipments', id);
  const s = await ctx.db.get<Raw>('SELECT * FROM shipments WHERE id = ?', [id]);
  if (!s) throw notFound('发货单', 'Shipment');
  await requireVisible(ctx, Number(s.customer_id));
  if (version !== undefined && Number(s.version) !== version) throw versionConflict();
  return s;
}

async function recomputeOrderProgress(db: Db, orderId: number, nowIso: string): Promise<void> {
  const r = await db.get<Raw>(
    'SELECT SUM(qty) AS qty, SUM(delivered_qty) AS delivered, SUM(invoiced_qty) AS invoiced, SUM(delivered_total) AS dt, SUM(invoiced_total) AS it FROM sales_order_lines WHERE order_id = ?',
    [orderId],
  );
  const qty = Number(r?.qty ?? 0);
  const perDelivered = qty > 0 ? Math.min(10000, Math.floor((Number(r?.delivered ?? 0) * 10000) / qty)) : 0;
  const perBilled = qty > 0 ? Math.min(10000, Math.floor((Number(r?.invoiced ?? 0) * 10000) / qty)) : 0;
  await db.run(
    'UPDATE sales_orders SET per_delivered = ?, per_billed = ?, delivered_total = ?, invoiced_total = ?, updated_at = ?, version = version + 1 WHERE id = ?',
    [perDelivered, perBilled, Number(r?.dt ?? 0), Number(r?.it ?? 0), nowIso, orderId],
  );
}
export { recomputeOrderProgress };

/* ------------------------------------------------------------------ handlers */

const queueSpec: ListSpec = {
  from: `sales_order_lines ol JOIN sales_orders o ON o.id = ol.order_id JOIN customers c ON c.id = o.customer_id
    JOIN warehouses w ON w.id = o.warehouse_id JOIN products p ON p.id = ol.product_id
    LEFT JOIN stock st ON st.product_id = ol.product_id AND st.warehouse_id = o.warehouse_id`,
  select: `ol.id AS order_line_id, o.id AS order_id, o.number AS order_number, o.customer_id, c.legal_name AS customer_name,
    o.delivery_date, o.order_date, o.warehouse_id, w.name AS warehouse_name, ol.product_id, p.code AS product_code, ol.name, ol.spec,
    ol.unit, ol.qty, ol.delivered_qty, COALESCE(st.on_hand, 0) AS on_hand, o.delivery_address`,
  fields: {
    order_number: { sql: 'o.number', type: 'text' },
    customer_name: { sql: 'c.legal_name', type: 'text' },
    delivery_date: { sql: "COALESCE(o.delivery_date, '9999-12-31')", type: 'date' },
    order_date: { sql: 'o.order_date', type: 'date' },
    warehouse_name: { sql: 'w.name', type: 'text' },
    product_code: { sql: 'p.code', type: 'text' },
    name: { sql: 'ol.name', type: 'text' },
    remaining_qty: { sql: '(ol.qty - ol.delivered_qty)', type: 'number' },
  },
  search: ['o.number', 'c.legal_name', 'c.py', 'p.code', 'ol.name'],
  defaultSort: { field: 'delivery_date', dir: 'asc' },
  tiebreak: 'o.order_date, o.id, ol.line_no',
};

const stockSpec: ListSpec = {
  from: 'stock st JOIN products p ON p.id = st.product_id JOIN warehouses w ON w.id = st.warehouse_id',
  select: `st.product_id, p.code AS product_code, p.name AS product_name, p.spec, p.unit, st.warehouse_id, w.name AS warehouse_name,
    st.on_hand, st.reserved, (st.on_hand - st.reserved) AS available`,
  fields: {
    product_code: { sql: 'p.code', type: 'text' },
    product_name: { sql: 'p.name', type: 'text' },
    spec: { sql: 'p.spec', type: 'text' },
    warehouse_name: { sql: 'w.name', type: 'text' },
    on_hand: { sql: 'st.on_hand', type: 'number' },
    reserved: { sql: 'st.reserved', type: 'number' },
    available: { sql: '(st.on_hand - st.reserved)', type: 'number' },
  },
  search: ['p.code', 'p.name', 'p.py', 'p.spec'],
  defaultSort: { field: 'product_code', dir: 'asc' },
  tiebreak: 'st.product_id, st.warehouse_id',
};

export const shipmentHandlers: HandlersFor<'shipments.' | 'stock.'> = {
  async 'shipments.queue'(ctx, q) {
    const base = {
      // per_delivered < 100 % (maintained with the lines) leaves out the delivered orders before their lines are read
      clauses: ["o.status = 'approved'", 'o.per_delivered < 10000', 'ol.qty > ol.delivered_qty'] as string[],
      params: [] as unknown[],
    };
    if (q.warehouse_id) {
      base.clauses.push('o.warehouse_id = ?');
      base.params.push(q.warehouse_id);
    }
    if (q.customer_id) {
      base.clauses.push('o.customer_id = ?');
      base.params.push(q.customer_id);
    }
    const today = ctx.today();
    const r = await runList<Raw>(ctx.db, queueSpec, q, base);
    return {
      rows: r.rows.map((x): ShipQueueRow => ({
        order_line_id: Number(x.order_line_id),
        order_id: Number(x.order_id),
        order_number: String(x.order_number),
        customer_id: Number(x.customer_id),
        customer_name: String(x.customer_name),
        delivery_date: (x.delivery_date as string | null) ?? null,
        order_date: String(x.order_date),
        warehouse_id: Number(x.warehouse_id),
        warehouse_name: String(x.warehouse_name),
        product_id: Number(x.product_id),
        product_code: String(x.product_code),
        name: String(x.name),
        spec: (x.spec as string | null) ?? null,
        unit: String(x.unit),
        qty: Number(x.qty),
        delivered_qty: Number(x.delivered_qty),
        remaining_qty: Number(x.qty) - Number(x.delivered_qty),
        on_hand: Number(x.on_hand),
        delivery_address: (x.delivery_address as string | null) ?? null,
        late: x.delivery_date != null && String(x.delivery_date) < today,
      })),
      total: r.total,
    };
  },

  async 'shipments.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (q.status?.length) {
      base.clauses.push(`s.status IN (${placeholders(q.status.length)})`);
      base.params.push(...q.status);
    }
    if (q.ship_date) {
      base.clauses.push('s.ship_date = ?');
      base.params.push(q.ship_date);
    }
    if (q.customer_id) {
      base.clauses.push('s.customer_id = ?');
      base.params.push(q.customer_id);
    }
    const r = await runList<Raw>(ctx.db, spec, q, base);
    const orders = await ordersOf(
      ctx.db,
      r.rows.map((x) => Number(x.id)),
    );
    return { rows: r.rows.map((x) => toRow(x, orders)), total: r.total };
  },

  async 'shipments.get'(ctx, { id }) {
    const s = await ctx.db.get<Raw>('SELECT customer_id FROM shipments WHERE id = ?', [id]);
    if (!s) throw notFound('发货单', 'Shipment');
    await requireVisible(ctx, Number(s.customer_id));
    return shipmentDetail(ctx, id);
  },

  async 'shipments.create'(ctx, input) {
    const user = ctx.requireUser();
    await requireVisible(ctx, input.customer_id);
    const orderLines = await checkLines(ctx, input.customer_id, input.warehouse_id, input.lines, false);
    const now = ctx.nowIso();
    const firstOrder = await ctx.db.get<Raw>(
      'SELECT delivery_address, receiver, receiver_phone FROM sales_orders WHERE id = ?',
      [Number(orderLines[0]!.order_id)],
    );
    const id = await ctx.db.insert('shipments', {
      number: null,
      status: 'draft',
      customer_id: input.customer_id,
      warehouse_id: input.warehouse_id,
      ship_date: input.ship_date,
      carrier: input.carrier,
      vehicle_no: input.vehicle_no,
      waybill_no: input.waybill_no,
      receiver: input.receiver ?? (firstOrder?.receiver as string | null) ?? null,
      receiver_phone: input.receiver_phone ?? (firstOrder?.receiver_phone as string | null) ?? null,
      delivery_address: input.delivery_address ?? (firstOrder?.delivery_address as string | null) ?? null,
      collect_on_delivery: input.collect_on_delivery,
      notes: input.notes,
      amount: 0,
      tax: 0,
      total: 0,
      invoiced_total: 0,
      created_by: user.id,
      updated_by: user.id,
      created_at: now,
      updated_at: now,
      version: 0,
    });
    const totals = await writeDraftLines(ctx, id, input.lines, orderLines);
    await ctx.db.run('UPDATE shipments SET amount = ?, tax = ?, total = ? WHERE id = ?', [
      totals.amount,
      totals.tax,
      totals.total,
      id,
    ]);
    ctx.audit(id, `新建发货单草稿 #${id}`);
    return shipmentDetail(ctx, id);
  },

  async 'shipments.update'(ctx, input) {
    const s = await lockShipment(ctx, input.id, input.version);
    guard(SHIPMENT_MACHINE, String(s.status), 'edit', DOC);
    const orderLines = await checkLines(ctx, input.customer_id, input.warehouse_id, input.lines, false);
    const totals = await writeDraftLines(ctx, input.id, input.lines, orderLines);
    await ctx.db.run(
      `UPDATE shipments SET customer_id = ?, warehouse_id = ?, ship_date = ?, carrier = ?, vehicle_no = ?, waybill_no = ?, receiver = ?,
         receiver_phone = ?, delivery_address = ?, collect_on_delivery = ?, notes = ?, amount = ?, tax = ?, total = ?,
         updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        input.customer_id,
        input.warehouse_id,
        input.ship_date,
        input.carrier,
        input.vehicle_no,
        input.waybill_no,
        input.receiver,
        input.receiver_phone,
        input.delivery_address,
        input.collect_on_delivery,
        input.notes,
        totals.amount,
        totals.tax,
        totals.total,
        ctx.requireUser().id,
        ctx.nowIso(),
        input.id,
      ],
    );
    ctx.audit(input.id, `修改发货单草稿 #${input.id}`);
    return shipmentDetail(ctx, input.id);
  },

  async 'shipments.delete'(ctx, { id, version }) {
    const s = await lockShipment(ctx, id, version);
    guard(SHIPMENT_MACHINE, String(s.status), 'delete', DOC);
    await ctx.db.run('DELETE FROM shipment_lines WHERE shipment_id = ?', [id]);
    await ctx.db.run('DELETE FROM shipments WHERE id = ?', [id]);
    ctx.audit(id, `删除发货单草稿 #${id}`);
    return { ok: true as const };
  },

  /**
   * Posting a shipment, all or nothing: lock order (customer balance → order lines → stock rows, always in
   * that order), re-check quantities, stock never below zero, the credit rules of the shipment stage;
   * then deduct stock and reservations, raise delivered quantities, move the value from open orders to
   * delivered-not-invoiced, number the document.
   */
  async 'shipments.approve'(ctx, { id, version }) {
    const s = await lockShipment(ctx, id, version);
    guard(SHIPMENT_MACHINE, String(s.status), 'approve', DOC);
    const customerId = Number(s.customer_id);
    const warehouseId = Number(s.warehouse_id);
    const now = ctx.nowIso();
    const draft = await ctx.db.all<Raw>(
      'SELECT * FROM shipment_lines WHERE shipment_id = ? ORDER BY line_no',
      [id],
    );

    // 1. credit, under lock
    const rules = await loadRules(ctx.db);
    const b = await loadBreakdown(ctx.db, customerId, { today: ctx.today(), nowIso: now, lock: true });
    // 2. order lines, under lock
    const orderLines = await checkLines(
      ctx,
      customerId,
      warehouseId,
      draft.map((l) => ({ order_line_id: Number(l.order_line_id), qty: Number(l.qty) })),
      true,
    );
    const olById = new Map(orderLines.map((r) => [Number(r.id), r]));
    // 3. figures at today's delivered state
    const working = new Map<number, { delivered_qty: number; delivered_total: number }>();
    const figures = draft.map((l) => {
      const ol = olById.get(Number(l.order_line_id))!;
      const w = working.get(Number(ol.id)) ?? {
        delivered_qty: Number(ol.delivered_qty),
        delivered_total: Number(ol.delivered_total),
      };
      const f = partialFigures(
        {
          qty: Number(ol.qty),
          unit_price: Number(ol.unit_price),
          discount_bp: Number(ol.discount_bp),
          tax_rate: Number(ol.tax_rate),
          total: Number(ol.total),
        },
        w.delivered_qty,
        w.delivered_total,
        Number(l.qty),
      );
      working.set(Number(ol.id), {
        delivered_qty: w.delivered_qty + Number(l.qty),
        delivered_total: w.delivered_total + f.total,
      });
      return f;
    });
    const totals = sumFigures(figures);
    const released = orderLines.every((ol) => ol.credit_status === 'released');
    const check = evaluate('shipment', { ...b, this_document: 0 }, rules, {
      documentTotal: totals.total,
      collectOnDelivery: toBool(s.collect_on_delivery),
      released,
    });
    if (check.outcome === 'hold') throw creditError(check);
    // 4. stock, under lock; never below zero
    const stock = await lockStock(
      ctx.db,
      draft.map((l) => ({ product_id: Number(l.product_id), warehouse_id: warehouseId })),
      now,
    );
    const need = new Map<number, number>();
    for (const l of draft)
      need.set(Number(l.product_id), (need.get(Number(l.product_id)) ?? 0) + Number(l.qty));
    for (const [productId, qty] of need) {
      const st = stock.get(`${productId}:${warehouseId}`)!;
      if (st.on_hand < qty) {
        const p = await ctx.db.get<Raw>('SELECT code, name FROM products WHERE id = ?', [productId]);
        const w = await ctx.db.get<Raw>('SELECT name FROM warehouses WHERE id = ?', [warehouseId]);
        throw AppError.of('BUSINESS_RULE', 'insufficient_stock', {
          product: `${String(p?.code)} ${String(p?.name)}`,
          warehouse: String(w?.name),
          on_hand: formatQty(st.on_hand),
          needed: formatQty(qty),
        });
      }
    }
    // 5. post
    const year = yearOf(String(s.ship_date));
    const number = formatNumber('SH', year, await nextNumber(ctx.db, 'SH', year));
    const orderIds = new Set<number>();
    for (const [i, l] of draft.entries()) {
      const f = figures[i]!;
      const ol = olById.get(Number(l.order_line_id))!;
      const qty = Number(l.qty);
      const unreserve = Math.min(qty, Number(ol.reserved_qty));
      ol.reserved_qty = Number(ol.reserved_qty) - unreserve;
      await changeStock(
        ctx.db,
        Number(l.product_id),
        warehouseId,
        { on_hand: -qty, reserved: -unreserve },
        now,
      );
      await recordMove(ctx, {
        product_id: Number(l.product_id),
        warehouse_id: warehouseId,
        qty: -qty,
        doc_type: 'shipment',
        doc_id: id,
        doc_number: number,
      });
      await ctx.db.run('UPDATE shipment_lines SET amount = ?, tax = ?, total = ? WHERE id = ?', [
        f.amount,
        f.tax,
        f.total,
        Number(l.id),
      ]);
      await ctx.db.run(
        'UPDATE sales_order_lines SET delivered_qty = delivered_qty + ?, delivered_total = delivered_total + ?, reserved_qty = reserved_qty - ? WHERE id = ?',
        [qty, f.total, unreserve, Number(ol.id)],
      );
      orderIds.add(Number(l.order_id));
    }
    for (const oid of orderIds) await recomputeOrderProgress(ctx.db, oid, now);
    await adjustBalance(
      ctx.db,
      customerId,
      { open_orders: -totals.total, delivered_uninvoiced: totals.total },
      now,
    );
    await ctx.db.run(
      `UPDATE shipments SET status = 'approved', number = ?, amount = ?, tax = ?, total = ?, approved_by = ?, approved_at = ?,
         updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
      [
        number,
        totals.amount,
        totals.tax,
        totals.total,
        ctx.requireUser().id,
        now,
        ctx.requireUser().id,
        now,
        id,
      ],
    );
    for (const h of approvedHooks)
      await h(ctx, { id, customer_id: customerId, ship_date: String(s.ship_date), number });
    ctx.audit(
      id,
      `发货审核 ${number}：¥${totals.total / 100}${check.outcome === 'warn' ? '（信用预警）' : ''}`,
    );
    return shipmentDetail(ctx, id, check);
  },

  async 'shipments.void'(ctx, { id, version, reason }) {
    const s = await lockShipment(ctx, id, version);
    guard(SHIPMENT_MACHINE, String(s.status), 'void', DOC);
    const lines = await ctx.db.all<Raw>(
      'SELECT * FROM shipment_lines WHERE shipment_id = ? ORDER BY line_no',
      [id],
    );
    if (lines.some((l) => Number(l.invoiced_qty) > 0 || Number(l.returned_qty) > 0)) {
      throw AppError.of('BUSINESS_RULE', 'has_downstream', { what: '发票或退货 / invoices or returns' });
    }
    const customerId = Number(s.customer_id);
    const warehouseId = Number(s.warehouse_id);
    const now = ctx.nowIso();
    await loadBreakdown(ctx.db, customerId, { today: ctx.today(), nowIso: now, lock: true });
    for (const l of [...lines].sort((a, b) => Number(a.order_line_id) - Number(b.order_line_id))) {
      await lockRow(ctx.db, 'sales_order_lines', Number(l.order_line_id));
    }
    await lockStock(
      ctx.db,
      lines.map((l) => ({ product_id: Number(l.product_id), warehouse_id: warehouseId })),
      now,
    );
    const orderIds = new Set<number>();
    let total = 0;
    let reopened = 0;
    for (const l of lines) {
      const qty = Number(l.qty);
      const order = await ctx.db.get<Raw>('SELECT status FROM sales_orders WHERE id = ?', [
        Number(l.order_id),
      ]);
      // Goods come back; an open order reserves them again for the re-delivery.
      const reReserve = order?.status === 'approved' ? qty : 0;
      await changeStock(
        ctx.db,
        Number(l.product_id),
        warehouseId,
        { on_hand: qty, reserved: reReserve },
        now,
      );
      await recordMove(ctx, {
        product_id: Number(l.product_id),
        warehouse_id: warehouseId,
        qty,
        doc_type: 'shipment_void',
        doc_id: id,
        doc_number: (s.number as string) ?? null,
      });
      await ctx.db.run(
        'UPDATE sales_order_lines SET delivered_qty = delivered_qty - ?, delivered_total = delivered_total - ?, reserved_qty = reserved_qty + ? WHERE id = ?',
        [qty, Number(l.total), reReserve, Number(l.order_line_id)],
      );
      if (order?.status === 'approved') reopened += Number(l.total);
      total += Number(l.total);
      orderIds.add(Number(l.order_id));
    }
    for (const oid of orderIds) await recomputeOrderProgress(ctx.db, oid, now);
    await adjustBalance(ctx.db, customerId, { delivered_uninvoiced: -total, open_orders: reopened }, now);
    await ctx.db.run(
      "UPDATE shipments SET status = 'void', void_reason = ?, voided_at = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?",
      [reason, now, ctx.requireUser().id, now, id],
    );
    ctx.audit(id, `发货单作废 ${String(s.number)}：${reason}`);
    return shipmentDetail(ctx, id);
  },

  async 'stock.list'(ctx, q) {
    const base = { clauses: [] as string[], params: [] as unknown[] };
    if (q.warehouse_id) {
      base.clauses.push('st.warehouse_id = ?');
      base.params.push(q.warehouse_id);
    }
    if (q.only_nonzero) base.clauses.push('(st.on_hand <> 0 OR st.reserved <> 0)');
    const r = await runList<Raw>(ctx.db, stockSpec, q, base);
    return {
      rows: r.rows.map((x): StockRow => ({
        product_id: Number(x.product_id),
        product_code: String(x.product_code),
        product_name: String(x.product_name),
        spec: (x.spec as string | null) ?? null,
        unit: String(x.unit),
        warehouse_id: Number(x.warehouse_id),
        warehouse_name: String(x.warehouse_name),
        on_hand: Number(x.on_hand),
        reserved: Number(x.reserved),
        available: Number(x.available),
      })),
      total: r.total,
    };
  },

  async 'stock.availability'(ctx, { warehouse_id, product_ids }) {
    const rows = await ctx.db.all<Raw>(
      `SELECT product_id, on_hand, reserved FROM stock WHERE warehouse_id = ? AND product_id IN (${placeholders(product_ids.length)})`,
      [warehouse_id, ...product_ids],
    );
    const byId = new Map(rows.map((r) => [Number(r.product_id), r]));
    return product_ids.map((pid) => {
      const r = byId.get(pid);
      const onHand = Number(r?.on_hand ?? 0);
      const reserved = Number(r?.reserved ?? 0);
      return { product_id: pid, on_hand: onHand, reserved, available: onHand - reserved };
    });
  },

  async 'stock.adjust'(ctx, input) {
    const r = await postStockDocument(ctx, input);
    ctx.audit(
      r.id,
      `库存${input.kind === 'opening' ? '期初' : input.kind === 'receipt' ? '入库' : '调整'} ${r.number}：${input.lines.length} 行，${input.reason}`,
    );
    return r;
  },
};

/**
 * Posts a stock document (opening stock, receipt, count adjustment) at once: checks the warehouse and the
 * products, locks the stock rows in a fixed order, refuses negative stock, numbers the document (SA) and
 * writes one move per line. `requireEmpty`: refuse a product that already has stock in the warehouse (opening
 * stock is imported once). Used by stock.adjust and by the opening-stock import, in the caller's transaction.
 */
export async function postStockDocument(
  ctx: ServiceContext,
  input: {
    warehouse_id: number;
    kind: (typeof STOCK_KINDS)[number];
    doc_date: string;
    reason: string;
    lines: { product_id: number; qty: number }[];
  },
  opts: { requireEmpty?: boolean } = {},
): Promise<{ id: number; number: string }> {
  const user = ctx.requireUser();
  const w = await ctx.db.get<Raw>('SELECT active FROM warehouses WHERE id = ?', [input.warehouse_id]);
  if (!w || !toBool(w.active))
    throw fieldError(['warehouse_id'], '仓库：不存在或已停用', 'Warehouse: not found or deactivated');
  const ids = [...new Set(input.lines.map((l) => l.product_id))];
  const products = await ctx.db.all<Raw>(
    `SELECT id, code, name FROM products WHERE id IN (${placeholders(ids.length)})`,
    ids,
  );
  const pById = new Map(products.map((p) => [Number(p.id), p]));
  input.lines.forEach((l, i) => {
    if (!pById.has(l.product_id))
      throw fieldError(
        ['lines', i, 'product_id'],
        `第 ${i + 1} 行 · 产品不存在`,
        `row ${i + 1} · product not found`,
      );
    if (input.kind !== 'adjustment' && l.qty < 0) {
      throw fieldError(
        ['lines', i, 'qty'],
        `第 ${i + 1} 行 · 数量：入库数量必须大于 0`,
        `row ${i + 1} · quantity: must be positive for receipts`,
      );
    }
  });
  const now = ctx.nowIso();
  const stock = await lockStock(
    ctx.db,
    input.lines.map((l) => ({ product_id: l.product_id, warehouse_id: input.warehouse_id })),
    now,
  );
  const delta = new Map<number, number>();
  for (const l of input.lines) delta.set(l.product_id, (delta.get(l.product_id) ?? 0) + l.qty);
  for (const [pid, d] of delta) {
    const st = stock.get(`${pid}:${input.warehouse_id}`)!;
    if (opts.requireEmpty && st.on_hand !== 0) {
      const p = pById.get(pid)!;
      const m = message('opening_stock_exists', { qty: formatQty(st.on_hand) });
      throw new AppError('BUSINESS_RULE', `${String(p.code)}：${m.zh}`, `${String(p.code)}: ${m.en}`);
    }
    if (st.on_hand + d < 0) {
      const p = pById.get(pid)!;
      throw AppError.of('BUSINESS_RULE', 'stock_negative', {
        product: `${String(p.code)} ${String(p.name)}`,
        on_hand: formatQty(st.on_hand),
      });
    }
  }
  const year = yearOf(input.doc_date);
  const number = formatNumber('SA', year, await nextNumber(ctx.db, 'SA', year));
  const docId = await ctx.db.insert('stock_adjustments', {
    number,
    kind: input.kind,
    warehouse_id: input.warehouse_id,
    doc_date: input.doc_date,
    reason: input.reason,
    created_by: user.id,
    created_at: now,
  });
  for (const l of input.lines) {
    await changeStock(ctx.db, l.product_id, input.warehouse_id, { on_hand: l.qty }, now);
    await recordMove(ctx, {
      product_id: l.product_id,
      warehouse_id: input.warehouse_id,
      qty: l.qty,
      doc_type: `stock_${input.kind}`,
      doc_id: docId,
      doc_number: number,
    });
  }
  return { id: docId, number };
}

export const shipmentStatuses = (s: string) => s as ShipmentStatus;
