import { z } from 'zod';
import { method } from './define';
import {
  id,
  isoDate,
  listQuery,
  listResult,
  moneyNonNeg,
  optDate,
  optText,
  text,
  version,
  basisPoints,
} from './common';
import { qtyMilli } from './sales';

export const INVOICE_STATUSES = ['draft', 'submitted', 'checked', 'approved', 'void'] as const;
export const RECEIPT_METHODS = [
  'bank_transfer',
  'cash',
  'acceptance_bill',
  'wechat',
  'alipay',
  'other',
] as const;
export const RECEIPT_METHOD_LABELS: Record<(typeof RECEIPT_METHODS)[number], { zh: string; en: string }> = {
  bank_transfer: { zh: '银行转账', en: 'Bank transfer' },
  cash: { zh: '现金', en: 'Cash' },
  acceptance_bill: { zh: '承兑汇票', en: 'Acceptance bill' },
  wechat: { zh: '微信', en: 'WeChat' },
  alipay: { zh: '支付宝', en: 'Alipay' },
  other: { zh: '其他', en: 'Other' },
};
export const CREDIT_KINDS = ['return', 'price', 'writeoff', 'other'] as const;
export const CREDIT_KIND_LABELS: Record<(typeof CREDIT_KINDS)[number], { zh: string; en: string }> = {
  return: { zh: '退货红字', en: 'Return' },
  price: { zh: '价格调整', en: 'Price correction' },
  writeoff: { zh: '冲减应收', en: 'Write-off' },
  other: { zh: '其他', en: 'Other' },
};

/* ------------------------------------------------------------------ settings */

export const financeSettings = z.strictObject({
  /** Invoice application → sales-manager check → finance issues. Off: finance issues directly. */
  invoice_workflow: z.boolean(),
  /** Unpaid this many months after delivery: listed as bad debt (坏账). */
  bad_debt_months: z.int().min(1).max(60),
  /** Upper bounds of the ageing buckets in days; the last bucket is "more than the last bound". */
  ageing_buckets: z.array(z.int().min(1).max(3650)).min(1).max(10),
  /** Apply unapplied advances to a new invoice when it is issued. */
  auto_apply_advances: z.boolean(),
});
export type FinanceSettings = z.infer<typeof financeSettings>;
export const DEFAULT_FINANCE_SETTINGS: FinanceSettings = {
  invoice_workflow: false,
  bad_debt_months: 6,
  ageing_buckets: [30, 60, 90, 180, 365],
  auto_apply_advances: true,
};

/* ------------------------------------------------------------------ invoices */

export const invoiceLine = z.object({
  id,
  line_no: z.int(),
  shipment_line_id: z.int().nullable(),
  shipment_number: z.string().nullable(),
  order_number: z.string().nullable(),
  product_id: z.int().nullable(),
  product_code: z.string().nullable(),
  description: z.string(),
  spec: z.string().nullable(),
  unit: z.string().nullable(),
  qty: z.int(),
  unit_price: z.int(),
  discount_bp: z.int(),
  tax_rate: z.int(),
  amount: z.int(),
  tax: z.int(),
  total: z.int(),
});
export type InvoiceLine = z.infer<typeof invoiceLine>;

export const invoiceRow = z.object({
  id,
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().nullable(),
  status: z.enum(INVOICE_STATUSES),
  customer_id: id,
  customer_name: z.string(),
  salesperson_name: z.string(),
  invoice_date: z.string(),
  due_date: z.string().nullable(),
  total: z.int(),
  open_amount: z.int(),
  vat_invoice_no: z.string().nullable(),
  days_overdue: z.int(),
  credit_kind: z.string().nullable(),
  /** 期初应收: carried over from the old system (opening receivables import); legacy_number is its old number. */
  opening: z.boolean(),
  legacy_number: z.string().nullable(),
  updated_at: z.string(),
  version,
});
export type InvoiceRow = z.infer<typeof invoiceRow>;

export const allocationRow = z.object({
  id,
  source_type: z.enum(['receipt', 'credit_note']),
  source_id: id,
  source_number: z.string().nullable(),
  invoice_id: id,
  invoice_number: z.string().nullable(),
  amount: z.int(),
  effective_date: z.string(),
  reversal_of: z.int().nullable(),
  reversed: z.boolean(),
  reason: z.string().nullable(),
  created_by_name: z.string().nullable(),
  created_at: z.string(),
});
export type AllocationRow = z.infer<typeof allocationRow>;

export const invoiceDetail = invoiceRow.extend({
  salesperson_id: id,
  delivered_on: z.string().nullable(),
  amount: z.int(),
  tax: z.int(),
  vat_invoice_date: z.string().nullable(),
  reason: z.string().nullable(),
  target_invoice_id: z.int().nullable(),
  notes: z.string().nullable(),
  approved_by: z.object({ id: z.int(), name: z.string() }).nullable(),
  approved_at: z.string().nullable(),
  checked_by: z.object({ id: z.int(), name: z.string() }).nullable(),
  lines: z.array(invoiceLine),
  allocations: z.array(allocationRow),
  credit: z.any().nullable(),
});
export type InvoiceDetail = z.infer<typeof invoiceDetail>;

export const uninvoicedLine = z.object({
  shipment_line_id: id,
  shipment_id: id,
  shipment_number: z.string(),
  ship_date: z.string(),
  order_number: z.string().nullable(),
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  qty: z.int(),
  unit_price: z.int(),
  discount_bp: z.int(),
  tax_rate: z.int(),
  remaining_qty: z.int(),
  remaining_total: z.int(),
});
export type UninvoicedLine = z.infer<typeof uninvoicedLine>;

const invoiceFields = {
  customer_id: id,
  invoice_date: isoDate,
  vat_invoice_no: optText(40),
  vat_invoice_date: optDate,
  notes: optText(500),
  lines: z
    .array(z.strictObject({ shipment_line_id: id, qty: qtyMilli }))
    .min(1, { error: 'lines_required' })
    .max(1000),
};

/* ------------------------------------------------------------------ receipts */

export const receiptRow = z.object({
  id,
  number: z.string().nullable(),
  status: z.enum(['approved', 'reversed']),
  customer_id: id,
  customer_name: z.string(),
  receipt_date: z.string(),
  method: z.enum(RECEIPT_METHODS),
  amount: z.int(),
  applied_total: z.int(),
  unapplied: z.int(),
  reference: z.string().nullable(),
  bill_no: z.string().nullable(),
  order_number: z.string().nullable(),
  updated_at: z.string(),
  version,
});
export type ReceiptRow = z.infer<typeof receiptRow>;

export const receiptDetail = receiptRow.extend({
  bank_account: z.string().nullable(),
  bill_maturity: z.string().nullable(),
  order_id: z.int().nullable(),
  notes: z.string().nullable(),
  approved_by: z.object({ id: z.int(), name: z.string() }).nullable(),
  approved_at: z.string().nullable(),
  reversal_date: z.string().nullable(),
  reversal_reason: z.string().nullable(),
  allocations: z.array(allocationRow),
});
export type ReceiptDetail = z.infer<typeof receiptDetail>;

const allocationInput = z.strictObject({ invoice_id: id, amount: moneyNonNeg.min(1) });

/** An open item on the matching screen: an invoice to pay or a credit (receipt, credit note) to apply. */
export const openItem = z.object({
  type: z.enum(['invoice', 'receipt', 'credit_note']),
  id,
  number: z.string().nullable(),
  date: z.string(),
  due_date: z.string().nullable(),
  total: z.int(),
  open: z.int(),
  reference: z.string().nullable(),
});
export type OpenItem = z.infer<typeof openItem>;

export const matchLine = z.strictObject({
  source_type: z.enum(['receipt', 'credit_note']),
  source_id: id,
  invoice_id: id,
  amount: moneyNonNeg.min(1),
});
export type MatchLine = z.infer<typeof matchLine>;

/* ------------------------------------------------------------------ returns */

export const returnLine = z.object({
  id,
  shipment_line_id: id,
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  unit: z.string(),
  qty: z.int(),
  uninvoiced_total: z.int(),
  credited_total: z.int(),
  total: z.int(),
});
export const returnDetail = z.object({
  id,
  number: z.string().nullable(),
  status: z.enum(['draft', 'approved']),
  customer_id: id,
  customer_name: z.string(),
  shipment_id: id,
  shipment_number: z.string().nullable(),
  warehouse_id: id,
  return_date: z.string(),
  reason: z.string(),
  total: z.int(),
  credit_note_id: z.int().nullable(),
  credit_note_number: z.string().nullable(),
  lines: z.array(returnLine),
  version,
});
export type ReturnDetail = z.infer<typeof returnDetail>;

export const returnableLine = z.object({
  shipment_line_id: id,
  product_id: id,
  product_code: z.string(),
  name: z.string(),
  unit: z.string(),
  shipped_qty: z.int(),
  returned_qty: z.int(),
  returnable_qty: z.int(),
});

/* ------------------------------------------------------------------ statements and reports */

export const statementEntry = z.object({
  date: z.string(),
  doc_type: z.string(),
  doc_number: z.string().nullable(),
  description: z.string().nullable(),
  debit: z.int(),
  credit: z.int(),
  balance: z.int(),
});
export const ageingBucket = z.object({ label: z.string(), amount: z.int() });
export const statementData = z.object({
  customer_id: id,
  customer_name: z.string(),
  customer_code: z.string(),
  period_from: z.string(),
  period_to: z.string(),
  opening: z.int(),
  debits: z.int(),
  credits: z.int(),
  closing: z.int(),
  entries: z.array(statementEntry),
  ageing: z.array(ageingBucket),
  unapplied_credits: z.int(),
  open_total: z.int(),
});
export type StatementData = z.infer<typeof statementData>;

export const statementRow = z.object({
  id,
  customer_id: id,
  customer_name: z.string(),
  period_from: z.string(),
  period_to: z.string(),
  opening: z.int(),
  closing: z.int(),
  status: z.enum(['generated', 'sent', 'confirmed', 'disputed']),
  sent_at: z.string().nullable(),
  sent_via: z.string().nullable(),
  confirmed_on: z.string().nullable(),
  confirmed_by_name: z.string().nullable(),
  confirmed_amount: z.int().nullable(),
  has_scan: z.boolean(),
  generated_at: z.string(),
});
export type StatementRow = z.infer<typeof statementRow>;

export const ageingQuery = z.strictObject({
  as_of: isoDate,
  basis: z.enum(['due', 'invoice']).default('due'),
  buckets: z.array(z.int().min(1).max(3650)).min(1).max(10).optional(),
  group_by: z.enum(['customer', 'salesperson', 'region']).default('customer'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(1000).default(200),
  q: z.string().trim().max(100).optional(),
});
export const ageingRow = z.object({
  key: z.int(),
  name: z.string(),
  current: z.int(),
  buckets: z.array(z.int()),
  unapplied: z.int(),
  total: z.int(),
});
export type AgeingRow = z.infer<typeof ageingRow>;

export const financeContract = {
  'finance.settings': method({
    input: z.strictObject({}),
    output: financeSettings,
    access: 'authenticated',
    mutates: false,
  }),
  'finance.setSettings': method({
    input: financeSettings,
    output: financeSettings,
    access: 'settings.manage',
    mutates: true,
    entity: 'settings',
  }),
  'finance.home': method({
    input: z.strictObject({}),
    output: z.object({
      held_orders: z.int(),
      overdue_count: z.int(),
      overdue_amount: z.int(),
      receipts_today_count: z.int(),
      receipts_today_amount: z.int(),
      unmatched_count: z.int(),
      unmatched_amount: z.int(),
      to_invoice_amount: z.int(),
      receivable: z.int(),
    }),
    access: 'invoices.read',
    mutates: false,
  }),

  // invoices and credit notes
  'invoices.list': method({
    input: listQuery.extend({
      kind: z.enum(['invoice', 'credit_note']).optional(),
      view: z.enum(['all', 'open', 'overdue', 'drafts', 'awaiting']).default('all'),
      customer_id: id.optional(),
    }),
    output: listResult(invoiceRow),
    access: 'invoices.read',
    mutates: false,
  }),
  'invoices.get': method({
    input: z.strictObject({ id }),
    output: invoiceDetail,
    access: 'invoices.read',
    mutates: false,
  }),
  /** Customers with goods delivered and not yet invoiced (待开票), most owed first. */
  'invoices.toInvoice': method({
    input: listQuery,
    output: listResult(
      z.object({
        id,
        customer_name: z.string(),
        customer_code: z.string(),
        salesperson_name: z.string().nullable(),
        delivered_uninvoiced: z.int(),
        receivable: z.int(),
      }),
    ),
    access: 'invoices.read',
    mutates: false,
  }),
  /** Delivered-not-invoiced shipment lines of a customer: what a new invoice can cover. */
  'invoices.uninvoiced': method({
    input: z.strictObject({ customer_id: id }),
    output: z.array(uninvoicedLine),
    access: 'invoices.read',
    mutates: false,
  }),
  'invoices.create': method({
    input: z.strictObject(invoiceFields),
    output: invoiceDetail,
    access: 'invoices.write',
    mutates: true,
    entity: 'invoice',
  }),
  'invoices.update': method({
    input: z.strictObject({ id, version, ...invoiceFields }),
    output: invoiceDetail,
    access: 'invoices.write',
    mutates: true,
    entity: 'invoice',
  }),
  'invoices.delete': method({
    input: z.strictObject({ id, version }),
    output: z.object({ ok: z.literal(true) }),
    access: 'invoices.write',
    mutates: true,
    entity: 'invoice',
  }),
  /** Invoice application (when the workflow is on): waits for the sales manager. */
  'invoices.submit': method({
    input: z.strictObject({ id, version }),
    output: invoiceDetail,
    access: 'invoices.write',
    mutates: true,
    entity: 'invoice',
  }),
  'invoices.check': method({
    input: z.strictObject({ id, version }),
    output: invoiceDetail,
    access: 'sales.approve',
    mutates: true,
    entity: 'invoice',
  }),
  'invoices.reject': method({
    input: z.strictObject({ id, version, reason: text(200) }),
    output: invoiceDetail,
    access: 'sales.approve',
    mutates: true,
    entity: 'invoice',
  }),
  /** Finance issues (posts) the invoice: numbered, delivered-not-invoiced becomes receivable, advances applied. */
  'invoices.issue': method({
    input: z.strictObject({ id, version }),
    output: invoiceDetail,
    access: 'invoices.issue',
    mutates: true,
    entity: 'invoice',
  }),
  /** The official VAT invoice (发票) is issued in the tax system; its number and date are recorded here. */
  'invoices.setVat': method({
    input: z.strictObject({ id, vat_invoice_no: text(40), vat_invoice_date: isoDate }),
    output: invoiceDetail,
    access: 'invoices.issue',
    mutates: true,
    entity: 'invoice',
  }),
  'creditNotes.create': method({
    input: z.strictObject({
      customer_id: id,
      credit_kind: z.enum(['price', 'writeoff', 'other']),
      invoice_date: isoDate,
      target_invoice_id: id.nullish().transform((v) => v ?? null),
      total: moneyNonNeg.min(1),
      tax_rate: basisPoints.default(1300),
      reason: text(200),
    }),
    output: invoiceDetail,
    access: 'invoices.write',
    mutates: true,
    entity: 'credit_note',
  }),
  /** Approval posts the credit note and applies it to its invoice (what the invoice no longer owes). */
  'creditNotes.approve': method({
    input: z.strictObject({ id, version }),
    output: invoiceDetail,
    access: 'credit_notes.approve',
    mutates: true,
    entity: 'credit_note',
  }),

  // receipts and matching
  'receipts.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      view: z.enum(['all', 'unapplied', 'today', 'reversed']).default('all'),
    }),
    output: listResult(receiptRow),
    access: 'receipts.read',
    mutates: false,
  }),
  'receipts.get': method({
    input: z.strictObject({ id }),
    output: receiptDetail,
    access: 'receipts.read',
    mutates: false,
  }),
  /** Records a receipt (posted at once, numbered) and applies it as given; the rest stays an advance. */
  'receipts.create': method({
    input: z.strictObject({
      customer_id: id,
      receipt_date: isoDate,
      method: z.enum(RECEIPT_METHODS),
      amount: moneyNonNeg.min(1),
      bank_account: optText(60),
      reference: optText(60),
      bill_no: optText(40),
      bill_maturity: optDate,
      order_id: id.nullish().transform((v) => v ?? null),
      notes: optText(500),
      allocations: z.array(allocationInput).max(500).default([]),
    }),
    output: receiptDetail,
    access: 'receipts.write',
    mutates: true,
    entity: 'receipt',
  }),
  /** A bounced bill or a wrong receipt: reversed (红字) on a date, its matches undone, the invoices open again. */
  'receipts.reverse': method({
    input: z.strictObject({ id, version, reason: text(200), reversal_date: isoDate }),
    output: receiptDetail,
    access: 'receipts.write',
    mutates: true,
    entity: 'receipt',
  }),
  /** Oldest-first proposal for applying an amount to a customer's open invoices. */
  'receipts.suggest': method({
    input: z.strictObject({ customer_id: id, amount: moneyNonNeg }),
    output: z.array(z.object({ invoice_id: id, amount: z.int() })),
    access: 'receipts.read',
    mutates: false,
  }),
  'matching.items': method({
    input: z.strictObject({ customer_id: id }),
    output: z.object({ invoices: z.array(openItem), credits: z.array(openItem), truncated: z.boolean() }),
    access: 'receipts.read',
    mutates: false,
  }),
  'matching.apply': method({
    input: z.strictObject({
      customer_id: id,
      lines: z.array(matchLine).min(1, { error: 'lines_required' }).max(1000),
    }),
    output: z.object({ applied: z.int(), amount: z.int() }),
    access: 'receipts.write',
    mutates: true,
    entity: 'allocation',
  }),
  /** Unmatching is a reversal with a reason, never an edit. */
  'matching.unapply': method({
    input: z.strictObject({ allocation_id: id, reason: text(200) }),
    output: z.object({ ok: z.literal(true) }),
    access: 'receipts.write',
    mutates: true,
    entity: 'allocation',
  }),
  'matching.history': method({
    input: z.strictObject({ invoice_id: id.optional(), receipt_id: id.optional() }),
    output: z.array(allocationRow),
    access: 'receipts.read',
    mutates: false,
  }),
  /** Bulk auto-match across customers: oldest credits to oldest invoices. Preview first, then commit the same. */
  'matching.autoPreview': method({
    input: z.strictObject({ customer_id: id.optional() }),
    output: z.object({
      customers: z.int(),
      matches: z.int(),
      amount: z.int(),
      fingerprint: z.string(),
      sample: z.array(
        z.object({
          customer_name: z.string(),
          source_number: z.string().nullable(),
          invoice_number: z.string().nullable(),
          amount: z.int(),
        }),
      ),
    }),
    access: 'receipts.write',
    mutates: false,
  }),
  'matching.autoCommit': method({
    input: z.strictObject({ customer_id: id.optional(), fingerprint: z.string().max(100) }),
    output: z.object({ matches: z.int(), amount: z.int() }),
    access: 'receipts.write',
    mutates: true,
    entity: 'allocation',
  }),

  // returns
  'returns.returnable': method({
    input: z.strictObject({ shipment_id: id }),
    output: z.array(returnableLine),
    access: 'returns.read',
    mutates: false,
  }),
  'returns.list': method({
    input: listQuery.extend({ customer_id: id.optional() }),
    output: listResult(
      z.object({
        id,
        number: z.string().nullable(),
        status: z.enum(['draft', 'approved']),
        customer_name: z.string(),
        shipment_number: z.string().nullable(),
        return_date: z.string(),
        reason: z.string(),
        total: z.int(),
        version,
      }),
    ),
    access: 'returns.read',
    mutates: false,
  }),
  'returns.get': method({
    input: z.strictObject({ id }),
    output: returnDetail,
    access: 'returns.read',
    mutates: false,
  }),
  'returns.create': method({
    input: z.strictObject({
      shipment_id: id,
      return_date: isoDate,
      reason: text(200),
      lines: z
        .array(z.strictObject({ shipment_line_id: id, qty: qtyMilli }))
        .min(1, { error: 'lines_required' })
        .max(500),
    }),
    output: returnDetail,
    access: 'returns.write',
    mutates: true,
    entity: 'return',
  }),
  'returns.delete': method({
    input: z.strictObject({ id, version }),
    output: z.object({ ok: z.literal(true) }),
    access: 'returns.write',
    mutates: true,
    entity: 'return',
  }),
  /** Goods back into stock; what was invoiced is credited (credit note applied to the invoice), the rest comes off delivered-not-invoiced. */
  'returns.approve': method({
    input: z.strictObject({ id, version }),
    output: returnDetail,
    access: 'returns.approve',
    mutates: true,
    entity: 'return',
  }),

  // statements
  'statements.preview': method({
    input: z.strictObject({ customer_id: id, from: isoDate, to: isoDate }),
    output: statementData,
    access: 'statements.read',
    mutates: false,
  }),
  /** Statements for one customer or many (those with a balance or movements); call in chunks for a progress bar. */
  'statements.generate': method({
    input: z.strictObject({
      from: isoDate,
      to: isoDate,
      customer_ids: z.array(id).min(1).max(500).optional(),
      only_with_balance: z.boolean().default(true),
      offset: z.int().min(0).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    output: z.object({
      generated: z.array(z.object({ id, customer_id: id, closing: z.int() })),
      next_offset: z.int().nullable(),
      total_customers: z.int(),
    }),
    access: 'statements.write',
    mutates: true,
    entity: 'statement',
  }),
  'statements.list': method({
    input: listQuery.extend({
      customer_id: id.optional(),
      status: z.enum(['generated', 'sent', 'confirmed', 'disputed']).optional(),
    }),
    output: listResult(statementRow),
    access: 'statements.read',
    mutates: false,
  }),
  'statements.markSent': method({
    input: z.strictObject({ id, via: text(30) }),
    output: statementRow,
    access: 'statements.write',
    mutates: true,
    entity: 'statement',
  }),
  'statements.confirm': method({
    input: z.strictObject({
      id,
      agreed: z.boolean(),
      confirmed_on: isoDate,
      confirmed_by_name: text(50),
      confirmed_amount: z
        .int()
        .min(-9e15)
        .max(9e15)
        .nullish()
        .transform((v) => v ?? null),
      note: optText(500),
      scan: z
        .strictObject({
          name: text(200),
          type: z
            .string()
            .max(60)
            .regex(/^(image\/(png|jpeg)|application\/pdf)$/, { error: 'invalid_format' }),
          data_base64: z.string().max(8_000_000),
        })
        .optional(),
    }),
    output: statementRow,
    access: 'statements.write',
    mutates: true,
    entity: 'statement',
  }),
  'statements.scan': method({
    input: z.strictObject({ id }),
    output: z.object({ name: z.string(), type: z.string(), data_base64: z.string() }),
    access: 'statements.read',
    mutates: false,
  }),

  // reports
  'reports.ageing': method({
    input: ageingQuery,
    output: z.object({
      labels: z.array(z.string()),
      rows: z.array(ageingRow),
      total: ageingRow,
      count: z.int(),
    }),
    access: 'reports.finance',
    mutates: false,
  }),
  'reports.ageingItems': method({
    input: ageingQuery.extend({
      /** The row's key: customer, salesperson or region id (0 = no region). */
      key: z.int().min(0).max(2_147_483_647).optional(),
      bucket: z.int().min(-1).max(10).optional(),
    }),
    output: z.object({
      rows: z.array(
        z.object({
          invoice_id: id,
          number: z.string().nullable(),
          customer_name: z.string(),
          salesperson_name: z.string(),
          invoice_date: z.string(),
          due_date: z.string().nullable(),
          days: z.int(),
          open: z.int(),
        }),
      ),
      total: z.int(),
    }),
    access: 'reports.finance',
    mutates: false,
  }),
  'reports.overdue': method({
    input: listQuery.extend({ as_of: isoDate.optional(), min_days: z.int().min(0).default(1) }),
    output: listResult(
      z.object({
        invoice_id: id,
        number: z.string().nullable(),
        customer_id: id,
        customer_name: z.string(),
        salesperson_name: z.string(),
        invoice_date: z.string(),
        due_date: z.string(),
        days_overdue: z.int(),
        open_amount: z.int(),
        phone: z.string().nullable(),
      }),
    ),
    access: 'reports.finance',
    mutates: false,
  }),
  'reports.dso': method({
    input: z.strictObject({
      as_of: isoDate,
      days: z.int().min(30).max(365).default(90),
      offset: z.int().min(0).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    output: z.object({
      overall: z.object({ receivable: z.int(), sales: z.int(), dso: z.number().nullable() }),
      rows: z.array(
        z.object({
          customer_id: id,
          customer_name: z.string(),
          receivable: z.int(),
          sales: z.int(),
          dso: z.number().nullable(),
        }),
      ),
      count: z.int(),
    }),
    access: 'reports.finance',
    mutates: false,
  }),
  'reports.forecast': method({
    input: z.strictObject({
      from: isoDate,
      offset: z.int().min(0).default(0),
      limit: z.int().min(1).max(500).default(100),
    }),
    output: z.object({
      labels: z.array(z.string()),
      rows: z.array(
        z.object({
          customer_id: id,
          customer_name: z.string(),
          overdue: z.int(),
          buckets: z.array(z.int()),
          total: z.int(),
        }),
      ),
      totals: z.object({ overdue: z.int(), buckets: z.array(z.int()), total: z.int() }),
      count: z.int(),
    }),
    access: 'reports.finance',
    mutates: false,
  }),
  'reports.badDebts': method({
    input: listQuery.extend({ as_of: isoDate.optional() }),
    output: listResult(
      z.object({
        invoice_id: id,
        number: z.string().nullable(),
        customer_name: z.string(),
        salesperson_name: z.string(),
        delivered_on: z.string().nullable(),
        invoice_date: z.string(),
        open_amount: z.int(),
        months: z.int(),
      }),
    ),
    access: 'reports.finance',
    mutates: false,
  }),
};
