import type { Database, Db } from './database';
import { ENTITIES, TABLE_NAMES } from './entities';
import { AppError } from '../rpc/errors';

export interface TransferReport {
  tables: { table: string; source: number; target: number }[];
}

interface TableInfo {
  name: string;
  columns: string[];
  booleans: Set<string>;
  selfRefs: string[];
  orderBy: string;
  hasSerialId: boolean;
}

function tableInfos(): TableInfo[] {
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
      hasSerialId: cols.id?.generated === 'increment',
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
 * Copies every table from one database into another (SQLite → office PostgreSQL when switching), in
 * one transaction on the target, parents before children, ids preserved. The target must be empty.
 * Row counts are compared inside the transaction: a mismatch rolls everything back.
 */
export async function copyDatabase(
  source: Database,
  target: Database,
  onProgress?: (table: string, done: number, total: number) => void,
): Promise<TransferReport> {
  const infos = tableInfos();
  const sourceCounts = await source.read(countAll);
  return target.transaction(async (tdb) => {
    const targetCounts = await countAll(tdb);
    if (Object.values(targetCounts).some((n) => n > 0)) throw AppError.of('CONFLICT', 'db_not_empty');
    for (const t of infos) {
      const total = sourceCounts[t.name] ?? 0;
      const batch = Math.max(1, Math.min(500, Math.floor(30000 / t.columns.length)));
      let done = 0;
      const deferred: { pk: Record<string, unknown>; values: Record<string, unknown> }[] = [];
      while (done < total) {
        const rows = await source.read((sdb) =>
          sdb.all<Record<string, unknown>>(
            `SELECT ${t.columns.join(', ')} FROM ${t.name} ORDER BY ${t.orderBy} LIMIT ? OFFSET ?`,
            [batch, done],
          ),
        );
        if (rows.length === 0) break;
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
          if (Object.keys(selfValues).length) deferred.push({ pk: { id: row.id }, values: selfValues });
        }
        const tuple = `(${t.columns.map(() => '?').join(', ')})`;
        await tdb.run(
          `INSERT INTO ${t.name} (${t.columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
          params,
        );
        done += rows.length;
        onProgress?.(t.name, done, total);
      }
      for (const d of deferred) {
        const cols = Object.keys(d.values);
        await tdb.run(`UPDATE ${t.name} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
          ...cols.map((c) => d.values[c]),
          d.pk.id,
        ]);
      }
      if (tdb.dialect === 'postgres' && t.hasSerialId) {
        await tdb.get(
          `SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ${t.name}), false)`,
        );
      }
    }
    const after = await countAll(tdb);
    const report: TransferReport = {
      tables: infos.map((t) => ({
        table: t.name,
        source: sourceCounts[t.name] ?? 0,
        target: after[t.name] ?? 0,
      })),
    };
    const bad = report.tables.find((r) => r.source !== r.target);
    if (bad) throw AppError.of('INTERNAL', 'db_transfer_mismatch', { table: bad.table });
    return report;
  });
}
