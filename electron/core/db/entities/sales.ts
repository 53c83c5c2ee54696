import { bool, date, int, money, pk, ref, stamps, str, table, timestamp, txt } from './define';

/** Quantities are integer thousandths (bigint); money bigint fen; rates integer basis points. */
const qty = (opts = {}) => ({ type: 'bigint' as const, default: 0, ...opts });

/* ------------------------------------------------------------------ stock */

export const stock = table(
  'stock',
  {
    product_id: { ...ref('products'), primary: true },
    warehouse_id: { ...ref('warehouses'), primary: true },
    on_hand: qty(),
    reserved: qty(),
    updated_at: timestamp(),
  },
  { indices: [{ name: 'ix_stock_warehouse', columns: ['warehouse_id'] }] },
);

/** Stock documents posted at once: opening stock, receipts, adjustments (with a reason). */
export const stockAdjustments = table(
  'stock_adjustments',
  {
    id: pk(),
    number: str(20),
    kind: str(12),
    warehouse_id: ref('warehouses'),
    doc_date: date(),
    reason: str(200),
    created_by: ref('users'),
    created_at: timestamp(),
  },
  { uniques: [{ name: 'uq_stock_adjustments_number', columns: ['number'] }] },
);

/** Every change of on-hand stock, signed; the stock table is their maintained sum. */
export const stockMoves = table(
  'stock_moves',
  {
    id: pk(),
    product_id: ref('products'),
    warehouse_id: ref('warehouses'),
    qty: { type: 'bigint' },
    doc_type: str(20),
    doc_id: int(),
    doc_number: str(20, { nullable: true }),
    moved_at: timestamp(),
    created_by: ref('users', { nullable: true }),
  },
  {
    indices: [
      { name: 'ix_stock_moves_product', columns: ['product_id', 'warehouse_id'] },
      { name: 'ix_stock_moves_doc', columns: ['doc_type', 'doc_id'] },
    ],
  },
);

/* ------------------------------------------------------------------ quotations */

export const quotations = table(
  'quotations',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    contact_id: ref('contacts', { nullable: true }),
    salesperson_id: ref('users'),
    quote_date: date(),
    valid_until: date({ nullable: true }),
    terms: str(1000, { nullable: true }),
    notes: str(1000, { nullable: true }),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    needs_approval: bool(false),
    approval_reason: str(500, { nullable: true }),
    reject_reason: str(200, { nullable: true }),
    void_reason: str(200, { nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_quotations_number', columns: ['number'] }],
    indices: [
      { name: 'ix_quotations_customer', columns: ['customer_id'] },
      { name: 'ix_quotations_status', columns: ['status', 'quote_date'] },
      { name: 'ix_quotations_salesperson', columns: ['salesperson_id'] },
    ],
  },
);

export const quotationLines = table(
  'quotation_lines',
  {
    id: pk(),
    quotation_id: ref('quotations'),
    line_no: int(),
    product_id: ref('products'),
    name: str(100),
    spec: str(100, { nullable: true }),
    unit: str(10),
    qty: { type: 'bigint' },
    unit_price: money(),
    discount_bp: int({ default: 0 }),
    tax_rate: int(),
    amount: money(),
    tax: money(),
    total: money(),
    floor_price: money({ default: 0 }),
    converted_qty: qty(),
    notes: str(200, { nullable: true }),
  },
  { indices: [{ name: 'ix_quotation_lines_quotation', columns: ['quotation_id'] }] },
);

/* ------------------------------------------------------------------ sales orders */

export const salesOrders = table(
  'sales_orders',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    contact_id: ref('contacts', { nullable: true }),
    salesperson_id: ref('users'),
    quotation_id: ref('quotations', { nullable: true }),
    order_date: date(),
    delivery_date: date({ nullable: true }),
    warehouse_id: ref('warehouses'),
    customer_type: str(10),
    credit_days: int({ default: 0 }),
    delivery_address: str(200, { nullable: true }),
    receiver: str(50, { nullable: true }),
    receiver_phone: str(30, { nullable: true }),
    customer_po: str(50, { nullable: true }),
    notes: str(1000, { nullable: true }),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    delivered_total: money({ default: 0 }),
    invoiced_total: money({ default: 0 }),
    /** Fulfilment in basis points of quantity (10000 = all delivered / billed). */
    per_delivered: int({ default: 0 }),
    per_billed: int({ default: 0 }),
    needs_approval: bool(false),
    approval_reason: str(500, { nullable: true }),
    /** pass | warn | hold | released | rejected — the outcome of the last credit check. */
    credit_status: str(12, { nullable: true }),
    credit_reason: str(500, { nullable: true }),
    /** JSON: the exposure breakdown at the last check (what finance saw). */
    credit_snapshot: txt({ nullable: true }),
    credit_checked_at: timestamp({ nullable: true }),
    released_by: ref('users', { nullable: true }),
    released_at: timestamp({ nullable: true }),
    release_reason: str(200, { nullable: true }),
    reject_reason: str(200, { nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    closed_at: timestamp({ nullable: true }),
    close_reason: str(200, { nullable: true }),
    void_reason: str(200, { nullable: true }),
    submitted_at: timestamp({ nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_sales_orders_number', columns: ['number'] }],
    indices: [
      { name: 'ix_sales_orders_customer', columns: ['customer_id', 'status'] },
      { name: 'ix_sales_orders_status', columns: ['status', 'delivery_date'] },
      { name: 'ix_sales_orders_salesperson', columns: ['salesperson_id'] },
      { name: 'ix_sales_orders_date', columns: ['order_date'] },
    ],
  },
);

export const salesOrderLines = table(
  'sales_order_lines',
  {
    id: pk(),
    order_id: ref('sales_orders'),
    line_no: int(),
    product_id: ref('products'),
    name: str(100),
    spec: str(100, { nullable: true }),
    unit: str(10),
    qty: { type: 'bigint' },
    unit_price: money(),
    discount_bp: int({ default: 0 }),
    tax_rate: int(),
    amount: money(),
    tax: money(),
    total: money(),
    floor_price: money({ default: 0 }),
    delivered_qty: qty(),
    delivered_total: money({ default: 0 }),
    invoiced_qty: qty(),
    invoiced_total: money({ default: 0 }),
    /** Stock reserved in the order's warehouse for what is still to ship (approved orders only). */
    reserved_qty: qty(),
    returned_qty: qty(),
    quotation_line_id: ref('quotation_lines', { nullable: true }),
    notes: str(200, { nullable: true }),
  },
  {
    indices: [
      { name: 'ix_sales_order_lines_order', columns: ['order_id'] },
      { name: 'ix_sales_order_lines_product', columns: ['product_id'] },
    ],
  },
);

/* ------------------------------------------------------------------ shipments */

export const shipments = table(
  'shipments',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    warehouse_id: ref('warehouses'),
    ship_date: date(),
    carrier: str(50, { nullable: true }),
    vehicle_no: str(30, { nullable: true }),
    waybill_no: str(50, { nullable: true }),
    receiver: str(50, { nullable: true }),
    receiver_phone: str(30, { nullable: true }),
    delivery_address: str(200, { nullable: true }),
    collect_on_delivery: bool(false),
    notes: str(500, { nullable: true }),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    invoiced_total: money({ default: 0 }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    void_reason: str(200, { nullable: true }),
    voided_at: timestamp({ nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_shipments_number', columns: ['number'] }],
    indices: [
      { name: 'ix_shipments_customer', columns: ['customer_id'] },
      { name: 'ix_shipments_status', columns: ['status', 'ship_date'] },
    ],
  },
);

export const shipmentLines = table(
  'shipment_lines',
  {
    id: pk(),
    shipment_id: ref('shipments'),
    line_no: int(),
    order_id: ref('sales_orders'),
    order_line_id: ref('sales_order_lines'),
    product_id: ref('products'),
    qty: { type: 'bigint' },
    unit_price: money(),
    discount_bp: int({ default: 0 }),
    tax_rate: int(),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    invoiced_qty: qty(),
    invoiced_total: money({ default: 0 }),
    /** Returned in total; the credited part was already invoiced (credit note), the rest came off delivered-not-invoiced. */
    returned_qty: qty(),
    returned_total: money({ default: 0 }),
    credited_qty: qty(),
    credited_total: money({ default: 0 }),
  },
  {
    indices: [
      { name: 'ix_shipment_lines_shipment', columns: ['shipment_id'] },
      { name: 'ix_shipment_lines_order_line', columns: ['order_line_id'] },
      // the order's trail and orders.void find an order's shipments
      { name: 'ix_shipment_lines_order', columns: ['order_id'] },
    ],
  },
);

/* ------------------------------------------------------------------ credit */

/**
 * Maintained per-customer balances: every document that changes one updates it in the same transaction,
 * so a credit check is one row read (locked FOR UPDATE on PostgreSQL during check-and-commit).
 */
export const customerBalances = table('customer_balances', {
  customer_id: { ...ref('customers'), primary: true },
  /** Open amounts of approved invoices (invoices − applied receipts − credit notes). */
  receivable: money({ default: 0 }),
  /** Delivered (approved shipments) but not yet invoiced, tax included. */
  delivered_uninvoiced: money({ default: 0 }),
  /** Approved orders not yet delivered, tax included. */
  open_orders: money({ default: 0 }),
  /** Unapplied receipts and advances (预收款). */
  advances: money({ default: 0 }),
  updated_at: timestamp(),
  version: int({ default: 0 }),
});

/** Temporary credit-limit raises granted when releasing a held order. */
export const creditOverrides = table(
  'credit_overrides',
  {
    id: pk(),
    customer_id: ref('customers'),
    extra_limit: money(),
    valid_until: date(),
    reason: str(200),
    order_id: ref('sales_orders', { nullable: true }),
    created_by: ref('users'),
    created_at: timestamp(),
  },
  { indices: [{ name: 'ix_credit_overrides_customer', columns: ['customer_id', 'valid_until'] }] },
);

/**
 * This customer's price for this product (一客一价): the last price paid, maintained on order approval, or a
 * price agreed in a price list (Excel import: order_id null, order_date = the date it takes effect). A later
 * order replaces it; an earlier-dated one does not.
 */
export const customerPrices = table('customer_prices', {
  customer_id: { ...ref('customers'), primary: true },
  product_id: { ...ref('products'), primary: true },
  unit_price: money(),
  discount_bp: int({ default: 0 }),
  order_id: ref('sales_orders', { nullable: true }),
  order_date: date(),
});

export const SALES_ENTITIES = [
  stock,
  stockAdjustments,
  stockMoves,
  quotations,
  quotationLines,
  salesOrders,
  salesOrderLines,
  shipments,
  shipmentLines,
  customerBalances,
  creditOverrides,
  customerPrices,
];
