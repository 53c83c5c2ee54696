import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database, type DbConfig } from './db/database';
import { startEmbeddedPostgres, type EmbeddedPg } from './db/embedded';
import { Dispatcher } from './rpc/dispatcher';
import { SessionStore } from './rpc/sessions';
import type { CallInfo } from './rpc/context';
import type { RpcEnvelope } from '../../shared/contract/errors';
import { fileLogger, type Logger } from './log';
import { SQLITE_FILE } from './paths';
import { handlers } from './services';

/** What <dataDir>/config.json holds. */
export interface AppConfig {
  db:
    | { kind: 'sqlite'; file: string }
    | { kind: 'postgres'; host: string; port: number; database: string; user: string; password: string };
  /** Present when this PC hosts the office database (embedded PostgreSQL). */
  hosting?: {
    dir: string;
    port: number;
    listen: string;
    superuser_password: string;
  };
  /** Backups made on this PC (electron/core/services/backup): folder (null: <dataDir>/backups), automatic on/off. */
  backup?: { dir?: string | null; auto_enabled?: boolean };
}

export interface CoreOptions {
  dataDir: string;
  /** Use this database instead of the one in config.json (tests, scripts). Not persisted. */
  db?: DbConfig;
  clock?: () => Date;
  log?: Logger;
  quiet?: boolean;
}

export function readConfig(dataDir: string): AppConfig {
  const file = path.join(dataDir, 'config.json');
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as AppConfig;
    if (parsed?.db?.kind === 'sqlite' || parsed?.db?.kind === 'postgres') return parsed;
  }
  return { db: { kind: 'sqlite', file: SQLITE_FILE } };
}

export function writeConfig(dataDir: string, config: AppConfig): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'config.json');
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function resolveDbConfig(dataDir: string, config: AppConfig): DbConfig {
  if (config.db.kind === 'sqlite') {
    return { kind: 'sqlite', file: path.resolve(dataDir, config.db.file) };
  }
  return { ...config.db };
}

/**
 * The application core: database, sessions and the dispatcher. The same object runs under Electron,
 * under the HTTP host, in tests and in benchmarks; nothing here knows about Electron.
 */
export class Core {
  readonly sessions = new SessionStore();
  readonly dispatcher: Dispatcher;
  /** The embedded PostgreSQL when this PC hosts the office database. */
  office: EmbeddedPg | null = null;

  private constructor(
    readonly dataDir: string,
    public database: Database,
    readonly log: Logger,
    private readonly clockFn: () => Date,
    public config: AppConfig,
  ) {
    this.dispatcher = new Dispatcher(this, handlers);
  }

  static async open(opts: CoreOptions): Promise<Core> {
    const log = opts.log ?? fileLogger(opts.dataDir, { quiet: opts.quiet });
    const config = readConfig(opts.dataDir);
    let office: EmbeddedPg | null = null;
    if (!opts.db && config.hosting && config.db.kind === 'postgres') {
      office = await startEmbeddedPostgres({
        dataDir: path.resolve(opts.dataDir, config.hosting.dir),
        port: config.hosting.port,
        password: config.hosting.superuser_password,
        listen: config.hosting.listen,
        log: (l) => log.info(`[pg] ${l.trim()}`),
      });
    }
    const dbConfig = opts.db ?? resolveDbConfig(opts.dataDir, config);
    const database = await openDatabase(dbConfig);
    log.info(`database open: ${database.dialect} ${database.describe()}`);
    const core = new Core(opts.dataDir, database, log, opts.clock ?? (() => new Date()), config);
    core.office = office;
    return core;
  }

  clock(): Date {
    return this.clockFn();
  }

  call(method: string, input: unknown, info: CallInfo): Promise<RpcEnvelope> {
    return this.dispatcher.call(method, input, info);
  }

  /** Replace the database in use (after hosting or joining an office database). */
  async useDatabase(
    database: Database,
    config: AppConfig | null,
    opts: { keepSessions: boolean },
  ): Promise<void> {
    const old = this.database;
    this.database = database;
    if (config) {
      writeConfig(this.dataDir, config);
      this.config = config;
    }
    if (!opts.keepSessions) this.sessions.clear();
    if (old !== database) await old.close();
  }

  async close(): Promise<void> {
    await this.database.close();
    if (this.office) {
      await this.office.stop();
      this.office = null;
    }
  }
}
