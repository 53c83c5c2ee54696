import { z } from 'zod';
import { method } from './define';
import {
  basisPoints,
  id,
  isoDate,
  listQuery,
  listResult,
  moneyNonNeg,
  optDate,
  optText,
  text,
  version,
} from './common';
import { ORDER_STATUSES, QUOTATION_STATUSES, SHIPMENT_STATUSES } from '../status';

/** Quantity in thousandths: 1 ≤ qty ≤ 10^12 (a billion units). */
export const qtyMilli = z
  .int({ error: 'not_integer' })
  .min(1, { error: 'qty_positive' })
  .max(1_000_000_000_000);
export const signedQtyMilli = z.int({ error: 'not_integer' }).min(-1_000_000_000_000).max(1_000_000_000_000);

const userRef = z.object({ id: z.int(), name: z.string() }).nullable();

/* ------------------------------------------------------------------ credit */

export const CREDIT_MODES = ['off', 'warn', 'block'] as const;
export const stageRule = z.strictObject({
  mode: z.enum(CREDIT_MODES),
  /** Warn from this share of the limit (basis points, 8000 = 80 %). */
  warn_bp: z.int().min(0).max(100000),
  /** Hold / block from this share of the limit (10000 = 100 %). */
  block_bp: z.int().min(0).max(100000),
});
export const creditRules = z.strictObject({
  order: stageRule,
  shipment: stageRule,
  invoice: stageRule,
  /** Any invoice overdue by more than this many days blocks (null: rule off). */
  overdue_block_days: z.int().min(0).max(3650).nullable(),
  /** 现金 customers ship only when paid in advance or collected on delivery. */
  cash_requires_payment: z.boolean(),
  /** Customers with a bad record only on prepayment. */
  bad_record_prepay: z.boolean(),
  /** A line discount above this (basis points) needs a sales manager's approval. */
  discount_approval_bp: basisPoints,
  /** A net price below the product's floor price needs a sales manager's approval. */
  floor_price_approval: z.boolean(),
});
export type CreditRules = z.infer<typeof creditRules>;

export const DEFAULT_CREDIT_RULES: CreditRules = {
  order: { mode: 'block', warn_bp: 8000, block_bp: 10000 },
  shipment: { mode: 'block', warn_bp: 8000, block_bp: 10000 },
  invoice: { mode: 'warn', warn_bp: 8000, block_bp: 10000 },
  overdue_block_days: 30,
  cash_requires_payment: true,
  bad_record_prepay: true,
  discount_approval_bp: 1000,
  floor_price_approval: true,
};

export const creditBreakdown = z.object({
  customer_id: id,
  customer_type: z.enum(['cash', 'account']),
  bad_record: z.boolean(),
  credit_limit: z.int(),
  temp_limit: z.int(),
  temp_limit_until: z.string().nullable(),
  effective_limit: z.int(),
  credit_days: z.int(),
  receivable: z.int(),
  delivered_uninvoiced: z.int(),
  open_orders: z.int(),
  advances: z.int(),
  this_document: z.int(),
  exposure: z.int(),
  available: z.int(),
  /** exposure ÷ limit in basis points (null when there is no limit). */
  usage_bp: z.int().nullable(),
  overdue_count: z.int(),
  overdue_amount: z.int(),
  oldest_overdue_days: z.int(),
});
export type CreditBreakdown = z.infer<typeof creditBreakdown>;

export const creditCheck = z.object({
  stage: z.enum(['order', 'shipment', 'invoice']),
  outcome: z.enum(['pass', 'warn', 'hold']),
  reasons: z.array(z.object({ code: z.string(), message_zh: z.string(), message_en: z.string() })),
  breakdown: creditBreakdown,
});
export type CreditCheck = z.infer<typeof creditCheck>;

/* ------------------------------------------------------------------ lines */

export const lineInput = z.strictObject({
  product_id: id,
  qty: qtyMilli,
  unit_price: moneyNonNeg,
  discount_bp: basisPoints.default(0),
  /** Defaults to the product's tax rate. */
  tax_rate: basisPoints.optional(),
  notes: optText(200),
});
export type LineInput = z.input<typeof lineInput>;

const lineOut = {
  id,
  line_no: z.int(),
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  qty: z.int(),
  unit_price: z.int(),
  discount_bp: z.int(),
  tax_rate: z.int(),
  amount: z.int(),
  tax: z.int(),
  total: z.int(),
  floor_price: z.int(),
  notes: z.string().nullable(),
};

/* ------------------------------------------------------------------ quotations */

export const quotationLine = z.object({ ...lineOut, converted_qty: z.int() });

export const quotationRow = z.object({
  id,
  number: z.string().nullable(),
  status: z.enum(QUOTATION_STATUSES),
  customer_id: id,
  customer_name: z.string(),
  salesperson_id: id,
  salesperson_name: z.string(),
  quote_date: z.string(),
  valid_until: z.string().nullable(),
  total: z.int(),
  needs_approval: z.boolean(),
  /** none | partial | full: how much has been converted into orders. */
  conversion: z.enum(['none', 'partial', 'full']),
  updated_at: z.string(),
  version,
});
export type QuotationRow = z.infer<typeof quotationRow>;

export const quotationDetail = quotationRow.extend({
  contact_id: z.int().nullable(),
  contact_name: z.string().nullable(),
  terms: z.string().nullable(),
  notes: z.string().nullable(),
  amount: z.int(),
  tax: z.int(),
  approval_reason: z.string().nullable(),
  reject_reason: z.string().nullable(),
  void_reason: z.string().nullable(),
  approved_by: userRef,
  approved_at: z.string().nullable(),
  lines: z.array(quotationLine),
  orders: z.array(
    z.object({ id, number: z.string().nullable(), status: z.enum(ORDER_STATUSES), total: z.int() }),
  ),
});
export type QuotationDetail = z.infer<typeof quotationDetail>;

const quotationFields = {
  customer_id: id,
  contact_id: id.nullish().transform((v) => v ?? null),
  salesperson_id: id.optional(),
  quote_date: isoDate,
  valid_until: optDate,
  terms: optText(1000),
  notes: optText(1000),
  lines: z.array(lineInput).min(1, { error: 'lines_required' }).max(500),
};

/* ------------------------------------------------------------------ orders */

export const orderLine = z.object({
  ...lineOut,
  delivered_qty: z.int(),
  invoiced_qty: z.int(),
  reserved_qty: z.int(),
  delivered_total: z.int(),
  quotation_line_id: z.int().nullable(),
});
export type OrderLine = z.infer<typeof orderLine>;

export const orderRow = z.object({
  id,
  number: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  customer_id: id,
  customer_name: z.string(),
  region_name: z.string().nullable(),
  salesperson_id: id,
  salesperson_name: z.string(),
  order_date: z.string(),
  delivery_date: z.string().nullable(),
  warehouse_id: id,
  warehouse_name: z.string(),
  total: z.int(),
  delivered_total: z.int(),
  per_delivered: z.int(),
  per_billed: z.int(),
  credit_status: z.string().nullable(),
  late: z.boolean(),
  updated_at: z.string(),
  version,
});
export type OrderRow = z.infer<typeof orderRow>;

export const trailItem = z.object({
  kind: z.enum(['quotation', 'order', 'shipment', 'invoice', 'receipt', 'return', 'credit_note']),
  id,
  number: z.string().nullable(),
  status: z.string(),
  date: z.string(),
  total: z.int(),
});

export const orderDetail = orderRow.extend({
  contact_id: z.int().nullable(),
  contact_name: z.string().nullable(),
  quotation_id: z.int().nullable(),
  customer_type: z.enum(['cash', 'account']),
  credit_days: z.int(),
  delivery_address: z.string().nullable(),
  receiver: z.string().nullable(),
  receiver_phone: z.string().nullable(),
  customer_po: z.string().nullable(),
  notes: z.string().nullable(),
  amount: z.int(),
  tax: z.int(),
  needs_approval: z.boolean(),
  approval_reason: z.string().nullable(),
  credit_reason: z.string().nullable(),
  credit_snapshot: creditCheck.nullable(),
  released_by: userRef,
  released_at: z.string().nullable(),
  release_reason: z.string().nullable(),
  reject_reason: z.string().nullable(),
  approved_by: userRef,
  approved_at: z.string().nullable(),
  close_reason: z.string().nullable(),
  void_reason: z.string().nullable(),
  lines: z.array(orderLine),
  trail: z.array(trailItem),
});
export type OrderDetail = z.infer<typeof orderDetail>;

const orderFields = {
  customer_id: id,
  contact_id: id.nullish().transform((v) => v ?? null),
  salesperson_id: id.optional(),
  order_date: isoDate,
  delivery_date: optDate,
  warehouse_id: id,
  delivery_address: optText(200),
  receiver: optText(50),
  receiver_phone: optText(30),
  customer_po: optText(50),
  notes: optText(1000),
  lines: z.array(lineInput).min(1, { error: 'lines_required' }).max(500),
};

/** What happened when an order was submitted / approved / released. */
export const orderTransition = z.object({
  order: orderDetail,
  credit: creditCheck.nullable(),
});

export const orderListQuery = listQuery.extend({
  status: z.array(z.enum(ORDER_STATUSES)).max(7).optional(),
  /** open = approved and not fully delivered; late = open and past the requested delivery date. */
  view: z.enum(['all', 'open', 'late', 'held', 'awaiting_approval', 'drafts']).default('all'),
  customer_id: id.optional(),
  product_id: id.optional(),
  salesperson_id: id.optional(),
  region_id: id.optional(),
});

/* ------------------------------------------------------------------ shipments */

export const shipmentLine = z.object({
  id,
  line_no: z.int(),
  order_id: id,
  order_number: z.string().nullable(),
  order_line_id: id,
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  qty: z.int(),
  unit_price: z.int(),
  discount_bp: z.int(),
  tax_rate: z.int(),
  amount: z.int(),
  tax: z.int(),
  total: z.int(),
  invoiced_qty: z.int(),
  returned_qty: z.int(),
});
export type ShipmentLine = z.infer<typeof shipmentLine>;

export const shipmentRow = z.object({
  id,
  number: z.string().nullable(),
  status: z.enum(SHIPMENT_STATUSES),
  customer_id: id,
  customer_name: z.string(),
  warehouse_id: id,
  warehouse_name: z.string(),
  ship_date: z.string(),
  carrier: z.string().nullable(),
  waybill_no: z.string().nullable(),
  total: z.int(),
  orders: z.string(),
  updated_at: z.string(),
  version,
});
export type ShipmentRow = z.infer<typeof shipmentRow>;

export const shipmentDetail = shipmentRow.extend({
  vehicle_no: z.string().nullable(),
  receiver: z.string().nullable(),
  receiver_phone: z.string().nullable(),
  delivery_address: z.string().nullable(),
  collect_on_delivery: z.boolean(),
  notes: z.string().nullable(),
  amount: z.int(),
  tax: z.int(),
  approved_by: userRef,
  approved_at: z.string().nullable(),
  void_reason: z.string().nullable(),
  lines: z.array(shipmentLine),
  credit: creditCheck.nullable(),
});
export type ShipmentDetail = z.infer<typeof shipmentDetail>;

const shipmentFields = {
  customer_id: id,
  warehouse_id: id,
  ship_date: isoDate,
  carrier: optText(50),
  vehicle_no: optText(30),
  waybill_no: optText(50),
  receiver: optText(50),
  receiver_phone: optText(30),
  delivery_address: optText(200),
  collect_on_delivery: z.boolean().default(false),
  notes: optText(500),
  lines: z
    .array(z.strictObject({ order_line_id: id, qty: qtyMilli }))
    .min(1, { error: 'lines_required' })
    .max(500),
};

/** One open order line in the warehouse's queue. */
export const shipQueueRow = z.object({
  order_line_id: id,
  order_id: id,
  order_number: z.string(),
  customer_id: id,
  customer_name: z.string(),
  delivery_date: z.string().nullable(),
  order_date: z.string(),
  warehouse_id: id,
  warehouse_name: z.string(),
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  qty: z.int(),
  delivered_qty: z.int(),
  remaining_qty: z.int(),
  on_hand: z.int(),
  delivery_address: z.string().nullable(),
  late: z.boolean(),
});
export type ShipQueueRow = z.infer<typeof shipQueueRow>;

/* ------------------------------------------------------------------ stock */

export const stockRow = z.object({
  product_id: id,
  product_code: z.string(),
  product_name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  warehouse_id: id,
  warehouse_name: z.string(),
  on_hand: z.int(),
  reserved: z.int(),
  available: z.int(),
});
export type StockRow = z.infer<typeof stockRow>;

export const STOCK_KINDS = ['opening', 'receipt', 'adjustment'] as const;

/* ------------------------------------------------------------------ the methods */

const orderAction = z.strictObject({ id, version });
const withReason = z.strictObject({ id, version, reason: text(200) });

export const salesContract = {
  // quotations
  'quotations.list': method({
    input: listQuery.extend({
      status: z.array(z.enum(QUOTATION_STATUSES)).max(5).optional(),
      customer_id: id.optional(),
    }),
    output: listResult(quotationRow),
    access: 'quotations.read',
    mutates: false,
  }),
  'quotations.get': method({
    input: z.strictObject({ id }),
    output: quotationDetail,
    access: 'quotations.read',
    mutates: false,
  }),
  'quotations.create': method({
    input: z.strictObject(quotationFields),
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.update': method({
    input: z.strictObject({ id, version, ...quotationFields }),
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.delete': method({
    input: orderAction,
    output: z.object({ ok: z.literal(true) }),
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  /** Approved at once when within the rules, otherwise waits for a sales manager. */
  'quotations.submit': method({
    input: orderAction,
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.approve': method({
    input: orderAction,
    output: quotationDetail,
    access: 'sales.approve',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.reject': method({
    input: withReason,
    output: quotationDetail,
    access: 'sales.approve',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.void': method({
    input: withReason,
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  'quotations.close': method({
    input: withReason,
    output: quotationDetail,
    access: 'quotations.write',
    mutates: true,
    entity: 'quotation',
  }),
  /** Creates a draft order from an approved quotation; partial quantities allowed, the remainder stays open. */
  'quotations.toOrder': method({
    input: z.strictObject({
      id,
      warehouse_id: id,
      order_date: isoDate,
      delivery_date: optDate,
      lines: z
        .array(z.strictObject({ quotation_line_id: id, qty: qtyMilli }))
        .min(1, { error: 'lines_required' })
        .max(500),
    }),
    output: orderDetail,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),

  // orders
  'orders.list': method({
    input: orderListQuery,
    output: listResult(orderRow),
    access: 'orders.read',
    mutates: false,
  }),
  'orders.get': method({
    input: z.strictObject({ id }),
    output: orderDetail,
    access: 'orders.read',
    mutates: false,
  }),
  'orders.create': method({
    input: z.strictObject(orderFields),
    output: orderDetail,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  'orders.update': method({
    input: z.strictObject({ id, version, ...orderFields }),
    output: orderDetail,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  'orders.delete': method({
    input: orderAction,
    output: z.object({ ok: z.literal(true) }),
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  'orders.copy': method({
    input: z.strictObject({ id }),
    output: orderDetail,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  /** Submit: approval rules, then the credit check → approved (numbered), hold, or waiting for a manager. */
  'orders.submit': method({
    input: orderAction,
    output: orderTransition,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  'orders.approve': method({
    input: orderAction,
    output: orderTransition,
    access: 'sales.approve',
    mutates: true,
    entity: 'order',
  }),
  'orders.reject': method({
    input: withReason,
    output: orderTransition,
    access: 'sales.approve',
    mutates: true,
    entity: 'order',
  }),
  /** Finance releases a held order, optionally raising the customer's limit for a while. */
  'orders.release': method({
    input: z.strictObject({
      id,
      version,
      reason: text(200),
      temp_limit: z.strictObject({ extra: moneyNonNeg.min(1), until: isoDate }).optional(),
    }),
    output: orderTransition,
    access: 'credit.release',
    mutates: true,
    entity: 'order',
  }),
  'orders.creditReject': method({
    input: withReason,
    output: orderTransition,
    access: 'credit.release',
    mutates: true,
    entity: 'order',
  }),
  'orders.close': method({
    input: withReason,
    output: orderTransition,
    access: 'orders.manage',
    mutates: true,
    entity: 'order',
  }),
  'orders.void': method({
    input: withReason,
    output: orderTransition,
    access: 'orders.write',
    mutates: true,
    entity: 'order',
  }),
  /** Last price this customer paid for each product (一客一价), else the list price. */
  'orders.prices': method({
    input: z.strictObject({ customer_id: id, product_ids: z.array(id).min(1).max(200) }),
    output: z.array(
      z.object({
        product_id: id,
        code: z.string(),
        name: z.string(),
        spec: z.string().nullable(),
        unit: z.string(),
        list_price: z.int(),
        floor_price: z.int(),
        tax_rate: z.int(),
        last_price: z.int().nullable(),
        last_discount_bp: z.int().nullable(),
        last_date: z.string().nullable(),
      }),
    ),
    access: 'orders.read',
    mutates: false,
  }),

  // credit
  'credit.preview': method({
    input: z.strictObject({
      customer_id: id,
      amount: moneyNonNeg.default(0),
      exclude_order_id: id.optional(),
      stage: z.enum(['order', 'shipment', 'invoice']).default('order'),
    }),
    output: creditCheck,
    access: 'orders.read',
    mutates: false,
  }),
  'credit.rules': method({
    input: z.strictObject({}),
    output: creditRules,
    access: 'authenticated',
    mutates: false,
  }),
  'credit.setRules': method({
    input: creditRules,
    output: creditRules,
    access: 'settings.manage',
    mutates: true,
    entity: 'settings',
  }),

  // stock
  'stock.list': method({
    input: listQuery.extend({ warehouse_id: id.optional(), only_nonzero: z.boolean().optional() }),
    output: listResult(stockRow),
    access: 'stock.read',
    mutates: false,
  }),
  'stock.availability': method({
    input: z.strictObject({ warehouse_id: id, product_ids: z.array(id).min(1).max(500) }),
    output: z.array(z.object({ product_id: id, on_hand: z.int(), reserved: z.int(), available: z.int() })),
    access: 'stock.read',
    mutates: false,
  }),
  /** Opening stock, receipts and adjustments, posted at once with a reason. */
  'stock.adjust': method({
    input: z.strictObject({
      warehouse_id: id,
      kind: z.enum(STOCK_KINDS),
      doc_date: isoDate,
      reason: text(200),
      lines: z
        .array(
          z.strictObject({
            product_id: id,
            qty: signedQtyMilli.refine((v) => v !== 0, { error: 'qty_nonzero' }),
          }),
        )
        .min(1)
        .max(2000),
    }),
    output: z.object({ id, number: z.string() }),
    access: 'stock.write',
    mutates: true,
    entity: 'stock_adjustment',
  }),

  // shipments
  'shipments.queue': method({
    input: listQuery.extend({ warehouse_id: id.optional(), customer_id: id.optional() }),
    output: listResult(shipQueueRow),
    access: 'shipments.read',
    mutates: false,
  }),
  'shipments.list': method({
    input: listQuery.extend({
      status: z.array(z.enum(SHIPMENT_STATUSES)).max(3).optional(),
      ship_date: isoDate.optional(),
      customer_id: id.optional(),
    }),
    output: listResult(shipmentRow),
    access: 'shipments.read',
    mutates: false,
  }),
  'shipments.get': method({
    input: z.strictObject({ id }),
    output: shipmentDetail,
    access: 'shipments.read',
    mutates: false,
  }),
  'shipments.create': method({
    input: z.strictObject(shipmentFields),
    output: shipmentDetail,
    access: 'shipments.write',
    mutates: true,
    entity: 'shipment',
  }),
  'shipments.update': method({
    input: z.strictObject({ id, version, ...shipmentFields }),
    output: shipmentDetail,
    access: 'shipments.write',
    mutates: true,
    entity: 'shipment',
  }),
  'shipments.delete': method({
    input: orderAction,
    output: z.object({ ok: z.literal(true) }),
    access: 'shipments.write',
    mutates: true,
    entity: 'shipment',
  }),
  /** Posts the shipment: credit check again, stock deducted under lock, delivered quantities and balances updated. */
  'shipments.approve': method({
    input: orderAction,
    output: shipmentDetail,
    access: 'shipments.approve',
    mutates: true,
    entity: 'shipment',
  }),
  /** Reverses an approved shipment that nothing downstream uses yet. */
  'shipments.void': method({
    input: withReason,
    output: shipmentDetail,
    access: 'shipments.approve',
    mutates: true,
    entity: 'shipment',
  }),

  // role dashboard
  'dashboard.cards': method({
    input: z.strictObject({}),
    output: z.object({
      my_open_orders: z.int().nullable(),
      my_held_orders: z.int().nullable(),
      my_drafts: z.int().nullable(),
      held_orders: z.int().nullable(),
      awaiting_approval: z.int().nullable(),
      to_ship_today: z.int().nullable(),
      late_orders: z.int().nullable(),
      shipped_today: z.int().nullable(),
    }),
    access: 'authenticated',
    mutates: false,
  }),
};
