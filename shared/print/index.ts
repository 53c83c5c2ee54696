/**
 * What each printed document needs, as plain data. The data services (quotations, orders, shipments,
 * invoices, receipts, statements) fill these interfaces; the document functions under
 * electron/core/documents/ turn them into PDFs. Nothing here is computed at print time except layout:
 * totals, balances and ageing arrive already computed by the service that owns them.
 *
 * Units, as everywhere (shared/money.ts): money in integer fen, quantities in integer thousandths
 * (1.5 箱 = 1500), rates in basis points (13 % = 1300). Dates are 'YYYY-MM-DD'; timestamps ISO-8601.
 * Negative amounts are red-ink (红字) reversals and print in red with 负 in the capital amount.
 */

/* ------------------------------------------------------------------ the company (settings) */

/** 公司信息: the seller on every document. Images are data URLs (PNG or JPEG), checked on upload. */
export interface CompanyProfile {
  name: string;
  address: string | null;
  phone: string | null;
  fax: string | null;
  /** 统一社会信用代码 (also the taxpayer number on invoices). */
  credit_code: string | null;
  bank_name: string | null;
  bank_account: string | null;
  /** Default terms printed on sales contracts (one clause per line). */
  contract_terms: string | null;
  logo: string | null;
  /** Electronic seal (公章 / 合同专用章), a transparent PNG preferably; printed only when asked. */
  seal: string | null;
}

/* ------------------------------------------------------------------ building blocks */

/** A customer (or the seller) as printed in a party block. */
export interface PartyDetails {
  /** Legal full name 法人全称. */
  name: string;
  /** Customer code (C000123). */
  code?: string | null;
  credit_code?: string | null;
  address?: string | null;
  phone?: string | null;
  contact?: string | null;
  contact_phone?: string | null;
  bank_name?: string | null;
  bank_account?: string | null;
}

/** A staff member printed on a document (salesperson, shipper, cashier). */
export interface PersonRef {
  name: string;
  phone?: string | null;
}

/** One product line of a quotation, contract or invoice. */
export interface ItemLine {
  line_no: number;
  product_code: string;
  product_name: string;
  /** 规格型号. */
  spec: string | null;
  unit: string;
  /** Thousandths; negative on a red-ink line. */
  qty: number;
  /** Fen, tax included (含税单价) after discount. */
  unit_price: number;
  /** List price before discount, when a discount applies (fen). */
  list_price?: number | null;
  /** Discount in basis points off the list price (1000 = 10 % off = 九折). */
  discount_bp?: number | null;
  /** Basis points (1300 = 13 %). */
  tax_rate: number;
  /** Tax-included amount of the line, rounded once at the line (fen). */
  amount: number;
  /** Tax contained in `amount` (fen). */
  tax_amount: number;
  notes?: string | null;
}

export interface Totals {
  /** Sum of quantities (thousandths), when the units are comparable; null to leave it out. */
  qty: number | null;
  /** Amount without tax (fen). */
  net: number;
  tax: number;
  /** 价税合计 (fen). */
  total: number;
  /** Total discount granted against list prices (fen), 0 when none. */
  discount: number;
}

/* ------------------------------------------------------------------ documents */

/** 报价单. */
export interface QuotationPrint {
  /** null while a draft: the number is assigned on approval; drafts print with a 草稿 watermark. */
  number: string | null;
  date: string;
  valid_until: string | null;
  customer: PartyDetails;
  salesperson: PersonRef;
  /** Prices include VAT (the usual case for Chinese quotations). */
  tax_included: boolean;
  lines: ItemLine[];
  totals: Totals;
  delivery_terms: string | null;
  payment_terms: string | null;
  notes: string | null;
}

/** 销售合同. */
export interface ContractPrint {
  number: string;
  /** 签订日期. */
  date: string;
  /** 签订地点. */
  place: string | null;
  /** The seller is the company; the buyer the customer. */
  buyer: PartyDetails;
  /** The seller's representative (业务员) and the buyer's. */
  seller_rep: PersonRef;
  buyer_rep: PersonRef | null;
  order_no: string | null;
  quotation_no: string | null;
  lines: ItemLine[];
  totals: Totals;
  delivery: {
    /** 交货日期 (or a text like "合同签订后 15 日内" in `terms`). */
    date: string | null;
    place: string | null;
    /** 送货 / 自提 / 物流. */
    method: string | null;
    /** Who pays the freight. */
    freight: string | null;
    terms: string | null;
  };
  payment_terms: string;
  quality_terms: string | null;
  /** Contract clauses; null uses the company's default contract_terms. One clause per line. */
  terms_text: string | null;
}

export const SHIPPING_COPIES = ['stub', 'customer', 'accounting', 'warehouse'] as const;
export type ShippingCopy = (typeof SHIPPING_COPIES)[number];
export const SHIPPING_COPY_LABELS: Record<ShippingCopy, string> = {
  stub: '第一联 存根',
  customer: '第二联 客户',
  accounting: '第三联 记账',
  warehouse: '第四联 仓库',
};

export interface ShippingLine {
  line_no: number;
  product_code: string;
  product_name: string;
  spec: string | null;
  unit: string;
  qty: number;
  /** 件数 / 箱数, free text (e.g. "12 箱"). */
  packages: string | null;
  batch_no: string | null;
  /** Printed only when the note shows prices. */
  unit_price: number | null;
  amount: number | null;
  notes: string | null;
}

/** 送货单 / 销售出库单. */
export interface ShippingNotePrint {
  number: string;
  date: string;
  order_no: string | null;
  customer: PartyDetails;
  ship_to: { address: string | null; receiver: string | null; phone: string | null };
  warehouse: string;
  lines: ShippingLine[];
  /** Prices and amounts on the customer's copy (some customers must not see prices). */
  show_prices: boolean;
  totals: { qty: number | null; amount: number | null };
  /** 承运商 / 物流公司 and 运单号. */
  carrier: string | null;
  waybill_no: string | null;
  vehicle_no: string | null;
  driver: PersonRef | null;
  shipped_by: PersonRef | null;
  salesperson: PersonRef | null;
  notes: string | null;
}

/** 销售清单 (the bill / list attached to an invoice); a red-ink one reverses an earlier one. */
export interface InvoicePrint {
  number: string;
  date: string;
  due_date: string | null;
  /** Red-ink (红字) lists carry negative quantities and amounts and name the original. */
  red: boolean;
  original_no: string | null;
  /** 发票号码 of the VAT invoice, when issued. */
  vat_invoice_no: string | null;
  customer: PartyDetails;
  order_nos: string[];
  shipment_nos: string[];
  lines: ItemLine[];
  totals: Totals;
  payment_terms: string | null;
  issued_by: PersonRef | null;
  notes: string | null;
}

export const RECEIPT_METHODS = [
  'cash',
  'transfer',
  'bank_acceptance',
  'commercial_acceptance',
  'cheque',
  'acceptance_bill',
  'wechat',
  'alipay',
  'other',
] as const;
export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];
export const RECEIPT_METHOD_LABELS: Record<ReceiptMethod, string> = {
  cash: '现金',
  transfer: '银行转账',
  bank_acceptance: '银行承兑汇票',
  commercial_acceptance: '商业承兑汇票',
  cheque: '支票',
  acceptance_bill: '承兑汇票',
  wechat: '微信',
  alipay: '支付宝',
  other: '其他',
};

/** 收款收据. */
export interface ReceiptPrint {
  number: string;
  date: string;
  payer: PartyDetails;
  /** Fen; negative for a refund receipt (红字). */
  amount: number;
  method: ReceiptMethod;
  /** 票据号码 and due date for bills, 对方账号 for transfers. */
  bill_no: string | null;
  bill_due: string | null;
  payer_bank: string | null;
  /** 收款事由, e.g. "货款". */
  purpose: string;
  /** Invoices this receipt settles (核销). */
  allocations: { doc_no: string; doc_date: string; amount: number }[];
  received_by: PersonRef;
  cashier: PersonRef | null;
  notes: string | null;
}

/** One ageing bucket, e.g. 未到期 / 1–30 天 / 31–60 天 / 61–90 天 / 91–180 天 / 180 天以上. */
export interface AgeingBucket {
  label: string;
  amount: number;
}
export interface AgeingSummary {
  as_of: string;
  buckets: AgeingBucket[];
  total: number;
}

export interface StatementEntry {
  date: string;
  /** 销售发票 / 收款 / 退货 / 红字冲销 / 预收款 …. */
  doc_type: string;
  doc_no: string;
  description: string | null;
  /** Increases what the customer owes (fen). */
  debit: number;
  /** Decreases it (fen). */
  credit: number;
  /** Running balance after this entry (fen). */
  balance: number;
}

/** 对账单: the period's movements, the balance, ageing, and a slip the customer signs and returns. */
export interface StatementPrint {
  number: string;
  date: string;
  customer: PartyDetails;
  period_from: string;
  period_to: string;
  opening_balance: number;
  entries: StatementEntry[];
  totals: { debit: number; credit: number };
  closing_balance: number;
  ageing: AgeingSummary;
  salesperson: PersonRef | null;
  /** Our finance contact for questions. */
  contact: PersonRef | null;
  /** The date by which the confirmation slip should come back. */
  reply_by: string | null;
  notes: string | null;
}

export interface OpenItem {
  doc_no: string;
  date: string;
  due_date: string | null;
  amount: number;
  outstanding: number;
}

/** 余额确认书 (as at a date; at least at end of June and December). */
export interface BalanceConfirmationPrint {
  number: string;
  date: string;
  customer: PartyDetails;
  as_of: string;
  /** Positive: the customer owes us; negative: we hold their prepayment. */
  balance: number;
  open_items: OpenItem[];
  reply_by: string | null;
  contact: PersonRef | null;
  notes: string | null;
}

export interface OverdueItem extends OpenItem {
  days_overdue: number;
}

/** 催款函: first reminder, second reminder, final notice (律师函 is out of scope). */
export interface DunningLetterPrint {
  number: string;
  date: string;
  customer: PartyDetails;
  /** 1 = 提醒, 2 = 再次催告, 3 = 最后通知. */
  level: 1 | 2 | 3;
  items: OverdueItem[];
  total_overdue: number;
  pay_by: string;
  contact: PersonRef | null;
  notes: string | null;
}

/** 产品价目表. */
export interface PriceListPrint {
  number: string;
  date: string;
  title: string;
  category: string | null;
  tax_included: boolean;
  items: {
    code: string;
    name: string;
    spec: string | null;
    unit: string;
    category: string | null;
    list_price: number;
    tax_rate: number;
  }[];
  notes: string | null;
}

/* ------------------------------------------------------------------ the registry of types */

export const DOCUMENT_TYPES = [
  'quotation',
  'contract',
  'shipping_note',
  'invoice',
  'receipt',
  'statement',
  'balance_confirmation',
  'dunning_letter',
  'price_list',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, { zh: string; en: string }> = {
  quotation: { zh: '报价单', en: 'Quotation' },
  contract: { zh: '销售合同', en: 'Sales contract' },
  shipping_note: { zh: '送货单', en: 'Shipping note' },
  invoice: { zh: '销售清单', en: 'Sales bill' },
  receipt: { zh: '收款收据', en: 'Receipt' },
  statement: { zh: '对账单', en: 'Statement' },
  balance_confirmation: { zh: '余额确认书', en: 'Balance confirmation' },
  dunning_letter: { zh: '催款函', en: 'Overdue reminder' },
  price_list: { zh: '产品价目表', en: 'Price list' },
};

export interface PrintDataMap {
  quotation: QuotationPrint;
  contract: ContractPrint;
  shipping_note: ShippingNotePrint;
  invoice: InvoicePrint;
  receipt: ReceiptPrint;
  statement: StatementPrint;
  balance_confirmation: BalanceConfirmationPrint;
  dunning_letter: DunningLetterPrint;
  price_list: PriceListPrint;
}

/** How to print: per call, not per document. */
export interface PrintOptions {
  /** 0 = the original; n ≥ 1 marks the page "补打（第 n 次）". Set by the print log, not by the caller. */
  reprint?: number;
  /** Stamp the company seal where the document has a seal block. */
  seal?: boolean;
  /** Shipping note: which copies, in this order (all four by default). */
  copies?: ShippingCopy[];
  /** Shipping note: A4, or the half-A4 continuous form (241 × 140 mm, 9.5 × 5.5 in). */
  layout?: 'a4' | 'half';
  /** Shipping note: print prices and amounts (overrides the note's own `show_prices`). */
  show_prices?: boolean;
  /** Printer offset calibration in millimetres (positive: right / down), for pre-printed forms. */
  offset_mm?: { x: number; y: number };
  /** Printed by / at, shown in the footer. */
  printed_by?: string | null;
  printed_at?: string | null;
  /** A 样张 (sample data): watermarked so that nobody takes it for a real document. */
  sample?: boolean;
}
