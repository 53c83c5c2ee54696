import type { Db } from '../../db/database';
import {
  registerActualsSource,
  toActualsRows,
  toDimensionRows,
  userFilter,
  type ActualsQuery,
} from '../targets/actuals';

/**
 * Target actuals on the orders basis (按订单): approved sales orders — also those closed since (结案) —
 * by order date and the order's salesperson. Drafts, orders waiting for approval or on credit hold, rejected
 * and voided orders do not count.
 *
 * - sales: the orders' totals (tax included, after discounts), fen
 * - quantity: the lines' quantities, thousandths
 * - profit: (net unit price − product cost) × quantity, i.e. line total − cost × quantity, over the lines whose
 *   product has a cost price (prices and cost in the same terms, tax included); lines without a cost are left out.
 */

const COUNTED = "o.status IN ('approved', 'closed')";

type Dim = 'product' | 'customer' | null;
const dimColumn = (d: Dim) => (d === 'product' ? 'l.product_id' : d === 'customer' ? 'o.customer_id' : null);

/** One aggregate over order lines (or headers), per salesperson and month, optionally per product / customer. */
async function byOrders(
  db: Db,
  q: ActualsQuery,
  value: string,
  opts: { lines: boolean; costed?: boolean; dim: Dim },
): Promise<Record<string, unknown>[]> {
  const f = userFilter('o.salesperson_id', q.userIds);
  const dim = dimColumn(opts.dim);
  const from = opts.lines
    ? `sales_orders o JOIN sales_order_lines l ON l.order_id = o.id${opts.costed ? ' JOIN products p ON p.id = l.product_id' : ''}`
    : 'sales_orders o';
  return db.all<Record<string, unknown>>(
    `SELECT o.salesperson_id AS user_id, SUBSTR(o.order_date, 1, 7) AS month${dim ? `, ${dim} AS dim_id` : ''},
       SUM(${value}) AS value
     FROM ${from}
     WHERE ${COUNTED} AND o.order_date >= ? AND o.order_date <= ?${opts.costed ? ' AND p.cost_price IS NOT NULL' : ''}${f.sql}
     GROUP BY 1, 2${dim ? ', 3' : ''}`,
    [q.from, q.to, ...f.params],
  );
}

/** The cost of a line, rounded half-up to the fen (quantities in thousandths, cost in fen per unit). */
const LINE_COST = '((p.cost_price * l.qty + 500) / 1000)';

registerActualsSource({
  metric: 'sales',
  basis: 'orders',
  async byUserMonth(db, q) {
    return toActualsRows(await byOrders(db, q, 'o.total', { lines: false, dim: null }));
  },
  async byUserDimension(db, q) {
    // Per product the lines' totals (they add up to the order totals); per customer the orders'.
    const rows =
      q.dimension === 'product'
        ? await byOrders(db, q, 'l.total', { lines: true, dim: 'product' })
        : await byOrders(db, q, 'o.total', { lines: false, dim: 'customer' });
    return toDimensionRows(rows);
  },
});

registerActualsSource({
  metric: 'quantity',
  basis: 'orders',
  async byUserMonth(db, q) {
    return toActualsRows(await byOrders(db, q, 'l.qty', { lines: true, dim: null }));
  },
  async byUserDimension(db, q) {
    return toDimensionRows(await byOrders(db, q, 'l.qty', { lines: true, dim: q.dimension }));
  },
});

registerActualsSource({
  metric: 'profit',
  basis: 'orders',
  async byUserMonth(db, q) {
    return toActualsRows(
      await byOrders(db, q, `l.total - ${LINE_COST}`, { lines: true, costed: true, dim: null }),
    );
  },
  async byUserDimension(db, q) {
    return toDimensionRows(
      await byOrders(db, q, `l.total - ${LINE_COST}`, { lines: true, costed: true, dim: q.dimension }),
    );
  },
});
