import crypto from 'node:crypto';
import type { Database, Db } from './database';
import { ENTITIES, TABLE_NAMES } from './entities';
import { AppError } from '../rpc/errors';

export interface TransferReport {
  tables: { table: string; source: number; target: number }[];
}

export interface TableInfo {
  name: string;
  columns: string[];
  booleans: Set<string>;
  selfRefs: string[];
  /** Primary-key columns, comma-separated: the stable order of rows. */
  orderBy: string;
  /** A single integer `id` primary key: pages by `id > last` instead of OFFSET. */
  hasSerialId: boolean;
}

export function tableInfos(): TableInfo[] {
  return ENTITIES.map((e) => {
    const name = e.options.tableName ?? e.options.name;
    const cols = e.options.columns as Record<
      string,
      { type?: unknown; primary?: boolean; generated?: unknown }
    >;
    const columns = Object.keys(cols);
    const booleans = new Set(columns.filter((c) => cols[c]!.type === 'boolean'));
    const selfRefs = (e.options.foreignKeys ?? [])
      .filter((fk) => fk.target === name)
      .map((fk) => fk.columnNames[0]!)
      .filter(Boolean);
    const pks = columns.filter((c) => cols[c]!.primary);
    return {
      name,
      columns,
      booleans,
      selfRefs,
      orderBy: pks.join(', '),
      hasSerialId: cols.id?.generated === 'increment' && pks.length === 1,
    };
  });
}

export async function countAll(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLE_NAMES) {
    const r = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`);
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}

/**
 * Reads a table in primary-key order, one page at a time, from one connection (the caller decides what
 * snapshot that connection sees). Tables with a serial id page by `id > last` (no OFFSET rescans).
 */
export async function* tableRows(
  sdb: Db,
  t: TableInfo,
  batch: number,
): AsyncGenerator<Record<string, unknown>[]> {
  const cols = t.columns.join(', ');
  if (t.hasSerialId) {
    let last = 0;
    for (;;) {
      const rows = await sdb.all<Record<string, unknown>>(
        `SELECT ${cols} FROM ${t.name} WHERE id > ? ORDER BY id LIMIT ?`,
        [last, batch],
      );
      if (rows.length === 0) return;
      yield rows;
      last = Number(rows[rows.length - 1]!.id);
      if (rows.length < batch) return;
    }
  }
  for (let offset = 0; ; offset += batch) {
    const rows = await sdb.all<Record<string, unknown>>(
      `SELECT ${cols} FROM ${t.name} ORDER BY ${t.orderBy} LIMIT ? OFFSET ?`,
      [batch, offset],
    );
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
  }
}

/**
 * Copies every table's rows from one connection into another (the target's transaction), parents before
 * children, ids preserved, self-references filled in afterwards; on PostgreSQL the id sequences are moved
 * past the copied ids. The target tables must be empty. Used to move a PC's data into the office database
 * and by backups (a PostgreSQL snapshot into a SQLite file, and restores in either direction).
 */
export async function copyRows(
  sdb: Db,
  tdb: Db,
  onProgress?: (table: string, done: number) => void,
): Promise<void> {
  for (const t of tableInfos()) {
    // PostgreSQL allows 65 535 parameters per statement, SQLite 32 766.
    const batch = Math.max(1, Math.min(1000, Math.floor(30000 / t.columns.length)));
    const tuple = `(${t.columns.map(() => '?').join(', ')})`;
    const deferred: { id: unknown; values: Record<string, unknown> }[] = [];
    let done = 0;
    for await (const rows of tableRows(sdb, t, batch)) {
      const params: unknown[] = [];
      for (const row of rows) {
        const selfValues: Record<string, unknown> = {};
        for (const c of t.columns) {
          let v = row[c];
          if (t.booleans.has(c) && v != null) v = v === true || v === 1 || v === '1' || v === 't';
          if (t.selfRefs.includes(c) && v != null) {
            selfValues[c] = v;
            v = null;
          }
          params.push(v);
        }
        if (Object.keys(selfValues).length) deferred.push({ id: row.id, values: selfValues });
      }
      await tdb.run(
        `INSERT INTO ${t.name} (${t.columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
        params,
      );
      done += rows.length;
      onProgress?.(t.name, done);
    }
    for (const d of deferred) {
      const cols = Object.keys(d.values);
      await tdb.run(`UPDATE ${t.name} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
        ...cols.map((c) => d.values[c]),
        d.id,
      ]);
    }
    if (tdb.dialect === 'postgres' && t.hasSerialId) {
      await tdb.get(
        `SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ${t.name}), false)`,
      );
    }
  }
}

/**
 * Copies every table from one database into another (SQLite → office PostgreSQL when switching), in
 * one transaction on the target, while holding the source's read connection (on SQLite: no write can
 * slip in between the count and the copy). The target must be empty. Row counts are compared inside
 * the transaction: a mismatch rolls everything back.
 */
export async function copyDatabase(
  source: Database,
  target: Database,
  onProgress?: (table: string, done: number, total: number) => void,
): Promise<TransferReport> {
  return source.read(async (sdb) => {
    const sourceCounts = await countAll(sdb);
    return target.transaction(async (tdb) => {
      const targetCounts = await countAll(tdb);
      if (Object.values(targetCounts).some((n) => n > 0)) throw AppError.of('CONFLICT', 'db_not_empty');
      await copyRows(sdb, tdb, (table, done) => onProgress?.(table, done, sourceCounts[table] ?? 0));
      const after = await countAll(tdb);
      const report: TransferReport = {
        tables: TABLE_NAMES.map((t) => ({ table: t, source: sourceCounts[t] ?? 0, target: after[t] ?? 0 })),
      };
      const bad = report.tables.find((r) => r.source !== r.target);
      if (bad) throw AppError.of('INTERNAL', 'db_transfer_mismatch', { table: bad.table });
      return report;
    });
  });
}

/**
 * A checksum of every row of every table that is the same on SQLite and PostgreSQL for the same data
 * (booleans as 0/1, numbers as decimal text, rows in primary-key order), with the row counts. Backups
 * record it; a restore compares it before it commits.
 */
export async function databaseChecksum(
  db: Db,
  opts: { exclude?: string[] } = {},
): Promise<{ checksum: string; counts: Record<string, number> }> {
  const h = crypto.createHash('sha256');
  const counts: Record<string, number> = {};
  for (const t of tableInfos()) {
    if (opts.exclude?.includes(t.name)) continue;
    h.update(`\u001d${t.name}\u001d`);
    let n = 0;
    for await (const rows of tableRows(db, t, 5000)) {
      for (const row of rows) {
        const parts = t.columns.map((c) => {
          const v = row[c];
          if (v == null) return '\u0000';
          if (t.booleans.has(c)) return v === true || v === 1 || v === '1' || v === 't' ? '1' : '0';
          return String(v);
        });
        h.update(parts.join('\u001f'));
        h.update('\u001e');
      }
      n += rows.length;
    }
    counts[t.name] = n;
  }
  return { checksum: h.digest('hex'), counts };
}
