/**
 * Crash (issue 8, robustness test 2). A writer process posts documents through the dispatcher in a loop
 * (every kind in tests/helpers/robustness/documents.ts) and is killed with SIGKILL at random moments.
 * After each kill the database opens the way the app opens it, SQLite's integrity and foreign-key checks
 * pass, every document acknowledged before the kill is there whole, and no partial document exists.
 * The same against PostgreSQL with its server killed (SIGKILL) and restarted under a running writer,
 * which must carry on once the server is back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { Core } from '../../electron/core/app';
import { silentLogger } from '../../electron/core/log';
import { loadSessionUser } from '../../electron/core/services/auth/session-user';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import type { DbConfig } from '../../electron/core/db/database';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../../electron/core/db/embedded';
import { dbKinds } from '../helpers/harness';
import { freePort } from '../helpers/pg-global';
import { hashSeed, rng } from '../helpers/robustness/payloads';
import { DOCUMENT_KINDS, type Ack, type Caller } from '../helpers/robustness/documents';
import { checkDatabase, killWriter, prepareDatabase, spawnWriter } from '../helpers/robustness/crash';

const KILLS = Number(process.env.XST_CRASH_KILLS ?? 20);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash checks', () => {
  it('report a lost acknowledged document, a half-written one, a gap in the numbers, two primary contacts, a broken balance', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-crash-check-'));
    const db: DbConfig = { kind: 'sqlite', file: path.join(dir, 'c.db') };
    try {
      const setup = await prepareDatabase(dir, db);
      const core = await Core.open({ dataDir: dir, db, log: silentLogger });
      const acks: Ack[] = [];
      try {
        const user = await core.database.read((d) => loadSessionUser(d, 1));
        const token = core.sessions.create(user!);
        const call: Caller = async <M extends MethodName>(m: M, input: InputOf<M>) => {
          const env = await core.call(m, input, { token, transport: 'internal' });
          if (!env.ok) throw new Error(env.error.message_en);
          return env.data as OutputOf<M>;
        };
        for (let n = 0; n < 6; n++) {
          for (const k of DOCUMENT_KINDS) acks.push(await k.write(call, { setup, run: 0, n }));
        }
      } finally {
        await core.close();
      }
      expect(await checkDatabase(db, acks, setup)).toEqual([]);
      const customers = acks.filter((a) => a.kind === 'customer').map((a) => Number(a.key));
      const sabotage = async (sql: string, expected: RegExp) => {
        const raw = new BetterSqlite3(db.file);
        raw.pragma('foreign_keys = OFF');
        raw.exec(sql);
        raw.close();
        const problems = await checkDatabase(db, acks, setup);
        expect(problems.join('\n')).toMatch(expected);
      };
      await sabotage(
        `DELETE FROM customer_owners WHERE customer_id = ${customers[1]} AND user_id = (SELECT MIN(user_id) FROM customer_owners WHERE customer_id = ${customers[1]})`,
        /co-owners/,
      );
      await sabotage(
        `UPDATE customers SET credit_limit = credit_limit + 1 WHERE id = ${customers[2]}`,
        /differs/,
      );
      await sabotage(
        `DELETE FROM contacts WHERE id = (SELECT MAX(id) FROM contacts)`,
        /contact \d+ acknowledged but missing/,
      );
      await sabotage(`UPDATE contacts SET is_primary = 1`, /several primary contacts/);
      await sabotage(
        `DELETE FROM customer_owners WHERE customer_id = ${customers[5]}; DELETE FROM customers WHERE id = ${customers[5]}`,
        /customer \d+ acknowledged but missing[\s\S]*series/,
      );
      // order-to-cash: a lost reservation, a shipment without its stock move, an invoice's open amount off by a
      // fen, a receipt that lost its allocation, a renumbered order
      const key = (kind: string) => Number(acks.find((a) => a.kind === kind)!.key);
      await sabotage(
        `UPDATE sales_order_lines SET reserved_qty = 0 WHERE order_id = ${key('order')}`,
        /^(?=[\s\S]*order \d+ lost its lines or reservations)(?=[\s\S]*reserved_qty)/,
      );
      await sabotage(
        `DELETE FROM stock_moves WHERE doc_type = 'shipment' AND doc_id = ${key('shipment')}`,
        /^(?=[\s\S]*shipment \d+ without its stock move)(?=[\s\S]*stock\.on_hand)/,
      );
      await sabotage(
        `UPDATE invoices SET open_amount = open_amount + 1 WHERE id = ${key('invoice')}`,
        /invoices\.open_amount/,
      );
      await sabotage(
        `DELETE FROM allocations WHERE source_type = 'receipt' AND source_id = ${key('receipt')}`,
        /^(?=[\s\S]*receipt \d+ lost its allocation)(?=[\s\S]*receipts\.applied_total)/,
      );
      await sabotage(
        `UPDATE sales_orders SET number = 'SO2000-000001' WHERE id = ${key('order')}`,
        /order \d+ differs/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('crash: the SQLite writer is killed with SIGKILL', () => {
  it(`${KILLS} kills at random moments lose nothing acknowledged and leave no partial document`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-crash-'));
    const db: DbConfig = { kind: 'sqlite', file: path.join(dir, 'crash.db') };
    const random = rng(hashSeed(`crash:${Date.now()}`));
    try {
      const setup = await prepareDatabase(dir, db);
      const acks: Ack[] = [];
      for (let run = 1; run <= KILLS; run++) {
        const w = spawnWriter({ dataDir: dir, db, run, setup });
        await w.ready;
        // Kill at a random moment once the writer is under way (its first call loads dictionaries and
        // prepares statements: on a busy machine that can take a while).
        for (let i = 0; w.acks.length === 0 && !w.fatal && i < 600; i++) await sleep(50);
        await sleep(random() * 500);
        expect(w.fatal, w.stderr()).toBeNull();
        expect(w.child.exitCode, w.stderr()).toBeNull();
        await killWriter(w);
        expect(w.acks.length, `run ${run} acknowledged nothing: ${w.stderr()}`).toBeGreaterThan(0);
        expect(w.fails, w.stderr()).toBe(0);
        acks.push(...w.acks);
        const problems = await checkDatabase(db, acks, setup);
        expect(problems, `after kill ${run}`).toEqual([]);
      }
      expect(acks.length).toBeGreaterThan(KILLS * 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

if (dbKinds().includes('postgres')) {
  describe('crash: the PostgreSQL server is killed with SIGKILL and restarted', () => {
    it('a running writer loses nothing acknowledged, leaves no partial document, and carries on', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-crash-pg-'));
      fs.chmodSync(dir, 0o777);
      const port = await freePort();
      const password = 'crash-pw';
      const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pgdata'), port, password });
      const conn = { host: '127.0.0.1', port, user: pg.user, password };
      const db: DbConfig = { kind: 'postgres', ...conn, database: 'crash', pool: 4 };
      const random = rng(hashSeed(`crash-pg:${Date.now()}`));
      const postmasterPid = () =>
        Number(fs.readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const alive = (pid: number) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      let writer: ReturnType<typeof spawnWriter> | null = null;
      try {
        await createDatabaseIfMissing(conn, 'crash');
        const setup = await prepareDatabase(dir, db);
        const w = spawnWriter({ dataDir: dir, db, run: 1, setup });
        writer = w;
        await w.ready;
        const rounds = Math.max(3, Math.round(KILLS / 4));
        for (let round = 1; round <= rounds; round++) {
          await sleep(150 + random() * 600);
          const pid = postmasterPid();
          process.kill(pid, 'SIGKILL');
          for (let i = 0; alive(pid) && i < 200; i++) await sleep(25);
          expect(alive(pid)).toBe(false);
          await sleep(100 + random() * 300); // the writer meets a dead server
          // Restart; old backends may hold the shared memory for a moment.
          for (let attempt = 0; ; attempt++) {
            try {
              await pg.pg.start();
              break;
            } catch (e) {
              if (attempt > 100) throw e;
              await sleep(200);
            }
          }
          const acked = [...w.acks];
          const problems = await checkDatabase(db, acked, setup);
          expect(problems, `after server kill ${round}`).toEqual([]);
          // The writer (the app) recovers on its own once the server is back.
          const before = w.acks.length;
          for (let i = 0; w.acks.length <= before + 3 && i < 1200; i++) await sleep(50);
          expect(w.acks.length, `no progress after restart ${round}: ${w.stderr()}`).toBeGreaterThan(
            before + 3,
          );
          expect(w.fatal, w.stderr()).toBeNull();
          expect(w.child.exitCode, w.stderr()).toBeNull();
        }
        expect(w.fails).toBeGreaterThan(0); // the kills were felt…
        // …as "database unavailable, try again", never as an internal error.
        expect(Object.keys(w.failCodes), w.stderr()).toEqual(['UNAVAILABLE']);
        await killWriter(w);
        writer = null;
        const problems = await checkDatabase(db, w.acks, setup);
        expect(problems).toEqual([]);
      } finally {
        if (writer) await killWriter(writer);
        await pg.stop().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);
  });
}
