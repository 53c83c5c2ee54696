import type { Db } from '../../db/database';
import {
  registerActualsSource,
  toActualsRows,
  toDimensionRows,
  userFilter,
  type ActualsQuery,
} from '../targets/actuals';

/**
 * Target actuals on the invoices basis (按开票) and collections on the receipts basis (按回款).
 *
 * Invoices: issued (approved) invoices by invoice date and the invoice's salesperson, net of approved credit
 * notes (红字: returns, price corrections, other) on their own date. Write-off credit notes (冲减应收) are a bad
 * debt, not a smaller sale, so they are left out. Drafts, invoices waiting for the check and voided ones do
 * not count.
 * - sales: totals (tax included), fen; quantity: line quantities, thousandths (price corrections carry none);
 * - profit: line total − cost × quantity for lines whose product has a cost price; credit-note lines without a
 *   product (price corrections) take their whole total off.
 *
 * Receipts: approved receipts (not reversed) by receipt date. A receipt has no salesperson of its own: an
 * advance against an order counts for the order's salesperson, any other receipt for the customer's owner.
 */

const SIGN = "(CASE WHEN i.kind = 'credit_note' THEN -1 ELSE 1 END)";
const COUNTED = `i.status = 'approved' AND (i.kind = 'invoice' OR (i.kind = 'credit_note' AND COALESCE(i.credit_kind, '') <> 'writeoff'))`;
const LINE_COST = '((p.cost_price * il.qty + 500) / 1000)';

type Dim = 'product' | 'customer' | null;

async function byInvoices(
  db: Db,
  q: ActualsQuery,
  value: string,
  opts: { lines: boolean; where?: string; dim: Dim },
): Promise<Record<string, unknown>[]> {
  const f = userFilter('i.salesperson_id', q.userIds);
  const dim = opts.dim === 'product' ? 'il.product_id' : opts.dim === 'customer' ? 'i.customer_id' : null;
  const from = opts.lines
    ? 'invoices i JOIN invoice_lines il ON il.invoice_id = i.id LEFT JOIN products p ON p.id = il.product_id'
    : 'invoices i';
  return db.all<Record<string, unknown>>(
    `SELECT i.salesperson_id AS user_id, SUBSTR(i.invoice_date, 1, 7) AS month${dim ? `, ${dim} AS dim_id` : ''},
       SUM(${value}) AS value
     FROM ${from}
     WHERE ${COUNTED} AND i.invoice_date >= ? AND i.invoice_date <= ?${opts.where ? ` AND ${opts.where}` : ''}${dim ? ` AND ${dim} IS NOT NULL` : ''}${f.sql}
     GROUP BY 1, 2${dim ? ', 3' : ''}`,
    [q.from, q.to, ...f.params],
  );
}

registerActualsSource({
  metric: 'sales',
  basis: 'invoices',
  async byUserMonth(db, q) {
    return toActualsRows(await byInvoices(db, q, `${SIGN} * i.total`, { lines: false, dim: null }));
  },
  async byUserDimension(db, q) {
    const rows =
      q.dimension === 'product'
        ? await byInvoices(db, q, `${SIGN} * il.total`, { lines: true, dim: 'product' })
        : await byInvoices(db, q, `${SIGN} * i.total`, { lines: false, dim: 'customer' });
    return toDimensionRows(rows);
  },
});

registerActualsSource({
  metric: 'quantity',
  basis: 'invoices',
  async byUserMonth(db, q) {
    return toActualsRows(await byInvoices(db, q, `${SIGN} * il.qty`, { lines: true, dim: null }));
  },
  async byUserDimension(db, q) {
    return toDimensionRows(await byInvoices(db, q, `${SIGN} * il.qty`, { lines: true, dim: q.dimension }));
  },
});

const PROFIT = `${SIGN} * (CASE WHEN p.cost_price IS NULL THEN il.total ELSE il.total - ${LINE_COST} END)`;
/** Lines with a known cost, and credit-note lines without a product (a price correction is all margin). */
const PROFIT_LINES = "(p.cost_price IS NOT NULL OR (il.product_id IS NULL AND i.kind = 'credit_note'))";

registerActualsSource({
  metric: 'profit',
  basis: 'invoices',
  async byUserMonth(db, q) {
    return toActualsRows(await byInvoices(db, q, PROFIT, { lines: true, where: PROFIT_LINES, dim: null }));
  },
  async byUserDimension(db, q) {
    return toDimensionRows(
      await byInvoices(db, q, PROFIT, { lines: true, where: PROFIT_LINES, dim: q.dimension }),
    );
  },
});

/* ------------------------------------------------------------------ collections */

const COLLECTOR = 'COALESCE(o.salesperson_id, c.owner_id)';

async function byReceipts(db: Db, q: ActualsQuery, customerDim: boolean): Promise<Record<string, unknown>[]> {
  const f = userFilter(COLLECTOR, q.userIds);
  return db.all<Record<string, unknown>>(
    `SELECT ${COLLECTOR} AS user_id, SUBSTR(r.receipt_date, 1, 7) AS month${customerDim ? ', r.customer_id AS dim_id' : ''},
       SUM(r.amount) AS value
     FROM receipts r JOIN customers c ON c.id = r.customer_id LEFT JOIN sales_orders o ON o.id = r.order_id
     WHERE r.status = 'approved' AND r.receipt_date >= ? AND r.receipt_date <= ?${f.sql}
     GROUP BY 1, 2${customerDim ? ', 3' : ''}`,
    [q.from, q.to, ...f.params],
  );
}

registerActualsSource({
  metric: 'collection',
  basis: 'receipts',
  async byUserMonth(db, q) {
    return toActualsRows(await byReceipts(db, q, false));
  },
  async byUserDimension(db, q) {
    // Receipts are not split by product.
    return q.dimension === 'customer' ? toDimensionRows(await byReceipts(db, q, true)) : [];
  },
});
