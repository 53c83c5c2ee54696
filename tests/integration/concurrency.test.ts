/**
 * Concurrency (issue 8, robustness test 1). PostgreSQL: 8 PCs — 8 Cores with their own sessions and
 * connection pools on one office database — race each scenario in tests/helpers/robustness/scenarios.ts
 * (customers created at once: codes unique and gap-free; the same company entered on every PC: exactly
 * one wins; optimistic-lock edits: exactly one wins, the others are told to reload; order approvals near
 * one credit limit: never past the block line, SO numbers gap-free; shipments of the same order lines:
 * never over-shipped, stock never negative; receipts allocated to one invoice: never over-allocated —
 * each re-checked by recomputing every maintained balance). SQLite: the same races among 8 sessions of
 * one PC. No refusal may be INTERNAL; each scenario's check must hold. The PCs are general managers who
 * also do finance (receipts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Core } from '../../electron/core/app';
import { silentLogger } from '../../electron/core/log';
import type { InputOf, MethodName, OutputOf, RpcEnvelope } from '../../shared/contract';
import { describeEachDb, type TestApp } from '../helpers/harness';
import { SCENARIOS, type Pc } from '../helpers/robustness/scenarios';
import { databaseInvariants } from '../helpers/robustness/documents';

const PCS = 8;

function pcOf(name: string, core: Core, token: string, userId: number): Pc {
  const raw = <M extends MethodName>(m: M, input: InputOf<M>) =>
    core.call(m, input, { token, transport: 'internal' }) as Promise<RpcEnvelope<OutputOf<M>>>;
  return {
    name,
    core,
    token,
    userId,
    raw,
    async call(m, input) {
      const env = await raw(m, input);
      if (!env.ok) throw new Error(`${name} ${m}: ${env.error.code} ${env.error.message_en}`);
      return env.data;
    },
  };
}

describeEachDb('concurrency: 8 PCs at once', (app) => {
  const pcs: Pc[] = [];
  const extraCores: Core[] = [];
  let admin: Pc;

  beforeAll(async () => {
    const a: TestApp = app();
    admin = pcOf('admin', a.core, a.adminToken, 1);
    for (let i = 1; i <= PCS; i++) {
      const u = await a.user(`pc${i}`, ['general_manager', 'finance'], { name: `${i}号机` });
      if (a.kind === 'postgres') {
        // Its own Core: its own sessions and connection pool, as on another PC.
        const core = await Core.open({
          dataDir: a.dataDir,
          db: {
            ...(a.core.database.config as Extract<typeof a.core.database.config, { kind: 'postgres' }>),
            pool: 3,
          },
          log: silentLogger,
        });
        extraCores.push(core);
        const env = await core.call(
          'auth.login',
          { login: `pc${i}`, password: 'Passw0rd!x1' },
          { transport: 'internal' },
        );
        if (!env.ok) throw new Error(env.error.message_en);
        pcs.push(pcOf(`${i}号机`, core, (env.data as { token: string }).token, u.id));
      } else {
        pcs.push(pcOf(`${i}号机`, a.core, u.token, u.id));
      }
    }
  });
  afterAll(async () => {
    for (const c of extraCores) await c.close();
  });

  for (const scenario of SCENARIOS) {
    it(
      scenario.name,
      async () => {
        const setup = scenario.setup ? await scenario.setup(admin) : {};
        const outcome = await scenario.run(pcs, setup);
        expect(outcome.counts.INTERNAL ?? 0, JSON.stringify(outcome.counts)).toBe(0);
        expect(outcome.problems).toEqual([]);
        const problems = await app().core.database.read(async (db) => [
          ...(await databaseInvariants(db)),
          ...(await scenario.check(db, outcome)),
        ]);
        expect(problems).toEqual([]);
      },
      240_000,
    );
  }
});
