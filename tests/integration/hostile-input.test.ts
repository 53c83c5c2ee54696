/**
 * Hostile input (issue 8, robustness test 3). Every method in the contract — including the ones added
 * after this file was written — receives at least 200 payloads generated from its own input schema
 * (tests/helpers/robustness/payloads.ts): wrong types, missing and extra fields, 1 MB strings, negative /
 * NaN / Infinity / huge numbers, `__proto__` and `constructor` keys, odd Unicode, SQL metacharacters.
 *
 * - invalid payloads: a typed VALIDATION error with bilingual messages, a small error body, nothing
 *   changed (database checksum per method), no prototype polluted, no call slower than 5 s;
 * - hostile content the schema accepts: reaches the service and comes back as data or a typed error,
 *   never INTERNAL; list filters and sorts over every row field with hostile values likewise;
 * - over HTTP for a sample of each method: 400 with the same typed error, and the host keeps serving.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../electron/host/http';
import { TABLE_NAMES } from '../../electron/core/db/entities';
import { contract, FILTER_OPS, METHOD_NAMES, type RpcEnvelope } from '../../shared/contract';
import type { MethodDef } from '../../shared/contract/define';
import { dbChecksum, describeEachDb, type TestApp } from '../helpers/harness';
import {
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  MB_ASCII,
  hashSeed,
  isListQuery,
  listRowFields,
  payloadsFor,
  rng,
} from '../helpers/robustness/payloads';

const defs = contract as unknown as Record<string, MethodDef>;
/** Far above any normal call even on a busy 2-core machine; catches pathological (ReDoS-like) paths. */
const SLOW_MS = 5000;
const MAX_ERROR_BYTES = 64 * 1024;
/** Thousands of calls per test: generous for a busy 2-core CI machine. */
const HEAVY = 240_000;

/** Methods whose side effects reach outside the database (servers, other hosts, files) or end the session. */
const acceptsHostileContent = (m: string) => defs[m]!.tx !== 'none' && m !== 'auth.logout';

function prototypeClean(): string[] {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'admin'].filter((k) => probe[k] !== undefined || k in Object.prototype);
}

/** Checks one refused call; returns a problem description or null. */
function checkRefusal(env: RpcEnvelope, ms: number, expected: readonly string[]): string | null {
  if (env.ok) return 'accepted';
  const e = env.error;
  if (!expected.includes(e.code)) return `${e.code}: ${e.message_en.slice(0, 200)}`;
  if (!e.message_zh || !e.message_en) return 'empty message';
  if (e.code === 'VALIDATION' && !e.fields?.length) return 'no field errors';
  for (const f of e.fields ?? []) if (!f.message_zh || !f.message_en) return 'empty field message';
  const size = Buffer.byteLength(JSON.stringify(e));
  if (size > MAX_ERROR_BYTES) return `error body of ${size} bytes`;
  if (ms > SLOW_MS) return `took ${ms} ms`;
  return null;
}

async function seed(app: TestApp): Promise<void> {
  const t = app.adminToken;
  const region = await app.call('regions.save', { code: 'R1', name: '华南' }, t);
  await app.call('warehouses.save', { code: 'W1', name: '主仓' }, t);
  await app.call('products.create', { code: 'P-1', name: '交流接触器', unit: '个', list_price: 12800 }, t);
  const c = await app.call(
    'customers.create',
    { legal_name: '广州恶意输入测试有限公司', region_id: region.id, credit_limit: 100000 },
    t,
  );
  await app.call('contacts.save', { customer_id: c.id, name: '张三', is_primary: true }, t);
}

describeEachDb('hostile input', (app) => {
  let host: HttpHost;
  let bearer: string;

  beforeAll(async () => {
    await seed(app());
    host = await startHttpHost({ core: app().core, staticDir: null, host: '127.0.0.1', port: 0 });
    const r = await fetch(`${host.url}/rpc/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Want-Token': '1' },
      body: JSON.stringify({ login: 'admin', password: 'Admin12345' }),
    });
    bearer = ((await r.json()) as { data: { token: string } }).data.token;
  });
  afterAll(async () => {
    await host?.close();
  });

  it(
    'every method refuses at least 200 generated invalid payloads with VALIDATION, changing nothing',
    async () => {
      const problems: string[] = [];
      let total = 0;
      for (const m of METHOD_NAMES) {
        const set = payloadsFor(defs[m]!.input, { seed: hashSeed(m) });
        expect(set.invalid.length, m).toBeGreaterThanOrEqual(200);
        const before = await dbChecksum(app());
        for (const p of set.invalid) {
          const t0 = performance.now();
          const env = await app().raw(m, p.value, app().adminToken);
          const problem = checkRefusal(env, performance.now() - t0, ['VALIDATION']);
          if (problem) problems.push(`${m} [${p.label}]: ${problem}`);
          total++;
        }
        if ((await dbChecksum(app())) !== before) problems.push(`${m}: the database changed`);
        for (const k of prototypeClean()) problems.push(`${m}: Object.prototype.${k} polluted`);
      }
      expect(problems.slice(0, 40)).toEqual([]);
      expect(total).toBeGreaterThanOrEqual(200 * METHOD_NAMES.length);
      // The dispatcher still serves ordinary calls.
      expect((await app().call('auth.me', {}, app().adminToken)).login).toBe('admin');
    },
    HEAVY,
  );

  it(
    'over HTTP, a sample of each method gets 400 with the typed error; the host keeps serving',
    async () => {
      const problems: string[] = [];
      const post = (m: string, body: string) =>
        fetch(`${host.url}/rpc/${m}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
          body,
        });
      for (const m of METHOD_NAMES) {
        const set = payloadsFor(defs[m]!.input, { seed: hashSeed(`http:${m}`) });
        // JSON cannot carry undefined, NaN or Infinity: what arrives is the JSON round trip, so keep the
        // payloads that are still invalid after it (the generator classified the originals).
        const sample = [
          ...set.invalid.filter((p) => typeof p.value === 'string' && p.value.length > 100_000).slice(0, 1),
          ...set.invalid.filter((p) => p.label.includes('__proto__')).slice(0, 2),
          ...set.invalid.slice(0, 12),
        ];
        for (const p of sample) {
          const body = JSON.stringify(p.value) ?? 'null';
          const parsed = JSON.parse(body) as unknown;
          const local = defs[m]!.input.safeParse(parsed ?? {});
          if (local.success) continue;
          const t0 = performance.now();
          const r = await post(m, body);
          const env = (await r.json()) as RpcEnvelope;
          const problem = checkRefusal(env, performance.now() - t0, ['VALIDATION']);
          if (problem) problems.push(`${m} [${p.label}]: ${problem}`);
          else if (r.status !== 400) problems.push(`${m} [${p.label}]: HTTP ${r.status}`);
        }
        // A raw body with an own __proto__ key (JSON.parse makes it a plain property).
        const raw = await post(
          m,
          '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"admin": 1}}}',
        );
        const rawEnv = (await raw.json()) as RpcEnvelope;
        if (rawEnv.ok || rawEnv.error.code !== 'VALIDATION')
          problems.push(`${m} [raw __proto__]: ${raw.status}`);
      }
      for (const k of prototypeClean()) problems.push(`Object.prototype.${k} polluted`);
      expect(problems.slice(0, 40)).toEqual([]);
      const alive = await fetch(`${host.url}/rpc/auth.setupStatus`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(alive.status).toBe(200);
    },
    HEAVY,
  );

  it(
    'hostile content the schemas accept reaches the services and never ends in INTERNAL',
    async () => {
      const problems: string[] = [];
      let n = 0;
      for (const m of METHOD_NAMES.filter(acceptsHostileContent)) {
        const set = payloadsFor(defs[m]!.input, { seed: hashSeed(`valid:${m}`), maxValid: 40 });
        for (const p of set.validHostile) {
          const t0 = performance.now();
          const env = await app().raw(m, p.value, app().adminToken);
          const ms = performance.now() - t0;
          n++;
          // UNAUTHENTICATED from a method that needs a session would mean the test's session was lost.
          const lost = defs[m]!.access !== 'public' && !env.ok && env.error.code === 'UNAUTHENTICATED';
          if (!env.ok && (env.error.code === 'INTERNAL' || lost))
            problems.push(`${m} [${p.label}]: ${env.error.code} ${env.error.message_en.slice(0, 120)}`);
          else if (ms > SLOW_MS) problems.push(`${m} [${p.label}]: took ${Math.round(ms)} ms`);
        }
      }
      expect(problems.slice(0, 40)).toEqual([]);
      expect(n).toBeGreaterThan(300);
      await expectDatabaseIntact(app());
    },
    HEAVY,
  );

  it(
    'list filters and sorts on every row field with hostile values give data or a typed error',
    async () => {
      const problems: string[] = [];
      const values: unknown[] = [
        ...HOSTILE_STRINGS.slice(0, 12),
        MB_ASCII.slice(0, 200),
        ...HOSTILE_NUMBERS.filter((v) => typeof v === 'number' && Number.isFinite(v)),
        true,
        false,
        null,
        '2026-01-01',
        '9999-99-99T99:99',
        '0000-00-00',
      ];
      let n = 0;
      for (const m of METHOD_NAMES.filter((x) => isListQuery(defs[x]!.input))) {
        const fields = listRowFields(defs[m]!.output);
        expect(fields.length, m).toBeGreaterThan(0);
        const random = rng(hashSeed(`list:${m}`));
        const any = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
        for (const field of [...fields, 'nonexistent', 'id; DROP TABLE users']) {
          const combos: [string, unknown][] = [
            ...FILTER_OPS.map((op) => [op, any(values)] as [string, unknown]),
            ...Array.from({ length: 8 }, () => [any(FILTER_OPS), any(values)] as [string, unknown]),
          ];
          for (const [op, value] of combos) {
            const input = {
              filters: [{ field, op, value, value2: any(values), values: [value, any(values)] }],
              sort: [{ field, dir: any(['asc', 'desc']) }],
              q: typeof value === 'string' ? value.slice(0, 100) : undefined,
              include_inactive: true,
            };
            if (!defs[m]!.input.safeParse(input).success) continue;
            n++;
            const env = await app().raw(m, input, app().adminToken);
            if (!env.ok && env.error.code === 'INTERNAL')
              problems.push(`${m} ${field} ${op} ${JSON.stringify(value)?.slice(0, 40)}: INTERNAL`);
          }
        }
      }
      expect(problems.slice(0, 40)).toEqual([]);
      expect(n).toBeGreaterThan(500);
    },
    HEAVY,
  );
});

/** Every table is still there and readable; on SQLite the file passes its integrity check. */
async function expectDatabaseIntact(app: TestApp): Promise<void> {
  await app.core.database.read(async (db) => {
    for (const t of TABLE_NAMES) await db.get(`SELECT COUNT(*) AS n FROM ${t}`);
    if (db.dialect === 'sqlite') {
      const r = await db.get<{ integrity_check: string }>('PRAGMA integrity_check');
      expect(r?.integrity_check).toBe('ok');
    }
  });
  expect((await app.call('auth.me', {}, app.adminToken)).login).toBe('admin');
}
