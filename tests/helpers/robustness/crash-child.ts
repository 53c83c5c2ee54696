/**
 * The writer process of the crash tests: opens the database the way the app does, then posts documents
 * through the dispatcher in a loop until it is killed. Every committed document is acknowledged on
 * stdout with a synchronous write (one JSON line), so that what the parent has read was committed.
 *
 *   node --import tsx crash-child.ts '<json: { dataDir, db, run, setup, kinds }>'
 *
 * Calls that fail (the PostgreSQL server is down) are reported as {"type":"fail"} and retried; the
 * process itself must survive a database server crash and carry on once the server is back.
 */
import fs from 'node:fs';
import { Core } from '../../../electron/core/app';
import type { DbConfig } from '../../../electron/core/db/database';
import { loadSessionUser } from '../../../electron/core/services/auth/session-user';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { DOCUMENT_KINDS, type Caller, type Setup } from './documents';

interface Config {
  dataDir: string;
  db: DbConfig;
  run: number;
  setup: Setup;
  kinds?: string[];
}

const emit = (o: unknown) => fs.writeSync(1, `${JSON.stringify(o)}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class CallFailed extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function main(): Promise<void> {
  const cfg = JSON.parse(process.argv[2]!) as Config;
  const core = await Core.open({
    dataDir: cfg.dataDir,
    db: cfg.db,
    log: { info() {}, warn() {}, error: (m) => process.stderr.write(`${m.slice(0, 300)}\n`) },
  });
  const adminId = await core.database.read(async (db) => {
    const r = await db.get<{ id: number }>("SELECT id FROM users WHERE login = 'admin'");
    return Number(r!.id);
  });
  const user = await core.database.read((db) => loadSessionUser(db, adminId));
  const token = core.sessions.create(user!);
  const call: Caller = async <M extends MethodName>(m: M, input: InputOf<M>) => {
    const env = await core.call(m, input, { token, transport: 'internal' });
    if (!env.ok) throw new CallFailed(env.error.code);
    return env.data as OutputOf<M>;
  };
  const kinds = DOCUMENT_KINDS.filter((k) => !cfg.kinds || cfg.kinds.includes(k.name));
  emit({ type: 'ready', pid: process.pid });
  for (let n = 0; ; n++) {
    const kind = kinds[n % kinds.length]!;
    try {
      const ack = await kind.write(call, { setup: cfg.setup, run: cfg.run, n });
      emit({ type: 'ack', ...ack });
    } catch (e) {
      emit({
        type: 'fail',
        kind: kind.name,
        code: e instanceof CallFailed ? e.code : String(e).slice(0, 200),
      });
      await sleep(25);
    }
    // Each call arrives as its own request in the app; let the event loop turn.
    await new Promise((r) => setImmediate(r));
  }
}

process.on('unhandledRejection', (e) => {
  emit({ type: 'fatal', error: String((e as Error)?.stack ?? e).slice(0, 500) });
  process.exit(3);
});
process.on('uncaughtException', (e) => {
  emit({ type: 'fatal', error: String(e.stack ?? e).slice(0, 500) });
  process.exit(3);
});

void main();
