import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { Core } from '../../electron/core/app';
import type { DbConfig } from '../../electron/core/db/database';
import { silentLogger } from '../../electron/core/log';
import type { InputOf, MethodName, OutputOf, RpcEnvelope, RpcErrorBody } from '../../shared/contract';
import type { Role } from '../../shared/contract/permissions';

export type DbKind = 'sqlite' | 'postgres';

export class RpcCallError extends Error {
  constructor(readonly body: RpcErrorBody) {
    super(`${body.code}: ${body.message_en}`);
  }
}

/** A controllable clock for time rules (lockout, reclaim periods …). */
export class TestClock {
  constructor(public t = new Date('2026-11-20T09:00:00+08:00').getTime()) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestApp {
  kind: DbKind;
  core: Core;
  clock: TestClock;
  dataDir: string;
  /** Calls a method; throws RpcCallError on an error envelope. */
  call<M extends MethodName>(method: M, input: InputOf<M>, token?: string | null): Promise<OutputOf<M>>;
  /** Calls with any method name and payload; returns the envelope. */
  raw(method: string, input: unknown, token?: string | null): Promise<RpcEnvelope>;
  adminToken: string;
  /** Creates a user with the given roles and returns its id and a session token. */
  user(
    login: string,
    roles: Role[],
    extra?: { manager_id?: number; name?: string },
  ): Promise<{ id: number; token: string }>;
  close(): Promise<void>;
}

export const ADMIN = { login: 'admin', password: 'Admin12345', name: '系统管理员' };
export const USER_PASSWORD = 'Passw0rd!';

export async function makeDbConfig(kind: DbKind, dir: string): Promise<DbConfig> {
  if (kind === 'sqlite') return { kind: 'sqlite', file: path.join(dir, 'test.db') };
  const info = inject('pg');
  if (!info) throw new Error('PostgreSQL is not available (XST_TEST_PG=off)');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const client = new pg.Client({
    host: info.host,
    port: info.port,
    user: info.user,
    password: info.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${info.template}`);
  } finally {
    await client.end();
  }
  return {
    kind: 'postgres',
    host: info.host,
    port: info.port,
    user: info.user,
    password: info.password,
    database: name,
  };
}

export async function createTestApp(kind: DbKind, opts: { setup?: boolean } = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `xst-${kind}-`));
  const clock = new TestClock();
  const db = await makeDbConfig(kind, dataDir);
  const log = process.env.XST_TEST_LOG
    ? { ...silentLogger, error: (m: string) => console.error(m) }
    : silentLogger;
  const core = await Core.open({ dataDir, db, clock: clock.now, log });
  const raw = (method: string, input: unknown, token?: string | null) =>
    core.call(method, input, { token: token ?? null, transport: 'internal' });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>, token?: string | null) => {
    const env = await raw(method, input, token);
    if (!env.ok) throw new RpcCallError(env.error);
    return env.data as OutputOf<M>;
  };
  let adminToken = '';
  if (opts.setup !== false) {
    await call('auth.setup', {
      company_name: '测试贸易有限公司',
      login: ADMIN.login,
      name: ADMIN.name,
      password: ADMIN.password,
    });
    adminToken = (await call('auth.login', { login: ADMIN.login, password: ADMIN.password })).token;
  }
  const app: TestApp = {
    kind,
    core,
    clock,
    dataDir,
    call,
    raw,
    adminToken,
    async user(login, roles, extra = {}) {
      const u = await call(
        'users.create',
        {
          login,
          name: extra.name ?? login,
          roles,
          password: USER_PASSWORD,
          manager_id: extra.manager_id ?? null,
        },
        adminToken,
      );
      // New users must change the initial password; do it so the token is usable.
      const t = (await call('auth.login', { login, password: USER_PASSWORD })).token;
      await call(
        'auth.changePassword',
        { old_password: USER_PASSWORD, new_password: `${USER_PASSWORD}x1` },
        t,
      );
      return { id: u.id, token: t };
    },
    async close() {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}

/** The database kinds this run tests: both, unless XST_TEST_PG=off. */
export function dbKinds(): DbKind[] {
  return inject('pg') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Runs the same suite against SQLite and PostgreSQL, each with a fresh database. */
export function describeEachDb(
  name: string,
  fn: (app: () => TestApp) => void,
  opts: { setup?: boolean } = {},
): void {
  for (const kind of dbKinds()) {
    describe(`${name} [${kind}]`, () => {
      let app: TestApp | null = null;
      beforeAll(async () => {
        app = await createTestApp(kind, opts);
      });
      afterAll(async () => {
        await app?.close();
      });
      fn(() => {
        if (!app) throw new Error('test app not ready');
        return app;
      });
    });
  }
}

/** Expects a call to fail with the given code; returns the error body. */
export async function expectError(p: Promise<unknown>, code: RpcErrorBody['code']): Promise<RpcErrorBody> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RpcCallError) {
      if (e.body.code !== code)
        throw new Error(`expected ${code}, got ${e.body.code}: ${e.body.message_en}`, { cause: e });
      return e.body;
    }
    throw e;
  }
  throw new Error(`expected ${code}, but the call succeeded`);
}

/** A hash of every row of every table: proves that a refused call changed nothing. */
export async function dbChecksum(app: TestApp): Promise<string> {
  const { TABLE_NAMES } = await import('../../electron/core/db/entities');
  const h = crypto.createHash('sha256');
  await app.core.database.read(async (db) => {
    for (const t of TABLE_NAMES) {
      const rows = await db.all(`SELECT * FROM ${t} ORDER BY 1`);
      h.update(t);
      h.update(JSON.stringify(rows));
    }
  });
  return h.digest('hex');
}
