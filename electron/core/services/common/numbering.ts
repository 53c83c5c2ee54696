import type { Db } from '../../db/database';

/**
 * Takes the next number of a series (per year; year 0 for series that do not restart). The counter row
 * is updated in the caller's transaction, which locks it until commit: numbers are unique and gap-free
 * on both databases, also when several PCs take numbers at once (a rolled-back transaction gives its
 * number back).
 */
export async function nextNumber(db: Db, series: string, year: number): Promise<number> {
  await db.run(
    'INSERT INTO number_series (series, year, next_value) VALUES (?, ?, 1) ON CONFLICT DO NOTHING',
    [series, year],
  );
  const r = await db.get<{ n: number }>(
    'UPDATE number_series SET next_value = next_value + 1 WHERE series = ? AND year = ? RETURNING next_value - 1 AS n',
    [series, year],
  );
  return Number(r!.n);
}

/** e.g. formatNumber('SO', 2026, 123) → SO2026-000123; without a year: C000123. */
export function formatNumber(prefix: string, year: number, n: number, width = 6): string {
  return year
    ? `${prefix}${year}-${String(n).padStart(width, '0')}`
    : `${prefix}${String(n).padStart(width, '0')}`;
}

/**
 * Takes `count` consecutive numbers of a series at once (bulk imports); returns the first. Same locking
 * and gap-free guarantee as nextNumber.
 */
export async function nextNumbers(db: Db, series: string, year: number, count: number): Promise<number> {
  await db.run(
    'INSERT INTO number_series (series, year, next_value) VALUES (?, ?, 1) ON CONFLICT DO NOTHING',
    [series, year],
  );
  const r = await db.get<{ n: number }>(
    'UPDATE number_series SET next_value = next_value + ? WHERE series = ? AND year = ? RETURNING next_value - ? AS n',
    [count, series, year, count],
  );
  return Number(r!.n);
}
