/**
 * Concurrency scenarios: what several PCs do at the same moment, and what must hold afterwards.
 *
 * A Pc is one office PC: its own Core (sessions, connection pool) on the shared PostgreSQL database,
 * logged in as its own user. On SQLite (one PC by design) the Pcs are concurrent sessions of one Core.
 * To cover a new race (orders approved against one credit limit, shipments against scarce stock,
 * receipts matched against one invoice), add a Scenario to SCENARIOS: `setup` creates master data,
 * `run` lets the PCs race and returns the outcome, `check` inspects the database.
 */
import type { Db } from '../../../electron/core/db/database';
import type { Core } from '../../../electron/core/app';
import type { InputOf, MethodName, OutputOf, RpcEnvelope } from '../../../shared/contract';
import { customerDocument, numbersGapFree } from './documents';
import { checkConsistency } from '../../../electron/core/services/sales/recompute';
import { isValidUscc, usccCheckChar } from '../../../shared/validation/uscc';

/** A valid 统一社会信用代码 from an area code and an 8-digit organisation body. */
export function makeUscc(area: string, org8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...org8].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
  const c = 11 - (sum % 11);
  const first17 = `91${area}${org8}${c === 10 ? 'X' : c === 11 ? '0' : String(c)}`;
  const code = first17 + usccCheckChar(first17)!;
  if (!isValidUscc(code)) throw new Error(`makeUscc made an invalid code ${code}`);
  return code;
}

export interface Pc {
  name: string;
  core: Core;
  token: string;
  userId: number;
  /** The envelope, so that typed refusals can be counted. */
  raw<M extends MethodName>(method: M, input: InputOf<M>): Promise<RpcEnvelope<OutputOf<M>>>;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
}

export interface Outcome {
  /** Calls that succeeded / were refused, by error code. */
  counts: Record<string, number>;
  /** Whatever the scenario's check needs. */
  data: Record<string, unknown>;
  problems: string[];
}

export interface Scenario {
  name: string;
  setup?(admin: Pc): Promise<Record<string, unknown>>;
  run(pcs: Pc[], setup: Record<string, unknown>): Promise<Outcome>;
  check(db: Db, outcome: Outcome): Promise<string[]>;
}

const tally = (counts: Record<string, number>, env: RpcEnvelope) => {
  const k = env.ok ? 'ok' : env.error.code;
  counts[k] = (counts[k] ?? 0) + 1;
};

/** All PCs wait for each other, then fire at once (as close to the same moment as one process can). */
async function together<T>(pcs: Pc[], fn: (pc: Pc, i: number) => Promise<T>): Promise<T[]> {
  let go!: () => void;
  const gate = new Promise<void>((r) => (go = r));
  const runs = pcs.map(async (pc, i) => {
    await gate;
    return fn(pc, i);
  });
  go();
  return Promise.all(runs);
}

/* ------------------------------------------------------------------ today's scenarios */

/** Many customers created at once from every PC: codes unique and gap-free. */
export const customerCodesUnderLoad: Scenario = {
  name: 'customer codes under load',
  async run(pcs) {
    const counts: Record<string, number> = {};
    const per = 30;
    await together(pcs, async (pc, i) => {
      for (let n = 0; n < per; n++) {
        const env = await pc.raw('customers.create', {
          legal_name: `并发建档${i + 1}号机${n}号贸易有限公司`,
          co_owner_ids: [pcs[(i + 1) % pcs.length]!.userId],
          confirm_similar: true,
        });
        tally(counts, env);
      }
    });
    const problems =
      counts.ok === per * pcs.length
        ? []
        : [`expected ${per * pcs.length} created: ${JSON.stringify(counts)}`];
    return { counts, data: {}, problems };
  },
  async check(db) {
    return customerDocument.invariants(db, {});
  },
};

/** The same company entered on every PC at the same moment (by name, then by credit code): one wins. */
export const duplicateCustomersRaced: Scenario = {
  name: 'duplicate customers raced',
  async run(pcs) {
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    const names: string[] = [];
    // Valid 统一社会信用代码 for the credit-code races.
    const codes = [
      makeUscc('440300', '20261120'),
      makeUscc('110000', '31415926'),
      makeUscc('350100', '27182818'),
    ];
    for (let round = 0; round < 12; round++) {
      const name = `同名竞争${round}号实业有限公司`;
      names.push(name);
      const byCode = round < codes.length ? codes[round] : null;
      const envs = await together(pcs, (pc, i) =>
        pc.raw('customers.create', {
          // by name: all the same; by credit code: different names, one code
          legal_name: byCode ? `${name}（${i + 1}号机）` : name,
          credit_code: byCode,
          confirm_similar: true,
        }),
      );
      envs.forEach((e) => tally(counts, e));
      const won = envs.filter((e) => e.ok).length;
      if (won !== 1) problems.push(`${name}: ${won} PCs succeeded`);
      for (const e of envs)
        if (!e.ok && e.error.code !== 'DUPLICATE')
          problems.push(`${name}: ${e.error.code} ${e.error.message_en}`);
    }
    return { counts, data: { names, codes }, problems };
  },
  async check(db, outcome) {
    const problems: string[] = [];
    for (const name of outcome.data.names as string[]) {
      const r = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM customers WHERE legal_name = ? OR legal_name LIKE ?`,
        [name, `${name}（%`],
      );
      if (Number(r!.n) !== 1) problems.push(`${name} stored ${r!.n} times`);
    }
    return [...problems, ...(await customerDocument.invariants(db, {}))];
  },
};

/** Every PC edits the same customer from the same version: one edit wins, the others are told to reload. */
export const optimisticEditsRaced: Scenario = {
  name: 'optimistic-lock edits raced',
  async setup(admin) {
    const ids: number[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(
        (
          await admin.call('customers.create', {
            legal_name: `编辑竞争${i}号有限公司`,
            confirm_similar: true,
          })
        ).id,
      );
    return { ids };
  },
  async run(pcs, setup) {
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    const winners: Record<number, string> = {};
    for (const id of setup.ids as number[]) {
      const cur = await pcs[0]!.call('customers.get', { id });
      const envs = await together(pcs, (pc, i) =>
        pc.raw('customers.update', {
          id,
          version: cur.version,
          legal_name: cur.legal_name,
          phone: `020-8${String(i).padStart(7, '0')}`,
          credit_limit: cur.credit_limit,
        }),
      );
      envs.forEach((e) => tally(counts, e));
      const ok = envs.filter((e) => e.ok);
      if (ok.length !== 1) problems.push(`customer ${id}: ${ok.length} edits succeeded`);
      for (const e of envs)
        if (!e.ok && e.error.code !== 'CONFLICT') problems.push(`customer ${id}: ${e.error.code}`);
      const w = ok[0];
      if (w?.ok) winners[id] = (w.data as { phone: string }).phone;
      // and the credit terms, raced the same way
      const again = await pcs[0]!.call('customers.get', { id });
      const credit = await together(pcs, (pc, i) =>
        pc.raw('customers.setCredit', {
          id,
          version: again.version,
          credit_limit: 1_000_000 * (i + 1),
          credit_days: 30,
          bad_record: false,
          reason: `竞争 ${pc.name}`,
        }),
      );
      credit.forEach((e) => tally(counts, e));
      if (credit.filter((e) => e.ok).length !== 1) problems.push(`customer ${id}: credit raced badly`);
    }
    return { counts, data: { winners }, problems };
  },
  async check(db, outcome) {
    const problems: string[] = [];
    for (const [id, phone] of Object.entries(outcome.data.winners as Record<string, string>)) {
      const r = await db.get<{ phone: string; version: number }>(
        'SELECT phone, version FROM customers WHERE id = ?',
        [Number(id)],
      );
      if (r?.phone !== phone) problems.push(`customer ${id}: phone ${r?.phone}, the winner wrote ${phone}`);
      if (Number(r?.version) !== 2)
        problems.push(`customer ${id}: version ${r?.version}, expected 2 (two writes won)`);
    }
    return problems;
  },
};

/* ------------------------------------------------------------------ order-to-cash races */

const today = () => new Date().toISOString().slice(0, 10);
const UNIT = 1000; // quantities are thousandths

/** Warehouse, product with opening stock, account customer: the master data of one race. */
async function raceMaster(
  admin: Pc,
  tag: string,
  o: { stock: number; limit: number; price: number },
): Promise<{ warehouse: number; product: number; customer: number }> {
  const warehouse = (await admin.call('warehouses.save', { code: `RACE-${tag}`, name: `竞争${tag}仓` })).id;
  const product = (
    await admin.call('products.create', {
      code: `RACE-${tag}`,
      name: `竞争${tag}产品`,
      unit: '个',
      list_price: o.price,
    })
  ).id;
  await admin.call('stock.adjust', {
    warehouse_id: warehouse,
    kind: 'opening',
    doc_date: today(),
    reason: '期初',
    lines: [{ product_id: product, qty: o.stock * UNIT }],
  });
  const customer = (
    await admin.call('customers.create', {
      legal_name: `竞争${tag}客户有限公司`,
      customer_type: 'account',
      credit_limit: o.limit,
      credit_days: 30,
      confirm_similar: true,
    })
  ).id;
  return { warehouse, product, customer };
}

/** Re-checks every maintained value by recomputation, and the given number series. */
async function recomputed(db: Db, series: [string, string][]): Promise<string[]> {
  const problems = (await checkConsistency(db)).map(
    (m) => `${m.what} ${m.key}: stored ${m.stored}, recomputed ${m.computed}`,
  );
  for (const [prefix, sql] of series) problems.push(...(await numbersGapFree(db, prefix, sql)));
  return problems;
}

const SO_NUMBERS: [string, string] = ['SO', 'SELECT number FROM sales_orders WHERE number IS NOT NULL'];

/**
 * Every PC approves orders of one customer at once, near its credit limit (¥10,000; ¥1,000 an order; the
 * block line at 100 %): exactly 9 pass, the rest wait on credit hold; exposure never reaches the block
 * line, and the SO numbers stay unique and gap-free.
 */
export const orderApprovalsNearLimit: Scenario = {
  name: 'order approvals near one credit limit',
  async setup(admin) {
    const m = await raceMaster(admin, 'LIMIT', { stock: 1000, limit: 1_000_000, price: 100_000 });
    const drafts: { id: number; version: number }[] = [];
    for (let i = 0; i < 24; i++) {
      const d = await admin.call('orders.create', {
        customer_id: m.customer,
        order_date: today(),
        warehouse_id: m.warehouse,
        lines: [{ product_id: m.product, qty: UNIT, unit_price: 100_000 }],
      });
      drafts.push({ id: d.id, version: d.version });
    }
    return { ...m, drafts };
  },
  async run(pcs, setup) {
    const counts: Record<string, number> = {};
    const statuses: Record<string, number> = {};
    const drafts = setup.drafts as { id: number; version: number }[];
    const per = Math.ceil(drafts.length / pcs.length);
    await together(pcs, async (pc, i) => {
      for (const d of drafts.slice(i * per, (i + 1) * per)) {
        const env = await pc.raw('orders.approve', d);
        tally(counts, env);
        if (env.ok) statuses[env.data.order.status] = (statuses[env.data.order.status] ?? 0) + 1;
      }
    });
    const problems: string[] = [];
    if (statuses.approved !== 9 || statuses.hold !== drafts.length - 9)
      problems.push(`expected 9 approved and ${drafts.length - 9} on hold: ${JSON.stringify(statuses)}`);
    return { counts, data: { customer: setup.customer }, problems };
  },
  async check(db, outcome) {
    const problems = await recomputed(db, [SO_NUMBERS]);
    const b = await db.get<{ open_orders: number }>(
      'SELECT open_orders FROM customer_balances WHERE customer_id = ?',
      [outcome.data.customer],
    );
    if (Number(b?.open_orders) >= 1_000_000)
      problems.push(`exposure ${b?.open_orders} reached the block line of 1,000,000`);
    if (Number(b?.open_orders) !== 900_000) problems.push(`open orders ${b?.open_orders}, expected 900,000`);
    return problems;
  },
};

/**
 * Every PC approves a 3-unit shipment of the same order line at once, twice: an order line of 8 units
 * (plenty of stock: only 2 shipments fit the order), and a line of 30 units with 7 in stock (only 2 fit the
 * stock). Never over-shipped, stock never negative.
 */
export const shipmentsOfSameLines: Scenario = {
  name: 'shipments of the same order lines',
  async setup(admin) {
    const rounds: { orderLine: number; drafts: { id: number; version: number }[] }[] = [];
    for (const [tag, stock, ordered] of [
      ['SHIP-ORDER', 1000, 8],
      ['SHIP-STOCK', 7, 30],
    ] as const) {
      const m = await raceMaster(admin, tag, { stock, limit: 100_000_000_000, price: 1000 });
      const o = await admin.call('orders.create', {
        customer_id: m.customer,
        order_date: today(),
        warehouse_id: m.warehouse,
        lines: [{ product_id: m.product, qty: ordered * UNIT, unit_price: 1000 }],
      });
      const approved = await admin.call('orders.approve', { id: o.id, version: o.version });
      if (approved.order.status !== 'approved') throw new Error(`race order is ${approved.order.status}`);
      const line = approved.order.lines[0]!.id;
      const drafts: { id: number; version: number }[] = [];
      for (let i = 0; i < 8; i++) {
        const s = await admin.call('shipments.create', {
          customer_id: m.customer,
          warehouse_id: m.warehouse,
          ship_date: today(),
          lines: [{ order_line_id: line, qty: 3 * UNIT }],
        });
        drafts.push({ id: s.id, version: s.version });
      }
      rounds.push({ orderLine: line, drafts });
    }
    return { rounds };
  },
  async run(pcs, setup) {
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    for (const [k, round] of (setup.rounds as { drafts: { id: number; version: number }[] }[]).entries()) {
      const envs = await together(pcs, (pc, i) =>
        pc.raw('shipments.approve', round.drafts[i % round.drafts.length]!),
      );
      envs.forEach((e) => tally(counts, e));
      const ok = envs.filter((e) => e.ok).length;
      if (ok !== 2) problems.push(`round ${k + 1}: ${ok} shipments approved, expected 2`);
      for (const e of envs)
        if (
          !e.ok &&
          e.error.code !== 'VALIDATION' &&
          e.error.code !== 'BUSINESS_RULE' &&
          e.error.code !== 'CONFLICT'
        )
          problems.push(`round ${k + 1}: ${e.error.code} ${e.error.message_en}`);
    }
    return {
      counts,
      data: { lines: (setup.rounds as { orderLine: number }[]).map((r) => r.orderLine) },
      problems,
    };
  },
  async check(db, outcome) {
    const problems = await recomputed(db, [
      SO_NUMBERS,
      ['SH', 'SELECT number FROM shipments WHERE number IS NOT NULL'],
    ]);
    for (const id of outcome.data.lines as number[]) {
      const l = await db.get<{ qty: number; delivered_qty: number }>(
        'SELECT qty, delivered_qty FROM sales_order_lines WHERE id = ?',
        [id],
      );
      if (Number(l?.delivered_qty) !== 6 * UNIT)
        problems.push(`order line ${id} delivered ${l?.delivered_qty}`);
      if (Number(l?.delivered_qty) > Number(l?.qty)) problems.push(`order line ${id} over-shipped`);
    }
    const neg = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stock WHERE on_hand < 0');
    if (Number(neg!.n)) problems.push(`${neg!.n} stock rows below zero`);
    return problems;
  },
};

/**
 * Every PC records a receipt allocating 40 % of the same invoice at once: only two fit, the others are
 * refused whole (no receipt, no allocation); the invoice is never over-allocated.
 */
export const receiptAllocationsSameInvoice: Scenario = {
  name: 'receipt allocations against one invoice',
  async setup(admin) {
    const m = await raceMaster(admin, 'PAY', { stock: 1000, limit: 100_000_000_000, price: 10_000 });
    const o = await admin.call('orders.create', {
      customer_id: m.customer,
      order_date: today(),
      warehouse_id: m.warehouse,
      lines: [{ product_id: m.product, qty: 10 * UNIT, unit_price: 10_000 }],
    });
    const order = (await admin.call('orders.approve', { id: o.id, version: o.version })).order;
    const s = await admin.call('shipments.create', {
      customer_id: m.customer,
      warehouse_id: m.warehouse,
      ship_date: today(),
      lines: [{ order_line_id: order.lines[0]!.id, qty: 10 * UNIT }],
    });
    const shipped = await admin.call('shipments.approve', { id: s.id, version: s.version });
    const d = await admin.call('invoices.create', {
      customer_id: m.customer,
      invoice_date: today(),
      lines: [{ shipment_line_id: shipped.lines[0]!.id, qty: 10 * UNIT }],
    });
    const inv = await admin.call('invoices.issue', { id: d.id, version: d.version });
    return { customer: m.customer, invoice: inv.id, total: inv.total };
  },
  async run(pcs, setup) {
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    const part = Math.round((setup.total as number) * 0.4);
    const envs = await together(pcs, (pc, i) =>
      pc.raw('receipts.create', {
        customer_id: setup.customer as number,
        receipt_date: today(),
        method: 'bank_transfer',
        amount: part,
        reference: `竞争${i + 1}`,
        allocations: [{ invoice_id: setup.invoice as number, amount: part }],
      }),
    );
    envs.forEach((e) => tally(counts, e));
    const ok = envs.filter((e) => e.ok).length;
    if (ok !== 2) problems.push(`${ok} receipts allocated, expected 2`);
    for (const e of envs)
      if (!e.ok && e.error.code !== 'BUSINESS_RULE' && e.error.code !== 'CONFLICT')
        problems.push(`${e.error.code} ${e.error.message_en}`);
    return { counts, data: { ...setup, part, ok }, problems };
  },
  async check(db, outcome) {
    const problems = await recomputed(db, [['RC', 'SELECT number FROM receipts WHERE number IS NOT NULL']]);
    const inv = await db.get<{ total: number; open_amount: number }>(
      'SELECT total, open_amount FROM invoices WHERE id = ?',
      [outcome.data.invoice],
    );
    const allocated = await db.get<{ s: number }>(
      'SELECT SUM(amount) AS s FROM allocations WHERE invoice_id = ?',
      [outcome.data.invoice],
    );
    if (Number(allocated?.s) > Number(inv?.total)) problems.push(`invoice over-allocated: ${allocated?.s}`);
    if (Number(inv?.open_amount) !== Number(inv?.total) - 2 * Number(outcome.data.part))
      problems.push(`invoice open ${inv?.open_amount} after two allocations of ${outcome.data.part}`);
    const receipts = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM receipts WHERE customer_id = ?', [
      outcome.data.customer,
    ]);
    if (Number(receipts!.n) !== 2)
      problems.push(`${receipts!.n} receipts stored: refused ones must leave nothing`);
    return problems;
  },
};

/** Every race the concurrency test runs. Append new scenarios here. */
export const SCENARIOS: Scenario[] = [
  customerCodesUnderLoad,
  duplicateCustomersRaced,
  optimisticEditsRaced,
  orderApprovalsNearLimit,
  shipmentsOfSameLines,
  receiptAllocationsSameInvoice,
];
