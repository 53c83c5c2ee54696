import { registerDocumentSource } from '../documents/sources';
import {
  customerTerms,
  idKey,
  itemLines,
  needsNumber,
  partyOf,
  paymentTerms,
  personOf,
  totalsOf,
  voided,
  type StoredLine,
} from '../documents/mapping';
import { quotationHandlers } from './quotations';
import { orderHandlers } from './orders';
import { shipmentHandlers } from './shipments';

/**
 * Printed sales documents: 报价单 from a quotation, 销售合同 from a sales order, 送货单 from a shipment.
 * Each source reads the document through its own `get` service, so the data scope is exactly the one
 * of the screen (a document the caller may not see is NOT_FOUND).
 *
 * What prints: a document prints once it has its number (approved; closed ones too). The quotation also
 * prints before approval, without a number and with the 草稿 watermark (its print type allows that, so
 * that a draft can be sent to the customer for review); its draft prints are logged apart from the
 * approved document's, so the first print after approval is an original, not a 补打. Void documents do
 * not print.
 */

const QUOTATION = { zh: '报价单', en: 'Quotation' };
const ORDER = { zh: '销售合同', en: 'Sales contract' };
const SHIPMENT = { zh: '送货单', en: 'Shipping note' };

const joinNotes = (...parts: (string | null | undefined)[]): string | null =>
  parts.filter((p): p is string => Boolean(p && p.trim())).join('\n') || null;

const stored = (
  l: {
    line_no: number;
    product_code: string;
    name: string;
    spec: string | null;
    unit: string;
    qty: number;
    unit_price: number;
    discount_bp: number;
    tax_rate: number;
    total: number;
    tax: number;
    notes?: string | null;
  },
  n?: number,
): StoredLine => ({
  line_no: n ?? l.line_no,
  product_code: l.product_code,
  name: l.name,
  spec: l.spec,
  unit: l.unit,
  qty: l.qty,
  unit_price: l.unit_price,
  discount_bp: l.discount_bp,
  tax_rate: l.tax_rate,
  total: l.total,
  tax: l.tax,
  notes: l.notes ?? null,
});

registerDocumentSource('quotation', {
  access: 'quotations.read',
  async load(ctx, key) {
    const id = idKey(key, QUOTATION);
    const q = await quotationHandlers['quotations.get'](ctx, { id });
    if (q.status === 'void') throw voided(QUOTATION);
    const lines = q.lines.map((l) => stored(l));
    return {
      docNo: q.number,
      logKey: q.number ? key : `${key}:draft`,
      data: {
        number: q.number,
        date: q.quote_date,
        valid_until: q.valid_until,
        customer: await partyOf(ctx.db, q.customer_id, q.contact_id),
        salesperson: (await personOf(ctx.db, q.salesperson_id)) ?? { name: q.salesperson_name },
        tax_included: true,
        lines: itemLines(lines),
        totals: totalsOf(lines, q),
        delivery_terms: null,
        payment_terms: await customerTerms(ctx.db, q.customer_id),
        notes: joinNotes(q.terms, q.notes),
      },
    };
  },
});

registerDocumentSource('contract', {
  access: 'orders.read',
  async load(ctx, key) {
    const id = idKey(key, ORDER);
    const o = await orderHandlers['orders.get'](ctx, { id });
    if (o.status === 'void') throw voided(ORDER);
    if (!o.number) throw needsNumber(ORDER);
    const lines = o.lines.map((l) => stored(l));
    const buyer = await partyOf(ctx.db, o.customer_id, o.contact_id);
    const quotation = o.quotation_id
      ? await ctx.db.get<{ number: string | null }>('SELECT number FROM quotations WHERE id = ?', [
          o.quotation_id,
        ])
      : undefined;
    const basis = await ctx.db.get<{ term_basis: string }>('SELECT term_basis FROM customers WHERE id = ?', [
      o.customer_id,
    ]);
    return {
      docNo: o.number,
      logKey: key,
      data: {
        number: o.number,
        date: o.order_date,
        place: null,
        buyer,
        seller_rep: (await personOf(ctx.db, o.salesperson_id)) ?? { name: o.salesperson_name },
        buyer_rep:
          o.contact_id != null && buyer.contact ? { name: buyer.contact, phone: buyer.contact_phone } : null,
        order_no: o.customer_po ? `${o.number}（客户订单号 ${o.customer_po}）` : o.number,
        quotation_no: quotation?.number ?? null,
        lines: itemLines(lines),
        totals: totalsOf(lines, o),
        delivery: {
          date: o.delivery_date,
          place: o.delivery_address ?? buyer.address ?? null,
          method: null,
          freight: null,
          terms: o.receiver ? `收货人：${[o.receiver, o.receiver_phone].filter(Boolean).join(' ')}` : null,
        },
        payment_terms: paymentTerms({
          customer_type: o.customer_type,
          credit_days: o.credit_days,
          term_basis: basis?.term_basis,
        }),
        quality_terms: null,
        terms_text: null,
      },
    };
  },
});

registerDocumentSource('shipping_note', {
  access: 'shipments.read',
  async load(ctx, key) {
    const id = idKey(key, SHIPMENT);
    const s = await shipmentHandlers['shipments.get'](ctx, { id });
    if (s.status === 'void') throw voided(SHIPMENT);
    if (!s.number) throw needsNumber(SHIPMENT);
    const orders = await ctx.db.all<Record<string, unknown>>(
      `SELECT DISTINCT o.id, o.number, o.salesperson_id, o.delivery_address, o.receiver, o.receiver_phone
       FROM shipment_lines sl JOIN sales_orders o ON o.id = sl.order_id WHERE sl.shipment_id = ? ORDER BY o.id`,
      [id],
    );
    const first = orders[0];
    const lines = s.lines.map((l, i) => stored(l, i + 1));
    const units = new Set(lines.map((l) => l.unit));
    return {
      docNo: s.number,
      logKey: key,
      data: {
        number: s.number,
        date: s.ship_date,
        order_no: orders.map((o) => String(o.number ?? `#${String(o.id)}`)).join('、') || null,
        customer: await partyOf(ctx.db, s.customer_id),
        ship_to: {
          address: s.delivery_address ?? ((first?.delivery_address as string | null) || null),
          receiver: s.receiver ?? ((first?.receiver as string | null) || null),
          phone: s.receiver_phone ?? ((first?.receiver_phone as string | null) || null),
        },
        warehouse: s.warehouse_name,
        lines: itemLines(lines).map((l) => ({
          line_no: l.line_no,
          product_code: l.product_code,
          product_name: l.product_name,
          spec: l.spec,
          unit: l.unit,
          qty: l.qty,
          packages: null,
          batch_no: null,
          unit_price: l.unit_price,
          amount: l.amount,
          notes:
            s.lines.length > 1 && orders.length > 1 ? (s.lines[l.line_no - 1]?.order_number ?? null) : null,
        })),
        show_prices: true,
        totals: {
          qty: units.size === 1 ? lines.reduce((q, l) => q + l.qty, 0) : null,
          amount: s.total,
        },
        carrier: s.carrier,
        waybill_no: s.waybill_no,
        vehicle_no: s.vehicle_no,
        driver: null,
        shipped_by: s.approved_by ? await personOf(ctx.db, s.approved_by.id) : null,
        salesperson: first ? await personOf(ctx.db, Number(first.salesperson_id)) : null,
        notes: joinNotes(s.collect_on_delivery ? '货到付款：请收货人当场付清货款。' : null, s.notes),
      },
    };
  },
});
