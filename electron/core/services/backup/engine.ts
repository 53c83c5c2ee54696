import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { AppConfig, Core } from '../../app';
import { writeConfig } from '../../app';
import { openDatabase, type Database, type Db } from '../../db/database';
import { TABLE_NAMES } from '../../db/entities';
import { SQLITE_MIGRATIONS } from '../../db/migrations/sqlite';
import { copyRows, databaseChecksum } from '../../db/transfer';
import { AppError } from '../../rpc/errors';
import {
  BACKUP_NAME_RE,
  BACKUP_RETENTION,
  type BackupFile,
  type BackupKind,
  type BackupStatus,
} from '../../../../shared/contract/backup';

/**
 * Backups and restores, below the dispatcher (the job runner and the handlers call these).
 *
 * - SQLite: a separate read-only connection opens one read transaction (a WAL snapshot) and copies it
 *   page by page with SQLite's online backup API; between steps the event loop runs, so the office keeps
 *   writing through the main connection. The snapshot is the state at the moment the read began.
 * - PostgreSQL (no pg_dump here): one pooled connection in a REPEATABLE READ READ ONLY transaction copies
 *   every table into a fresh SQLite file (the same schema, created by the SQLite migrations).
 * - Every backup is verified before it gets its name (integrity check, then row counts and a
 *   dialect-independent checksum recorded in <name>.json).
 * - A restore migrates a copy of the file to the current schema, checks it against its metadata, takes a
 *   safety backup, then replaces every row in one transaction and compares the checksum before commit.
 */
export type BackupConfig = NonNullable<AppConfig['backup']>;

interface Meta {
  kind: BackupKind;
  created_at: string;
  source: 'sqlite' | 'postgres';
  schema_version: string;
  counts: Record<string, number>;
  checksum: string;
  note: string | null;
}

export function backupConfig(core: Core): BackupConfig {
  return core.config.backup ?? {};
}

export const defaultBackupDir = (core: Core): string => path.join(core.dataDir, 'backups');

export function backupDir(core: Core): string {
  const dir = backupConfig(core).dir;
  return dir ? path.resolve(dir) : defaultBackupDir(core);
}

/** Automatic backups run on a PC with its own SQLite database or hosting the office database; elsewhere when switched on. */
export function autoEnabled(core: Core): boolean {
  const set = backupConfig(core).auto_enabled;
  if (set !== undefined) return set;
  return core.database.dialect === 'sqlite' || Boolean(core.config.hosting);
}

export function saveBackupConfig(core: Core, cfg: BackupConfig): void {
  const config: AppConfig = { ...core.config, backup: cfg };
  writeConfig(core.dataDir, config);
  core.config = config;
}

/* ------------------------------------------------------------------ names and listing */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local time as in a file name: 20261120-090000. */
export function stamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** The local time a backup's name records. */
export function nameTime(name: string): Date | null {
  const m = /^xst-[a-z]+-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(y!, mo! - 1, d!, h!, mi!, s!);
}

const kindOf = (name: string): BackupKind => /^xst-([a-z]+)-/.exec(name)![1] as BackupKind;

function uniqueName(dir: string, kind: BackupKind, now: Date): string {
  const base = `xst-${kind}-${stamp(now)}`;
  let name = `${base}.db`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i++) name = `${base}-${i}.db`;
  return name;
}

function readMeta(file: string): Meta | null {
  try {
    return JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as Meta;
  } catch {
    return null;
  }
}

function info(dir: string, name: string): BackupFile {
  const file = path.join(dir, name);
  const meta = readMeta(file);
  const counts = meta?.counts ?? null;
  return {
    name,
    kind: kindOf(name),
    created_at: meta?.created_at ?? (nameTime(name) ?? fs.statSync(file).mtime).toISOString(),
    size: fs.statSync(file).size,
    source: meta?.source ?? null,
    schema_version: meta?.schema_version ?? null,
    rows: counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null,
    counts,
    checksum: meta?.checksum ?? null,
    note: meta?.note ?? null,
  };
}

/** The backups in a folder, newest first. Leftovers of interrupted runs (dot files) are not listed. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => BACKUP_NAME_RE.test(n))
    .map((n) => info(dir, n))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.name.localeCompare(a.name));
}

export function backupStatus(core: Core): BackupStatus {
  const dir = backupDir(core);
  const files = listBackups(dir);
  const lastAuto = files.find((f) => f.kind === 'auto');
  return {
    dir,
    default_dir: !backupConfig(core).dir,
    auto_enabled: autoEnabled(core),
    last_auto_at: lastAuto?.created_at ?? null,
    retention: { ...BACKUP_RETENTION },
    files,
  };
}

/* ------------------------------------------------------------------ rotation */

const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** The Monday that starts the date's (ISO) week. */
const weekKey = (d: Date) => {
  const m = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return localDay(m);
};
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/**
 * Grandfather-father-son: of the automatic backups, keep the newest of each of the last 7 days that
 * have one, of each of the last 4 weeks and of each of the last 12 months; the rest go. Manual and
 * pre-restore backups are kept until someone deletes them.
 */
export function planRotation(
  names: string[],
  policy: { daily: number; weekly: number; monthly: number } = BACKUP_RETENTION,
): { keep: string[]; remove: string[] } {
  const autos = names
    .filter((n) => BACKUP_NAME_RE.test(n) && kindOf(n) === 'auto' && nameTime(n))
    .sort()
    .reverse();
  const keep = new Set<string>();
  const periods: [(d: Date) => string, number][] = [
    [localDay, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ];
  for (const [key, limit] of periods) {
    const seen = new Set<string>();
    for (const n of autos) {
      const k = key(nameTime(n)!);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(n);
    }
  }
  return { keep: autos.filter((n) => keep.has(n)), remove: autos.filter((n) => !keep.has(n)) };
}

export function rotate(dir: string): string[] {
  const { remove } = planRotation(listBackups(dir).map((f) => f.name));
  for (const n of remove) removeBackupFiles(dir, n);
  return remove;
}

export function removeBackupFiles(dir: string, name: string): void {
  const file = path.join(dir, name);
  for (const f of [file, `${file}.json`]) fs.rmSync(f, { force: true });
}

/* ------------------------------------------------------------------ snapshots */

const rmSqlite = (file: string) => {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
};

/** A plain better-sqlite3 connection as a Db (for reading backup files). */
function rawDb(raw: BetterSqlite3.Database): Db {
  const p = (v: unknown) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);
  return {
    dialect: 'sqlite',
    forUpdate: '',
    ilike: 'LIKE',
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      raw.prepare(sql).all(...params.map(p)) as T[],
    get: async <T>(sql: string, params: readonly unknown[] = []) =>
      raw.prepare(sql).get(...params.map(p)) as T | undefined,
    run: async (sql: string, params: readonly unknown[] = []) =>
      raw.prepare(sql).run(...params.map(p)).changes,
    insert: async () => {
      throw new Error('read-only');
    },
  };
}

/** SQLite: the online backup API over a read-only connection holding one snapshot. */
async function snapshotSqlite(liveFile: string, dest: string, pagesPerStep: number): Promise<void> {
  const src = new BetterSqlite3(liveFile, { readonly: true, fileMustExist: true });
  try {
    src.pragma('busy_timeout = 10000');
    // One read transaction for the whole copy: every step sees the same snapshot, and the main
    // connection's commits meanwhile neither appear in it nor restart it.
    src.exec('BEGIN');
    src.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    // 1024 pages (4 MB) per step by default; the office's calls run between steps.
    await src.backup(dest, { progress: () => pagesPerStep });
    src.exec('COMMIT');
  } finally {
    src.close();
  }
}

/** PostgreSQL: one REPEATABLE READ snapshot copied into a new SQLite file. */
async function snapshotPostgres(database: Database, dest: string): Promise<void> {
  const target = await openDatabase({ kind: 'sqlite', file: dest });
  try {
    await database.read(async (sdb) => {
      await sdb.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        await target.transaction((tdb) => copyRows(sdb, tdb));
      } finally {
        await sdb.run('ROLLBACK').catch(() => undefined);
      }
    });
  } finally {
    await target.close();
  }
}

async function schemaOf(db: Db): Promise<{ names: string[]; last: string }> {
  const rows = await db.all<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id');
  return { names: rows.map((r) => r.name), last: rows[rows.length - 1]?.name ?? '' };
}

/** Integrity check, journal mode DELETE (one self-contained file), checksum and counts. */
async function verifyFile(
  file: string,
): Promise<{ checksum: string; counts: Record<string, number>; schema: string }> {
  const raw = new BetterSqlite3(file, { fileMustExist: true });
  try {
    raw.pragma('journal_mode = DELETE');
    const ic = raw.pragma('integrity_check', { simple: true });
    if (ic !== 'ok') throw new Error(`backup file failed its integrity check: ${String(ic)}`);
    const db = rawDb(raw);
    const { checksum, counts } = await databaseChecksum(db);
    return { checksum, counts, schema: (await schemaOf(db)).last };
  } finally {
    raw.close();
  }
}

/** Takes a backup of the database in use into the backup folder. */
export async function createBackup(
  core: Core,
  kind: BackupKind,
  opts: { now?: Date; note?: string | null; pagesPerStep?: number } = {},
): Promise<BackupFile> {
  const now = opts.now ?? core.clock();
  const dir = backupDir(core);
  fs.mkdirSync(dir, { recursive: true });
  const name = uniqueName(dir, kind, now);
  const partial = path.join(dir, `.${name}.partial`);
  rmSqlite(partial);
  const database = core.database;
  try {
    if (database.config.kind === 'sqlite')
      await snapshotSqlite(database.config.file, partial, opts.pagesPerStep ?? 1024);
    else await snapshotPostgres(database, partial);
    const v = await verifyFile(partial);
    const meta: Meta = {
      kind,
      created_at: now.toISOString(),
      source: database.dialect,
      schema_version: v.schema,
      counts: v.counts,
      checksum: v.checksum,
      note: opts.note ?? null,
    };
    const final = path.join(dir, name);
    fs.writeFileSync(`${final}.json.tmp`, JSON.stringify(meta, null, 2));
    fs.renameSync(partial, final);
    fs.renameSync(`${final}.json.tmp`, `${final}.json`);
    core.log.info(`backup ${name}: ${Object.values(v.counts).reduce((a, b) => a + b, 0)} rows`);
    return info(dir, name);
  } finally {
    rmSqlite(partial);
  }
}

/** The daily automatic backup (the job calls this every half hour): at most one per local day, then rotation. */
export async function autoBackup(core: Core, now: Date): Promise<BackupFile | null> {
  if (!autoEnabled(core)) return null;
  const dir = backupDir(core);
  const today = localDay(now);
  const done = listBackups(dir).some((f) => f.kind === 'auto' && localDay(nameTime(f.name)!) === today);
  if (done) return null;
  const file = await createBackup(core, 'auto', { now });
  const removed = rotate(dir);
  if (removed.length) core.log.info(`backup rotation removed ${removed.join(', ')}`);
  return file;
}

/* ------------------------------------------------------------------ restore */

async function clearAll(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    await db.run(`TRUNCATE ${TABLE_NAMES.join(', ')} RESTART IDENTITY`);
    return;
  }
  await db.run('PRAGMA defer_foreign_keys = ON');
  for (const t of [...TABLE_NAMES].reverse()) await db.run(`DELETE FROM ${t}`);
}

export interface RestoreResult {
  restored: BackupFile;
  safety: BackupFile;
  counts: Record<string, number>;
  checksum: string;
}

export async function restoreBackup(core: Core, name: string, now = core.clock()): Promise<RestoreResult> {
  const dir = backupDir(core);
  const file = path.join(dir, name);
  if (!BACKUP_NAME_RE.test(name) || !fs.existsSync(file)) {
    throw new AppError('NOT_FOUND', `备份文件不存在：${name}`, `Backup file not found: ${name}`);
  }
  const restored = info(dir, name);
  const tmp = path.join(dir, `.restore-${process.pid}-${Date.now()}.db`);
  fs.copyFileSync(file, tmp);
  let src: Database | null = null;
  try {
    // Refuse a backup made by a newer version of the program (a migration we do not know).
    const known = new Set(SQLITE_MIGRATIONS.map((M) => new M().name ?? M.name));
    let before: string[];
    try {
      const raw = new BetterSqlite3(tmp, { fileMustExist: true });
      try {
        if (raw.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity');
        before = (await schemaOf(rawDb(raw))).names;
      } finally {
        raw.close();
      }
    } catch {
      throw AppError.of('BUSINESS_RULE', 'backup_damaged', { name });
    }
    if (before.some((n) => !known.has(n))) throw AppError.of('BUSINESS_RULE', 'backup_newer', { name });
    // Older backups are brought up to the current schema on the copy.
    src = await openDatabase({ kind: 'sqlite', file: tmp });
    const source = await src.read((db) => databaseChecksum(db));
    const migrated = before.length !== known.size;
    if (!migrated && restored.checksum && restored.checksum !== source.checksum) {
      throw AppError.of('BUSINESS_RULE', 'backup_damaged', { name });
    }
    const safety = await createBackup(core, 'prerestore', {
      now,
      note: `恢复 ${name} 前自动备份`,
    });
    await src.read((sdb) =>
      core.database.transaction(async (tdb) => {
        await clearAll(tdb);
        await copyRows(sdb, tdb);
        const after = await databaseChecksum(tdb);
        if (after.checksum !== source.checksum) throw AppError.of('INTERNAL', 'restore_mismatch');
      }),
    );
    // The restored users, roles and passwords apply from now on.
    core.sessions.clear();
    core.log.info(`restored backup ${name}; safety backup ${safety.name}`);
    return { restored, safety, counts: source.counts, checksum: source.checksum };
  } finally {
    await src?.close();
    rmSqlite(tmp);
  }
}

/** Checks that a folder can hold backups (exists or can be created, and is writable). */
export function usableDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.probe-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}
