import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { Core } from '../../../electron/core/app';
import { openDatabase, type DbConfig, type Db } from '../../../electron/core/db/database';
import { silentLogger } from '../../../electron/core/log';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { DOCUMENT_KINDS, databaseInvariants, type Ack, type Caller, type Setup } from './documents';

const CHILD = path.resolve(import.meta.dirname, 'crash-child.ts');

export interface Writer {
  child: ChildProcess;
  acks: Ack[];
  fails: number;
  /** Refused calls by error code. */
  failCodes: Record<string, number>;
  ready: Promise<void>;
  exited: Promise<number | null>;
  /** The tail of the child's stderr, for failure messages. */
  stderr(): string;
  fatal: string | null;
}

/** Starts a writer process (tests/helpers/robustness/crash-child.ts) on the given database. */
export function spawnWriter(cfg: { dataDir: string; db: DbConfig; run: number; setup: Setup }): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(cfg)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4000);
  });
  const w: Writer = {
    child,
    acks: [],
    fails: 0,
    failCodes: {},
    fatal: null,
    stderr: () => err,
    ready: Promise.resolve(),
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  w.ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer not ready after 60 s: ${err}`)), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`writer exited (${code}) before it was ready: ${err}`));
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      let m: { type: string } & Partial<Ack> & { error?: string; code?: string };
      try {
        m = JSON.parse(line) as typeof m;
      } catch {
        return; // a line cut by the kill
      }
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve();
      } else if (m.type === 'ack') w.acks.push({ kind: m.kind!, key: m.key!, data: m.data! });
      else if (m.type === 'fail') {
        w.fails++;
        w.failCodes[m.code ?? '?'] = (w.failCodes[m.code ?? '?'] ?? 0) + 1;
      } else if (m.type === 'fatal') w.fatal = m.error ?? 'fatal';
    });
  });
  w.ready.catch(() => undefined);
  return w;
}

export async function killWriter(w: Writer): Promise<void> {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await w.exited;
  // let readline deliver the last complete lines
  await new Promise((r) => setTimeout(r, 20));
}

/** A fresh database with the administrator and every document kind's master data; returns the setup. */
export async function prepareDatabase(dataDir: string, db: DbConfig): Promise<Setup> {
  const core = await Core.open({ dataDir, db, log: silentLogger });
  try {
    const info = { transport: 'internal' as const, token: null as string | null };
    const call: Caller = async <M extends MethodName>(m: M, input: InputOf<M>) => {
      const env = await core.call(m, input, info);
      if (!env.ok) throw new Error(`${m}: ${env.error.message_en}`);
      return env.data as OutputOf<M>;
    };
    await call('auth.setup', {
      company_name: '崩溃测试公司',
      login: 'admin',
      name: '管理员',
      password: 'Admin12345',
    });
    info.token = (await call('auth.login', { login: 'admin', password: 'Admin12345' })).token;
    let setup: Setup = {};
    for (const k of DOCUMENT_KINDS) if (k.setup) setup = { ...setup, ...(await k.setup(call)) };
    return setup;
  } finally {
    await core.close();
  }
}

/** Opens the database the way the app does and runs every check; returns the problems found. */
export async function checkDatabase(db: DbConfig, acks: Ack[], setup: Setup): Promise<string[]> {
  const database = await openDatabase(db);
  try {
    return await database.read(async (d: Db) => {
      // One snapshot for every check: on PostgreSQL the writer may still be committing meanwhile.
      if (d.dialect === 'postgres') await d.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const problems = await databaseInvariants(d);
        for (const k of DOCUMENT_KINDS) {
          const mine = acks.filter((a) => a.kind === k.name);
          problems.push(...(await k.verify(d, mine, setup)));
          problems.push(...(await k.invariants(d, setup)));
        }
        return problems;
      } finally {
        if (d.dialect === 'postgres') await d.run('ROLLBACK');
      }
    });
  } finally {
    await database.close();
  }
}
