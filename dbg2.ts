import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres } from './electron/core/db/embedded';
import { freePort } from './tests/helpers/pg-global';
import { openDatabase } from './electron/core/db/database';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-dbg-')); fs.chmodSync(dir, 0o777);
const port = await freePort();
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pgdata'), port, password: 'x' });
const conn = { host: '127.0.0.1', port, user: pg.user, password: 'x' };
await createDatabaseIfMissing(conn, 'crash');
const database = await openDatabase({ kind: 'postgres', ...conn, database: 'crash', pool: 4 });
let n = 0; let state = '';
const loop = (async () => { for (;;) { try { state = 'tx'; await database.transaction(async (db) => { state='q1'; await db.get('SELECT 1'); state='q2'; await db.get('SELECT pg_sleep(0.01)'); }); n++; } catch (e) { console.log('err', String(e).slice(0, 100)); await sleep(50);} } })();
await sleep(500);
const pid = Number(fs.readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
console.log('n', n, 'kill', pid);
process.kill(pid, 'SIGKILL');
await sleep(1000);
console.log('n', n, state);
for (let a = 0; ; a++) { try { await pg.pg.start(); break; } catch { await sleep(200); } }
for (let i = 0; i < 5; i++) { await sleep(1000); console.log('n', n, state); }
process.exit(0);
