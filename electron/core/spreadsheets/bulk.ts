import type { Db } from '../db/database';

/** Lets other calls (progress polls) run between chunks of a long import on the single-threaded main process. */
export const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * Multi-row INSERT in chunks (one statement per chunk instead of one per row: a 10,000-row import is 100
 * round trips on PostgreSQL, not 10,000). Column names come from code; values are bound parameters.
 */
export async function insertMany(
  db: Db,
  table: string,
  rows: Record<string, unknown>[],
  onChunk?: (done: number) => Promise<void>,
  chunk = 100,
): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const one = `(${cols.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db.run(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => one).join(', ')}`,
      part.flatMap((r) => cols.map((c) => r[c])),
    );
    await onChunk?.(Math.min(rows.length, i + chunk));
  }
}

/** Runs `fn` over `items` in chunks of `size` (IN lists stay far below the parameter limits). */
export async function inChunks<T>(items: T[], size: number, fn: (part: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await fn(items.slice(i, i + size));
}
