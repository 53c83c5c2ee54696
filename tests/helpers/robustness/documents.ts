/**
 * Business documents for the crash and concurrency tests: how to post one through the dispatcher, and
 * how to check that the database holds every acknowledged one whole and no partial one.
 *
 * To cover a new document (an order approval, a shipment, an invoice, a receipt), add a DocumentKind
 * to DOCUMENT_KINDS: `setup` creates the master data it needs once, `write` posts document number n and
 * returns what was acknowledged, `verify` finds each acknowledged document whole, `invariants` checks
 * the whole database (no partial document, maintained balances equal their recomputation, numbers
 * gap-free). Both crash tests (SQLite killed, PostgreSQL killed) pick it up without other edits.
 */
import type { Db } from '../../../electron/core/db/database';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { checkConsistency } from '../../../electron/core/services/sales/recompute';

export interface Caller {
  <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
}

/** What the writer was told was committed. `data` is what `verify` compares. */
export interface Ack {
  kind: string;
  key: string;
  data: Record<string, unknown>;
}

/** JSON that `setup` returns and every writer process receives. */
export type Setup = Record<string, unknown>;

export interface DocumentKind {
  name: string;
  setup?(call: Caller): Promise<Setup>;
  /** Posts document number n of writer run `run` (names must be unique across runs). */
  write(call: Caller, ctx: { setup: Setup; run: number; n: number }): Promise<Ack>;
  verify(db: Db, acks: Ack[], setup: Setup): Promise<string[]>;
  invariants(db: Db, setup: Setup): Promise<string[]>;
}

const num = (v: unknown) => Number(v);

/* ------------------------------------------------------------------ customers (with co-owners) */

/** A customer with two co-owners and credit terms, created in one call (customer + owners + number + audit). */
export const customerDocument: DocumentKind = {
  name: 'customer',
  async setup(call) {
    const ids: number[] = [];
    for (const login of ['crash_co1', 'crash_co2']) {
      const u = await call('users.create', {
        login,
        name: login,
        roles: ['salesperson'],
        password: 'Crash12345',
      });
      ids.push(u.id);
    }
    return { coOwners: ids };
  },
  async write(call, { setup, run, n }) {
    const coOwners = setup.coOwners as number[];
    const c = await call('customers.create', {
      legal_name: `崩溃测试${run}之${n}号机电有限公司`,
      short_name: `崩溃${n}`,
      co_owner_ids: coOwners,
      credit_limit: 100 * n + run,
      credit_days: 30,
      tags: ['崩溃测试'],
      notes: '一'.repeat(200 + (n % 50)),
      confirm_similar: true,
    });
    return {
      kind: 'customer',
      key: String(c.id),
      data: { code: c.code, legal_name: c.legal_name, credit_limit: c.credit_limit, co_owners: coOwners },
    };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const c = await db.get<Record<string, unknown>>(
        'SELECT code, legal_name, credit_limit, notes FROM customers WHERE id = ?',
        [num(a.key)],
      );
      if (!c) {
        problems.push(`customer ${a.key} acknowledged but missing`);
        continue;
      }
      if (
        c.code !== a.data.code ||
        c.legal_name !== a.data.legal_name ||
        num(c.credit_limit) !== a.data.credit_limit
      )
        problems.push(`customer ${a.key} differs from what was acknowledged`);
      const owners = await db.all<{ user_id: number }>(
        'SELECT user_id FROM customer_owners WHERE customer_id = ? ORDER BY user_id',
        [num(a.key)],
      );
      const want = [...(a.data.co_owners as number[])].sort((x, y) => x - y);
      if (owners.map((o) => num(o.user_id)).join() !== want.join())
        problems.push(`customer ${a.key} has co-owners ${owners.map((o) => o.user_id).join()}, not ${want}`);
    }
    return problems;
  },
  async invariants(db) {
    const problems: string[] = [];
    // Codes are C000001 … C00000N with no gap, and the series is at N + 1.
    const n = num((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM customers'))!.n);
    const series = await db.get<{ v: number }>(
      "SELECT next_value AS v FROM number_series WHERE series = 'CUST' AND year = 0",
    );
    if (num(series?.v ?? 1) !== n + 1) problems.push(`CUST series at ${series?.v}, ${n} customers`);
    const max = await db.get<{ m: string | null }>('SELECT MAX(code) AS m FROM customers');
    if (n > 0 && max?.m !== `C${String(n).padStart(6, '0')}`)
      problems.push(`highest code ${max?.m} for ${n}`);
    // Every crash-test customer has both co-owners and its audit row: nothing half-written.
    const partial = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM customers c WHERE c.tags = '崩溃测试' AND (
         (SELECT COUNT(*) FROM customer_owners o WHERE o.customer_id = c.id) <> 2
         OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.method = 'customers.create' AND a.entity_id = CAST(c.id AS VARCHAR(20))))`,
    );
    if (num(partial!.n)) problems.push(`${partial!.n} customers without both co-owners or their audit row`);
    const orphanAudit = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM audit_log a WHERE a.method = 'customers.create'
         AND NOT EXISTS (SELECT 1 FROM customers c WHERE CAST(c.id AS VARCHAR(20)) = a.entity_id)`,
    );
    if (num(orphanAudit!.n)) problems.push(`${orphanAudit!.n} audit rows for customers that do not exist`);
    return problems;
  },
};

/* ------------------------------------------------------------------ contacts */

/** A contact of one customer; every other one becomes the primary contact (other rows are updated). */
export const contactDocument: DocumentKind = {
  name: 'contact',
  async setup(call) {
    const c = await call('customers.create', { legal_name: '崩溃测试联系人专用有限公司' });
    return { contactCustomer: c.id };
  },
  async write(call, { setup, run, n }) {
    const r = await call('contacts.save', {
      customer_id: setup.contactCustomer as number,
      name: `联系人${run}-${n}`,
      mobile: `139${String(run * 100000 + n).padStart(8, '0')}`,
      is_primary: n % 2 === 0,
    });
    return { kind: 'contact', key: String(r.id), data: { name: r.name, mobile: r.mobile } };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const r = await db.get<{ name: string; mobile: string }>(
        'SELECT name, mobile FROM contacts WHERE id = ?',
        [num(a.key)],
      );
      if (!r) problems.push(`contact ${a.key} acknowledged but missing`);
      else if (r.name !== a.data.name || r.mobile !== a.data.mobile)
        problems.push(`contact ${a.key} differs`);
    }
    return problems;
  },
  async invariants(db) {
    // Making a contact primary clears the others in the same transaction: never two primaries.
    const two = await db.all<{ customer_id: number }>(
      'SELECT customer_id FROM contacts WHERE is_primary = ? GROUP BY customer_id HAVING COUNT(*) > 1',
      [true],
    );
    return two.map((r) => `customer ${r.customer_id} has several primary contacts`);
  },
};

/* ------------------------------------------------------------------ order-to-cash */

const today = () => new Date().toISOString().slice(0, 10);
const UNIT = 1000; // quantities are thousandths

/**
 * Master data of one order-to-cash kind: its own warehouse with plenty of opening stock, a product
 * (¥1.00 a unit) and an account customer with a credit limit no test reaches.
 */
async function o2cMaster(
  call: Caller,
  tag: string,
): Promise<{ warehouse: number; product: number; customer: number }> {
  const warehouse = (await call('warehouses.save', { code: `CR-${tag}`, name: `崩溃测试${tag}仓` })).id;
  const product = (
    await call('products.create', {
      code: `CR-${tag}-P1`,
      name: `崩溃测试${tag}产品`,
      unit: '个',
      list_price: 100,
    })
  ).id;
  await call('stock.adjust', {
    warehouse_id: warehouse,
    kind: 'opening',
    doc_date: today(),
    reason: '期初',
    lines: [{ product_id: product, qty: 10_000_000 * UNIT }],
  });
  const customer = (
    await call('customers.create', {
      legal_name: `崩溃测试${tag}单据客户有限公司`,
      customer_type: 'account',
      credit_limit: 100_000_000_000,
      credit_days: 30,
      confirm_similar: true,
    })
  ).id;
  return { warehouse, product, customer };
}

/** An approved order of `units` of the master product (created and submitted: approved with the credit check). */
async function approvedOrder(
  call: Caller,
  m: { warehouse: number; product: number; customer: number },
  units: number,
  lines = 1,
) {
  const d = await call('orders.create', {
    customer_id: m.customer,
    order_date: today(),
    warehouse_id: m.warehouse,
    lines: Array.from({ length: lines }, (_, i) => ({
      product_id: m.product,
      qty: (units + i) * UNIT,
      unit_price: 100,
    })),
  });
  const r = await call('orders.submit', { id: d.id, version: d.version });
  if (r.order.status !== 'approved') throw new Error(`setup order ${d.id} is ${r.order.status}`);
  return r.order;
}

/** An approved shipment of a whole order line. */
async function approvedShipment(
  call: Caller,
  m: { warehouse: number; customer: number },
  orderLineId: number,
  units: number,
) {
  const s = await call('shipments.create', {
    customer_id: m.customer,
    warehouse_id: m.warehouse,
    ship_date: today(),
    lines: [{ order_line_id: orderLineId, qty: units * UNIT }],
  });
  return call('shipments.approve', { id: s.id, version: s.version });
}

/** Numbers of a series are 1 … N per year, without a gap or a repeat, and the counter is at N + 1. */
export async function numbersGapFree(db: Db, prefix: string, sql: string): Promise<string[]> {
  const problems: string[] = [];
  const byYear = new Map<number, number[]>();
  for (const r of await db.all<{ number: string }>(sql)) {
    const m = /^([A-Z]+)(\d{4})-(\d+)$/.exec(r.number);
    if (!m || m[1] !== prefix) {
      problems.push(`${prefix}: malformed number ${r.number}`);
      continue;
    }
    if (!byYear.has(Number(m[2]))) byYear.set(Number(m[2]), []);
    byYear.get(Number(m[2]))!.push(Number(m[3]));
  }
  for (const [year, ns] of byYear) {
    ns.sort((a, b) => a - b);
    if (ns.some((n, i) => n !== i + 1))
      problems.push(`${prefix}${year}: numbers are not 1…${ns.length} without gaps`);
    const s = await db.get<{ v: number }>(
      'SELECT next_value AS v FROM number_series WHERE series = ? AND year = ?',
      [prefix, year],
    );
    if (num(s?.v) !== ns.length + 1)
      problems.push(`${prefix}${year}: series at ${s?.v} for ${ns.length} documents`);
  }
  return problems;
}

/** Approved documents of a kind without the audit row their call wrote in the same transaction. */
async function unaudited(db: Db, table: string, methods: string[], where: string): Promise<string[]> {
  const r = await db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM ${table} d WHERE ${where} AND NOT EXISTS
       (SELECT 1 FROM audit_log a WHERE a.method IN (${methods.map(() => '?').join(', ')}) AND a.entity_id = CAST(d.id AS VARCHAR(20)))`,
    methods,
  );
  return num(r!.n) ? [`${r!.n} ${table} without their ${methods.join(' / ')} audit row`] : [];
}

/** A sales order of two lines, created and approved (credit check, SO number, stock reserved, open orders up). */
export const orderDocument: DocumentKind = {
  name: 'order',
  async setup(call) {
    return { order: await o2cMaster(call, 'O') };
  },
  async write(call, { setup, n }) {
    const m = setup.order as { warehouse: number; product: number; customer: number };
    const o = await approvedOrder(call, m, 1 + (n % 5), 2);
    return { kind: 'order', key: String(o.id), data: { number: o.number, total: o.total } };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const o = await db.get<Record<string, unknown>>(
        'SELECT number, status, total FROM sales_orders WHERE id = ?',
        [num(a.key)],
      );
      if (!o) problems.push(`order ${a.key} acknowledged but missing`);
      else if (o.number !== a.data.number || num(o.total) !== a.data.total || o.status !== 'approved')
        problems.push(`order ${a.key} differs from what was acknowledged`);
      const lines = await db.get<{ n: number; r: number }>(
        'SELECT COUNT(*) AS n, SUM(reserved_qty) AS r FROM sales_order_lines WHERE order_id = ?',
        [num(a.key)],
      );
      if (num(lines!.n) !== 2 || num(lines!.r) <= 0)
        problems.push(`order ${a.key} lost its lines or reservations`);
    }
    return problems;
  },
  async invariants(db) {
    // Every maintained balance of the order-to-cash chain equals its recomputation from the documents
    // (customer balances, stock on hand and reserved, reservations, delivery and invoicing progress,
    // open amounts, receipts applied, the ledger) — for every kind below too.
    const problems = (await checkConsistency(db)).map(
      (m) => `${m.what} ${m.key}: stored ${m.stored}, recomputed ${m.computed}`,
    );
    problems.push(
      ...(await numbersGapFree(db, 'SO', 'SELECT number FROM sales_orders WHERE number IS NOT NULL')),
      ...(await unaudited(
        db,
        'sales_orders',
        ['orders.submit', 'orders.approve', 'orders.release'],
        "d.status = 'approved' AND d.number IS NOT NULL",
      )),
    );
    const unnumbered = await db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM sales_orders WHERE (status = 'approved') <> (number IS NOT NULL) AND status IN ('draft', 'approved')",
    );
    if (num(unnumbered!.n))
      problems.push(`${unnumbered!.n} orders approved without a number or numbered drafts`);
    return problems;
  },
};

/** A shipment of one unit from a large approved order, approved (SH number, stock out, order delivered). */
export const shipmentDocument: DocumentKind = {
  name: 'shipment',
  async setup(call) {
    const m = await o2cMaster(call, 'S');
    const o = await approvedOrder(call, m, 1_000_000);
    return { shipment: { ...m, orderLine: o.lines[0]!.id } };
  },
  async write(call, { setup }) {
    const m = setup.shipment as { warehouse: number; customer: number; orderLine: number };
    const s = await approvedShipment(call, m, m.orderLine, 1);
    return { kind: 'shipment', key: String(s.id), data: { number: s.number, total: s.total } };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const s = await db.get<Record<string, unknown>>(
        'SELECT number, status, total FROM shipments WHERE id = ?',
        [num(a.key)],
      );
      if (!s) problems.push(`shipment ${a.key} acknowledged but missing`);
      else if (s.number !== a.data.number || num(s.total) !== a.data.total || s.status !== 'approved')
        problems.push(`shipment ${a.key} differs from what was acknowledged`);
      const moves = await db.get<{ q: number }>(
        "SELECT SUM(qty) AS q FROM stock_moves WHERE doc_type = 'shipment' AND doc_id = ?",
        [num(a.key)],
      );
      if (num(moves?.q) !== -UNIT) problems.push(`shipment ${a.key} without its stock move`);
    }
    return problems;
  },
  async invariants(db) {
    const problems = await numbersGapFree(db, 'SH', 'SELECT number FROM shipments WHERE number IS NOT NULL');
    problems.push(...(await unaudited(db, 'shipments', ['shipments.approve'], "d.status = 'approved'")));
    // never shipped more than ordered
    const over = await db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM sales_order_lines WHERE delivered_qty > qty',
    );
    if (num(over!.n)) problems.push(`${over!.n} order lines shipped beyond their quantity`);
    return problems;
  },
};

/** An invoice of one shipped unit, issued (IV number, receivable, ledger entry, shipment line invoiced). */
export const invoiceDocument: DocumentKind = {
  name: 'invoice',
  async setup(call) {
    const m = await o2cMaster(call, 'I');
    const o = await approvedOrder(call, m, 1_000_000);
    const s = await approvedShipment(call, m, o.lines[0]!.id, 1_000_000);
    return { invoice: { ...m, shipmentLine: s.lines[0]!.id } };
  },
  async write(call, { setup }) {
    const m = setup.invoice as { customer: number; shipmentLine: number };
    const d = await call('invoices.create', {
      customer_id: m.customer,
      invoice_date: today(),
      lines: [{ shipment_line_id: m.shipmentLine, qty: UNIT }],
    });
    const i = await call('invoices.issue', { id: d.id, version: d.version });
    return { kind: 'invoice', key: String(i.id), data: { number: i.number, total: i.total } };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const i = await db.get<Record<string, unknown>>(
        'SELECT number, status, total FROM invoices WHERE id = ?',
        [num(a.key)],
      );
      if (!i) problems.push(`invoice ${a.key} acknowledged but missing`);
      else if (i.number !== a.data.number || num(i.total) !== a.data.total || i.status !== 'approved')
        problems.push(`invoice ${a.key} differs from what was acknowledged`);
      const l = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM ar_ledger WHERE doc_type = 'invoice' AND doc_id = ?",
        [num(a.key)],
      );
      if (num(l!.n) !== 1) problems.push(`invoice ${a.key} has ${l!.n} ledger entries`);
    }
    return problems;
  },
  async invariants(db) {
    const problems = await numbersGapFree(
      db,
      'IV',
      "SELECT number FROM invoices WHERE kind = 'invoice' AND number IS NOT NULL",
    );
    problems.push(
      ...(await unaudited(
        db,
        'invoices',
        ['invoices.issue'],
        "d.kind = 'invoice' AND d.status = 'approved'",
      )),
    );
    const over = await db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM shipment_lines WHERE invoiced_qty > qty',
    );
    if (num(over!.n)) problems.push(`${over!.n} shipment lines invoiced beyond their quantity`);
    return problems;
  },
};

/**
 * A receipt allocated to an invoice of its own (the invoice issued first, in its own call): RC number,
 * ledger entry, the invoice paid. A few fen more than the invoice stay an advance for the next invoice.
 */
export const receiptDocument: DocumentKind = {
  name: 'receipt',
  async setup(call) {
    const m = await o2cMaster(call, 'R');
    const o = await approvedOrder(call, m, 1_000_000);
    const s = await approvedShipment(call, m, o.lines[0]!.id, 1_000_000);
    return { receipt: { ...m, shipmentLine: s.lines[0]!.id } };
  },
  async write(call, { setup, n }) {
    const m = setup.receipt as { customer: number; shipmentLine: number };
    const d = await call('invoices.create', {
      customer_id: m.customer,
      invoice_date: today(),
      lines: [{ shipment_line_id: m.shipmentLine, qty: 2 * UNIT }],
    });
    const i = await call('invoices.issue', { id: d.id, version: d.version });
    // an earlier receipt's advance may have paid part of it already
    const open = i.open_amount;
    const r = await call('receipts.create', {
      customer_id: m.customer,
      receipt_date: today(),
      method: 'bank_transfer',
      amount: open + (n % 3),
      reference: `CR-${n}`,
      allocations: open > 0 ? [{ invoice_id: i.id, amount: open }] : [],
    });
    return {
      kind: 'receipt',
      key: String(r.id),
      data: { number: r.number, amount: r.amount, invoice: i.id, allocated: open },
    };
  },
  async verify(db, acks) {
    const problems: string[] = [];
    for (const a of acks) {
      const r = await db.get<Record<string, unknown>>(
        'SELECT number, status, amount FROM receipts WHERE id = ?',
        [num(a.key)],
      );
      if (!r) problems.push(`receipt ${a.key} acknowledged but missing`);
      else if (r.number !== a.data.number || num(r.amount) !== a.data.amount || r.status !== 'approved')
        problems.push(`receipt ${a.key} differs from what was acknowledged`);
      if (num(a.data.allocated) > 0) {
        const al = await db.get<{ s: number }>(
          "SELECT SUM(amount) AS s FROM allocations WHERE source_type = 'receipt' AND source_id = ? AND invoice_id = ?",
          [num(a.key), num(a.data.invoice)],
        );
        if (num(al?.s) !== a.data.allocated) problems.push(`receipt ${a.key} lost its allocation`);
      }
      const l = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM ar_ledger WHERE doc_type = 'receipt' AND doc_id = ?",
        [num(a.key)],
      );
      if (num(l!.n) !== 1) problems.push(`receipt ${a.key} has ${l!.n} ledger entries`);
    }
    return problems;
  },
  async invariants(db) {
    const problems = await numbersGapFree(db, 'RC', 'SELECT number FROM receipts WHERE number IS NOT NULL');
    problems.push(...(await unaudited(db, 'receipts', ['receipts.create'], "d.status = 'approved'")));
    const over = await db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM receipts WHERE applied_total > amount OR applied_total < 0',
    );
    if (num(over!.n)) problems.push(`${over!.n} receipts applied beyond their amount`);
    return problems;
  },
};

/** Every document the crash tests post. Append new kinds here. */
export const DOCUMENT_KINDS: DocumentKind[] = [
  customerDocument,
  contactDocument,
  orderDocument,
  shipmentDocument,
  invoiceDocument,
  receiptDocument,
];

/** Checks that hold for any database: foreign keys (SQLite does not check old rows on its own). */
export async function databaseInvariants(db: Db): Promise<string[]> {
  if (db.dialect !== 'sqlite') return [];
  const problems: string[] = [];
  const ic = await db.get<{ integrity_check: string }>('PRAGMA integrity_check');
  if (ic?.integrity_check !== 'ok') problems.push(`integrity_check: ${ic?.integrity_check}`);
  const fk = await db.all('PRAGMA foreign_key_check');
  if (fk.length) problems.push(`${fk.length} foreign-key violations`);
  return problems;
}
