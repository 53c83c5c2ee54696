import type { Db } from '../../db/database';

/**
 * The maintained balances recomputed from the documents. Tests (and the demo / bench data builders)
 * compare them with the stored ones: any difference is a bug in a service that forgot to maintain one.
 * Extra parts (invoices, receipts, credit notes) are contributed by the modules that own those tables.
 */
export interface BalanceParts {
  receivable: number;
  delivered_uninvoiced: number;
  open_orders: number;
  advances: number;
}

type Contributor = (db: Db) => Promise<Map<number, Partial<BalanceParts>>>;
const contributors: Contributor[] = [];
export function addBalanceContributor(c: Contributor): void {
  contributors.push(c);
}

function add(map: Map<number, BalanceParts>, id: number, part: Partial<BalanceParts>): void {
  const cur = map.get(id) ?? { receivable: 0, delivered_uninvoiced: 0, open_orders: 0, advances: 0 };
  for (const k of Object.keys(part) as (keyof BalanceParts)[]) cur[k] += Number(part[k] ?? 0);
  map.set(id, cur);
}

export async function recomputeCustomerBalances(db: Db): Promise<Map<number, BalanceParts>> {
  const out = new Map<number, BalanceParts>();
  const open = await db.all<{ customer_id: number; v: number }>(
    `SELECT o.customer_id, SUM(l.total - l.delivered_total) AS v FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id
     WHERE o.status = 'approved' GROUP BY o.customer_id`,
  );
  for (const r of open) add(out, Number(r.customer_id), { open_orders: Number(r.v) });
  const dni = await db.all<{ customer_id: number; v: number }>(
    `SELECT s.customer_id, SUM(l.total - l.invoiced_total - (l.returned_total - l.credited_total)) AS v
     FROM shipments s JOIN shipment_lines l ON l.shipment_id = s.id
     WHERE s.status = 'approved' GROUP BY s.customer_id`,
  );
  for (const r of dni) add(out, Number(r.customer_id), { delivered_uninvoiced: Number(r.v) });
  for (const c of contributors) {
    for (const [id, part] of await c(db)) add(out, id, part);
  }
  return out;
}

/** Further invariants contributed by other modules (invoices' open amounts equal their allocations …). */
type Check = (db: Db) => Promise<Mismatch[]>;
const checks: Check[] = [];
export function addConsistencyCheck(c: Check): void {
  checks.push(c);
}

export interface Mismatch {
  what: string;
  key: string;
  stored: number;
  computed: number;
}

/** Every maintained balance compared with its recomputation; empty when consistent. */
export async function checkConsistency(db: Db): Promise<Mismatch[]> {
  const out: Mismatch[] = [];
  const computed = await recomputeCustomerBalances(db);
  const stored = await db.all<Record<string, number>>('SELECT * FROM customer_balances');
  const seen = new Set<number>();
  for (const s of stored) {
    const id = Number(s.customer_id);
    seen.add(id);
    const c = computed.get(id) ?? { receivable: 0, delivered_uninvoiced: 0, open_orders: 0, advances: 0 };
    for (const k of ['receivable', 'delivered_uninvoiced', 'open_orders', 'advances'] as const) {
      if (Number(s[k]) !== c[k])
        out.push({ what: `customer_balances.${k}`, key: String(id), stored: Number(s[k]), computed: c[k] });
    }
  }
  for (const [id, c] of computed) {
    if (seen.has(id)) continue;
    for (const k of ['receivable', 'delivered_uninvoiced', 'open_orders', 'advances'] as const) {
      if (c[k] !== 0)
        out.push({ what: `customer_balances.${k}`, key: String(id), stored: 0, computed: c[k] });
    }
  }
  // Stock: on hand is the sum of the moves; reserved is what approved orders still hold.
  const stock = await db.all<Record<string, number>>(
    `SELECT st.product_id, st.warehouse_id, st.on_hand, st.reserved,
       (SELECT COALESCE(SUM(m.qty), 0) FROM stock_moves m WHERE m.product_id = st.product_id AND m.warehouse_id = st.warehouse_id) AS moved,
       (SELECT COALESCE(SUM(l.reserved_qty), 0) FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id
          WHERE l.product_id = st.product_id AND o.warehouse_id = st.warehouse_id AND o.status = 'approved') AS held
     FROM stock st`,
  );
  for (const s of stock) {
    const key = `${s.product_id}@${s.warehouse_id}`;
    if (Number(s.on_hand) !== Number(s.moved))
      out.push({ what: 'stock.on_hand', key, stored: Number(s.on_hand), computed: Number(s.moved) });
    if (Number(s.reserved) !== Number(s.held))
      out.push({ what: 'stock.reserved', key, stored: Number(s.reserved), computed: Number(s.held) });
    if (Number(s.on_hand) < 0)
      out.push({ what: 'stock.negative', key, stored: Number(s.on_hand), computed: 0 });
  }
  // Reservations of approved orders equal what is left to deliver; other orders reserve nothing.
  const lines = await db.all<Record<string, unknown>>(
    `SELECT l.id, l.qty, l.delivered_qty, l.reserved_qty, o.status FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id
     WHERE (o.status = 'approved' AND l.reserved_qty <> l.qty - l.delivered_qty) OR (o.status <> 'approved' AND l.reserved_qty <> 0)`,
  );
  for (const l of lines) {
    const expected = l.status === 'approved' ? Number(l.qty) - Number(l.delivered_qty) : 0;
    out.push({
      what: 'sales_order_lines.reserved_qty',
      key: String(l.id),
      stored: Number(l.reserved_qty),
      computed: expected,
    });
  }
  // Order delivery progress equals its shipments.
  const delivered = await db.all<Record<string, number>>(
    `SELECT l.id, l.delivered_qty, l.delivered_total,
       (SELECT COALESCE(SUM(sl.qty), 0) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id WHERE sl.order_line_id = l.id AND s.status = 'approved') AS sq,
       (SELECT COALESCE(SUM(sl.total), 0) FROM shipment_lines sl JOIN shipments s ON s.id = sl.shipment_id WHERE sl.order_line_id = l.id AND s.status = 'approved') AS st
     FROM sales_order_lines l`,
  );
  for (const d of delivered) {
    if (Number(d.delivered_qty) !== Number(d.sq))
      out.push({
        what: 'sales_order_lines.delivered_qty',
        key: String(d.id),
        stored: Number(d.delivered_qty),
        computed: Number(d.sq),
      });
    if (Number(d.delivered_total) !== Number(d.st))
      out.push({
        what: 'sales_order_lines.delivered_total',
        key: String(d.id),
        stored: Number(d.delivered_total),
        computed: Number(d.st),
      });
  }
  for (const c of checks) out.push(...(await c(db)));
  return out;
}
