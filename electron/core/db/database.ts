import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { ENTITIES, TABLE_NAMES } from './entities';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';

/**
 * Database access.
 *
 * TypeORM owns the schema: the DataSource, the entities, the per-driver migrations and the check that
 * the two agree. Queries go through the thin `Db` interface below, which runs SQL on the driver
 * connection TypeORM opened (better-sqlite3's Database, pg's Pool). Why not repositories: every use case
 * needs explicit row locks (`FOR UPDATE`), maintained balances and paged SQL, and the approve-an-order
 * benchmark allows at most 3× a hand-written better-sqlite3 transaction (docs/DECISIONS.md).
 *
 * SQL is written once with `?` placeholders; the PostgreSQL side rewrites them to `$n`.
 */
export type Dialect = 'sqlite' | 'postgres';

export type DbConfig =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgres';
      host: string;
      port: number;
      database: string;
      user: string;
      password: string;
      /** Pool size; 10 by default. */
      pool?: number;
    };

export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** INSERT … RETURNING id. Column names come from code, never from input. */
  insert(table: string, row: Record<string, unknown>): Promise<number>;
  /** ` FOR UPDATE` on PostgreSQL; empty on SQLite, where the write transaction already holds the lock. */
  readonly forUpdate: string;
  /** Case-insensitive LIKE operator for this dialect. */
  readonly ilike: string;
}

export interface Database {
  readonly dialect: Dialect;
  readonly config: DbConfig;
  readonly dataSource: DataSource;
  /** One write transaction: commits when fn resolves, rolls back when it throws. */
  transaction<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Read-only work outside a write transaction. */
  read<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  describe(): string;
}

/* ------------------------------------------------------------------ helpers */

function insertSql(table: string, row: Record<string, unknown>): [string, unknown[]] {
  const cols = Object.keys(row);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING id`;
  return [sql, cols.map((c) => row[c])];
}

/** A FIFO async mutex: SQLite has one connection, so calls take turns. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.tail;
    this.tail = prev.then(() => next);
    await prev;
    return release;
  }
}

/* ------------------------------------------------------------------ SQLite */

function sqliteParam(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly forUpdate = '';
  readonly ilike = 'LIKE';
  private cache = new Map<string, BetterSqlite3.Statement>();
  constructor(private raw: BetterSqlite3.Database) {}

  private prep(sql: string): BetterSqlite3.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }
  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.prep(sql).all(...params.map(sqliteParam)) as T[];
  }
  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return this.prep(sql).get(...params.map(sqliteParam)) as T | undefined;
  }
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    const s = this.prep(sql);
    if (s.reader) return s.all(...params.map(sqliteParam)).length;
    return s.run(...params.map(sqliteParam)).changes;
  }
  async insert(table: string, row: Record<string, unknown>): Promise<number> {
    const [sql, params] = insertSql(table, row);
    const r = this.prep(sql).get(...params.map(sqliteParam)) as { id: number };
    return r.id;
  }
}

class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  private mutex = new Mutex();
  private db: SqliteDb;
  constructor(
    readonly config: Extract<DbConfig, { kind: 'sqlite' }>,
    readonly dataSource: DataSource,
    readonly raw: BetterSqlite3.Database,
  ) {
    this.db = new SqliteDb(raw);
  }
  async transaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const release = await this.mutex.lock();
    try {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.db);
        this.raw.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      }
    } finally {
      release();
    }
  }
  async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const release = await this.mutex.lock();
    try {
      return await fn(this.db);
    } finally {
      release();
    }
  }
  async close(): Promise<void> {
    const release = await this.mutex.lock();
    try {
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
    } finally {
      release();
    }
  }
  describe(): string {
    return this.config.file;
  }
}

/* ------------------------------------------------------------------ PostgreSQL */

const placeholderCache = new Map<string, string>();
function toPg(sql: string): string {
  let out = placeholderCache.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (placeholderCache.size > 2000) placeholderCache.clear();
    placeholderCache.set(sql, out);
  }
  return out;
}

function pgParam(v: unknown): unknown {
  return v === undefined ? null : v;
}

/** int8 and numeric come back as JS numbers (money is integer fen, far below 2^53); dates stay strings. */
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20 || oid === 1700) return (v: string) => (v === null ? null : Number(v));
    if (oid === 1082) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  readonly forUpdate = ' FOR UPDATE';
  readonly ilike = 'ILIKE';
  constructor(private client: pg.PoolClient) {}
  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const r = await this.client.query(toPg(sql), params.map(pgParam));
    return r.rows as T[];
  }
  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    const r = await this.client.query(toPg(sql), params.map(pgParam));
    return r.rows[0] as T | undefined;
  }
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    const r = await this.client.query(toPg(sql), params.map(pgParam));
    return r.rowCount ?? 0;
  }
  async insert(table: string, row: Record<string, unknown>): Promise<number> {
    const [sql, params] = insertSql(table, row);
    const r = await this.client.query(toPg(sql), params.map(pgParam));
    return (r.rows[0] as { id: number }).id;
  }
}

class PgDatabase implements Database {
  readonly dialect = 'postgres' as const;
  constructor(
    readonly config: Extract<DbConfig, { kind: 'postgres' }>,
    readonly dataSource: DataSource,
    readonly pool: pg.Pool,
  ) {}
  /**
   * A pooled client for one call. While checked out a client has no 'error' listener of the pool's: if
   * the server dies between two queries, pg emits 'error' on it, which would crash the process without
   * this listener (found by tests/integration/crash.test.ts). A client that failed is destroyed on release.
   */
  private async checkout(): Promise<{ client: pg.PoolClient; done(broken: boolean): void }> {
    const client = await this.pool.connect();
    let failed = false;
    const onError = () => {
      failed = true;
    };
    client.on('error', onError);
    return {
      client,
      done: (broken) => {
        client.removeListener('error', onError);
        client.release(broken || failed);
      },
    };
  }
  async transaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const { client, done } = await this.checkout();
    let broken = false;
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(new PgDb(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw e;
      }
    } catch (e) {
      broken = true;
      throw e;
    } finally {
      done(broken);
    }
  }
  async read<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const { client, done } = await this.checkout();
    let broken = false;
    try {
      return await fn(new PgDb(client));
    } catch (e) {
      // A failed query may leave the connection in any state (an open snapshot, a dead socket).
      broken = true;
      throw e;
    } finally {
      done(broken);
    }
  }
  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
  describe(): string {
    return `${this.config.host}:${this.config.port}/${this.config.database}`;
  }
}

/* ------------------------------------------------------------------ factory */

export function createDataSource(config: DbConfig): DataSource {
  if (config.kind === 'sqlite') {
    return new DataSource({
      type: 'better-sqlite3',
      driver: BetterSqlite3,
      database: config.file,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsTableName: 'schema_migrations',
      synchronize: false,
      logging: false,
      timeout: 10_000,
      prepareDatabase: (db: BetterSqlite3.Database) => {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 10000');
      },
    });
  }
  return new DataSource({
    type: 'postgres',
    driver: pg,
    host: config.host,
    port: config.port,
    database: config.database,
    username: config.user,
    password: config.password,
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    poolSize: config.pool ?? 10,
    connectTimeoutMS: 10_000,
    applicationName: 'xiaoshoutong',
    extra: { types: pgTypes },
  });
}

/** Opens the database and brings its schema up to date (all pending migrations in one transaction). */
export async function openDatabase(config: DbConfig, opts: { migrate?: boolean } = {}): Promise<Database> {
  if (config.kind === 'sqlite') fs.mkdirSync(path.dirname(config.file), { recursive: true });
  const ds = createDataSource(config);
  await ds.initialize();
  try {
    if (opts.migrate !== false) await ds.runMigrations({ transaction: 'all' });
  } catch (e) {
    await ds.destroy();
    throw e;
  }
  if (config.kind === 'sqlite') {
    const raw = (ds.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
    return new SqliteDatabase(config, ds, raw);
  }
  const pool = (ds.driver as unknown as { master: pg.Pool }).master;
  return new PgDatabase(config, ds, pool);
}

export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLE_NAMES) {
    const r = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`);
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}

export async function schemaVersion(db: Db): Promise<string> {
  const r = await db.get<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1');
  return r?.name ?? '';
}
