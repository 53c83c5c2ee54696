import { addConsistencyCheck, type Mismatch } from '../sales/recompute';
import { invoiceHandlers } from './invoices';
import { receiptHandlers } from './receipts';
import { returnHandlers } from './returns';
import { statementHandlers } from './statements';
// Target actuals on the invoices and receipts bases (registered at load).
import './actuals';
// Printed documents (销售清单, 收款收据, 对账单, 余额确认书, 催款函): registered with the documents module at load.
import './print';

/** Invariants of the finance documents, checked with the maintained balances (services/sales/recompute.ts). */
addConsistencyCheck(async (db) => {
  const out: Mismatch[] = [];
  const inv = await db.all<Record<string, number>>(
    `SELECT i.id, i.open_amount, i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id), 0) AS v
     FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'approved'`,
  );
  for (const r of inv)
    if (Number(r.open_amount) !== Number(r.v))
      out.push({
        what: 'invoices.open_amount',
        key: String(r.id),
        stored: Number(r.open_amount),
        computed: Number(r.v),
      });
  const cn = await db.all<Record<string, number>>(
    `SELECT i.id, i.open_amount, i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.source_type = 'credit_note' AND a.source_id = i.id), 0) AS v
     FROM invoices i WHERE i.kind = 'credit_note' AND i.status = 'approved'`,
  );
  for (const r of cn)
    if (Number(r.open_amount) !== Number(r.v))
      out.push({
        what: 'credit_notes.open_amount',
        key: String(r.id),
        stored: Number(r.open_amount),
        computed: Number(r.v),
      });
  const rc = await db.all<Record<string, number>>(
    `SELECT r.id, r.applied_total, COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.source_type = 'receipt' AND a.source_id = r.id), 0) AS v FROM receipts r`,
  );
  for (const r of rc)
    if (Number(r.applied_total) !== Number(r.v))
      out.push({
        what: 'receipts.applied_total',
        key: String(r.id),
        stored: Number(r.applied_total),
        computed: Number(r.v),
      });
  const neg = await db.all<Record<string, number>>(
    "SELECT id, open_amount FROM invoices WHERE status = 'approved' AND (open_amount < 0 OR open_amount > total)",
  );
  for (const r of neg)
    out.push({
      what: 'invoices.open_amount.range',
      key: String(r.id),
      stored: Number(r.open_amount),
      computed: 0,
    });
  // the ledger (statements) and the open items (ageing) tell the same story
  const led = await db.all<Record<string, number>>(
    `SELECT b.customer_id, b.receivable - b.advances AS v, COALESCE((SELECT SUM(l.amount) FROM ar_ledger l WHERE l.customer_id = b.customer_id), 0) AS l
     FROM customer_balances b`,
  );
  for (const r of led)
    if (Number(r.v) !== Number(r.l))
      out.push({
        what: 'ar_ledger.sum',
        key: String(r.customer_id),
        stored: Number(r.l),
        computed: Number(r.v),
      });
  // invoiced quantities of shipment lines equal their invoice lines
  const sl = await db.all<Record<string, number>>(
    `SELECT sl.id, sl.invoiced_qty, sl.invoiced_total,
       COALESCE((SELECT SUM(il.qty) FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id WHERE il.shipment_line_id = sl.id AND i.kind = 'invoice' AND i.status = 'approved'), 0) AS q,
       COALESCE((SELECT SUM(il.total) FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id WHERE il.shipment_line_id = sl.id AND i.kind = 'invoice' AND i.status = 'approved'), 0) AS t
     FROM shipment_lines sl`,
  );
  for (const r of sl) {
    if (Number(r.invoiced_qty) !== Number(r.q))
      out.push({
        what: 'shipment_lines.invoiced_qty',
        key: String(r.id),
        stored: Number(r.invoiced_qty),
        computed: Number(r.q),
      });
    if (Number(r.invoiced_total) !== Number(r.t))
      out.push({
        what: 'shipment_lines.invoiced_total',
        key: String(r.id),
        stored: Number(r.invoiced_total),
        computed: Number(r.t),
      });
  }
  return out;
});

export const financeHandlers = {
  ...invoiceHandlers,
  ...receiptHandlers,
  ...returnHandlers,
  ...statementHandlers,
};
