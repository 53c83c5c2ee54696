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

/** Every document the crash tests post. Append new kinds here (orders, shipments, invoices, receipts…). */
export const DOCUMENT_KINDS: DocumentKind[] = [customerDocument, contactDocument];

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
