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
import { customerDocument } from './documents';
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

/** Every race the concurrency test runs. Append new scenarios here (order approvals, shipments, receipts…). */
export const SCENARIOS: Scenario[] = [customerCodesUnderLoad, duplicateCustomersRaced, optimisticEditsRaced];
