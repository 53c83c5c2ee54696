import { bool, date, int, money, pk, ref, stamps, str, table, timestamp, txt } from './define';

const qty = (opts = {}) => ({ type: 'bigint' as const, default: 0, ...opts });

/**
 * Invoices (销售发票 / 应收单) and credit notes (红字 / 贷项): one table, `kind` tells them apart; both
 * carry positive amounts. An approved invoice raises the receivable; a credit note behaves like a receipt:
 * it is a credit that is applied to invoices (allocations) or stays unapplied.
 */
export const invoices = table(
  'invoices',
  {
    id: pk(),
    kind: str(12),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    salesperson_id: ref('users'),
    invoice_date: date(),
    due_date: date({ nullable: true }),
    /** The earliest delivery the invoice covers: the bad-debt clock starts here. */
    delivered_on: date({ nullable: true }),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    /** invoices: still to be paid; credit notes: still to be applied. Maintained. */
    open_amount: money({ default: 0 }),
    vat_invoice_no: str(40, { nullable: true }),
    vat_invoice_date: date({ nullable: true }),
    /** credit notes: why (return, price correction, write-off), and what they credit */
    reason: str(200, { nullable: true }),
    credit_kind: str(20, { nullable: true }),
    target_invoice_id: ref('invoices', { nullable: true }),
    return_id: int({ nullable: true }),
    notes: str(500, { nullable: true }),
    /** 期初应收: an open item carried over from the old system at go-live (Excel import); no shipment lines. */
    opening: bool(false),
    /** Opening items: the document number in the old system (unique per customer). */
    legacy_number: str(40, { nullable: true }),
    submitted_at: timestamp({ nullable: true }),
    checked_by: ref('users', { nullable: true }),
    checked_at: timestamp({ nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    void_reason: str(200, { nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [
      { name: 'uq_invoices_number', columns: ['number'] },
      { name: 'uq_invoices_legacy_number', columns: ['customer_id', 'legacy_number'] },
    ],
    indices: [
      { name: 'ix_invoices_customer', columns: ['customer_id', 'status', 'due_date'] },
      { name: 'ix_invoices_status', columns: ['status', 'kind', 'invoice_date'] },
      { name: 'ix_invoices_due', columns: ['kind', 'status', 'due_date'] },
      // a customer's open invoices (credit check's overdue rule, matching, advances): the paid ones skipped in the index
      {
        name: 'ix_invoices_customer_open',
        columns: ['customer_id', 'kind', 'status', 'open_amount', 'due_date'],
      },
    ],
  },
);

export const invoiceLines = table(
  'invoice_lines',
  {
    id: pk(),
    invoice_id: ref('invoices'),
    line_no: int(),
    shipment_line_id: ref('shipment_lines', { nullable: true }),
    order_line_id: ref('sales_order_lines', { nullable: true }),
    product_id: ref('products', { nullable: true }),
    description: str(200),
    unit: str(10, { nullable: true }),
    qty: qty(),
    unit_price: money({ default: 0 }),
    discount_bp: int({ default: 0 }),
    tax_rate: int({ default: 0 }),
    amount: money(),
    tax: money(),
    total: money(),
  },
  {
    indices: [
      { name: 'ix_invoice_lines_invoice', columns: ['invoice_id'] },
      { name: 'ix_invoice_lines_shipment_line', columns: ['shipment_line_id'] },
      // the order's trail (orders.get, and every order call's answer) finds its invoices by order line
      { name: 'ix_invoice_lines_order_line', columns: ['order_line_id'] },
    ],
  },
);

/** Receipts (收款单), also advances against an order (预收款). */
export const receipts = table(
  'receipts',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    receipt_date: date(),
    method: str(20),
    amount: money(),
    /** Part of the amount applied to invoices; the rest is an unapplied advance. Maintained. */
    applied_total: money({ default: 0 }),
    bank_account: str(60, { nullable: true }),
    reference: str(60, { nullable: true }),
    bill_no: str(40, { nullable: true }),
    bill_maturity: date({ nullable: true }),
    order_id: ref('sales_orders', { nullable: true }),
    notes: str(500, { nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    reversed_by: ref('users', { nullable: true }),
    reversed_at: timestamp({ nullable: true }),
    reversal_date: date({ nullable: true }),
    reversal_reason: str(200, { nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_receipts_number', columns: ['number'] }],
    indices: [
      { name: 'ix_receipts_customer', columns: ['customer_id', 'status'] },
      { name: 'ix_receipts_date', columns: ['receipt_date'] },
    ],
  },
);

/**
 * Matching (核销): a credit (receipt or credit note) applied to an invoice. Never edited: unmatching adds a
 * negative row pointing at the one it reverses, with a reason. The effective date is the later of the two
 * documents' dates (reversals: the day of the reversal), so ageing "as of" any date is exact.
 */
export const allocations = table(
  'allocations',
  {
    id: pk(),
    source_type: str(12),
    source_id: int(),
    invoice_id: ref('invoices'),
    customer_id: ref('customers'),
    amount: money(),
    effective_date: date(),
    reversal_of: ref('allocations', { nullable: true }),
    reversed: bool(false),
    reason: str(200, { nullable: true }),
    created_by: ref('users', { nullable: true }),
    created_at: timestamp(),
  },
  {
    indices: [
      { name: 'ix_allocations_invoice', columns: ['invoice_id', 'effective_date'] },
      { name: 'ix_allocations_source', columns: ['source_type', 'source_id'] },
      { name: 'ix_allocations_customer', columns: ['customer_id'] },
      // as-of reports (ageing, statements) add back the allocations effective after their date
      { name: 'ix_allocations_effective', columns: ['effective_date'] },
    ],
  },
);

/**
 * The receivable ledger (应收明细账), append-only: + invoices and receipt reversals, − receipts and credit
 * notes. Statements are read from it; its sum per customer is the receivable net of unapplied credits.
 */
export const arLedger = table(
  'ar_ledger',
  {
    id: pk(),
    customer_id: ref('customers'),
    entry_date: date(),
    doc_type: str(20),
    doc_id: int(),
    doc_number: str(20, { nullable: true }),
    amount: money(),
    description: str(200, { nullable: true }),
    created_at: timestamp(),
  },
  { indices: [{ name: 'ix_ar_ledger_customer', columns: ['customer_id', 'entry_date', 'id'] }] },
);

/** Sales returns (退货): goods back into stock; credited against the invoice or the uninvoiced delivery. */
export const salesReturns = table(
  'sales_returns',
  {
    id: pk(),
    number: str(20, { nullable: true }),
    status: str(12),
    customer_id: ref('customers'),
    shipment_id: ref('shipments'),
    warehouse_id: ref('warehouses'),
    return_date: date(),
    reason: str(200),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
    credit_note_id: ref('invoices', { nullable: true }),
    approved_by: ref('users', { nullable: true }),
    approved_at: timestamp({ nullable: true }),
    created_by: ref('users'),
    updated_by: ref('users'),
    ...stamps(),
  },
  {
    uniques: [{ name: 'uq_sales_returns_number', columns: ['number'] }],
    indices: [{ name: 'ix_sales_returns_customer', columns: ['customer_id'] }],
  },
);

export const salesReturnLines = table(
  'sales_return_lines',
  {
    id: pk(),
    return_id: ref('sales_returns'),
    line_no: int(),
    shipment_line_id: ref('shipment_lines'),
    product_id: ref('products'),
    qty: { type: 'bigint' },
    /** What the return took off delivered-not-invoiced, and what it credited against invoices. */
    uninvoiced_total: money({ default: 0 }),
    credited_total: money({ default: 0 }),
    amount: money({ default: 0 }),
    tax: money({ default: 0 }),
    total: money({ default: 0 }),
  },
  { indices: [{ name: 'ix_sales_return_lines_return', columns: ['return_id'] }] },
);

/** Statements sent to customers (对账单) and their confirmation (余额确认). */
export const statements = table(
  'statements',
  {
    id: pk(),
    customer_id: ref('customers'),
    period_from: date(),
    period_to: date(),
    opening: money(),
    debits: money(),
    credits: money(),
    closing: money(),
    status: str(12),
    generated_by: ref('users'),
    generated_at: timestamp(),
    sent_at: timestamp({ nullable: true }),
    sent_by: ref('users', { nullable: true }),
    sent_via: str(30, { nullable: true }),
    confirmed_on: date({ nullable: true }),
    confirmed_by_name: str(50, { nullable: true }),
    confirmed_amount: money({ nullable: true }),
    confirm_note: str(500, { nullable: true }),
    recorded_by: ref('users', { nullable: true }),
    scan_name: str(200, { nullable: true }),
    scan_type: str(60, { nullable: true }),
    scan_data: txt({ nullable: true }),
  },
  { indices: [{ name: 'ix_statements_customer', columns: ['customer_id', 'period_to'] }] },
);

export const FINANCE_ENTITIES = [
  invoices,
  invoiceLines,
  receipts,
  allocations,
  arLedger,
  salesReturns,
  salesReturnLines,
  statements,
];
