/**
 * Evaluation arithmetic (pure, integer): completion rate, progress against time elapsed, year-on-year
 * growth, rankings, period ranges. Rates are basis points (10000 = 100 %), rounded half-up once.
 */
import type { PeriodKey } from './contract/targets';

/** part / whole in basis points, half-up; null when the whole is missing or not positive. */
export function ratioBp(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part == null || whole == null || whole <= 0) return null;
  const num = part * 10000;
  // Integer half-up division without floats drifting: operands are integers far below 2^53 / 10^4.
  const q = Math.floor(num / whole);
  const r = num - q * whole;
  return r * 2 >= whole ? q + 1 : q;
}

/** (current − previous) / previous in basis points; null when there is no positive base. */
export function growthBp(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (current == null || previous == null || previous <= 0) return null;
  const r = ratioBp(current, previous);
  return r == null ? null : r - 10000;
}

const utcDay = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/**
 * Share of the period elapsed at the end of `asOf` (inclusive days), in basis points:
 * before the period 0, after it 10000.
 */
export function timeProgressBp(from: string, to: string, asOf: string): number {
  if (asOf < from) return 0;
  if (asOf >= to) return 10000;
  const total = (utcDay(to) - utcDay(from)) / 86_400_000 + 1;
  const done = (utcDay(asOf) - utcDay(from)) / 86_400_000 + 1;
  return ratioBp(done, total) ?? 0;
}

/**
 * Competition ranking (1, 2, 2, 4) by a value, highest first; rows without a value get null.
 * Ties on the value are broken by `tiebreak` (highest first) before they count as equal.
 */
export function rankBy<T>(
  rows: readonly T[],
  value: (t: T) => number | null,
  tiebreak?: (t: T) => number | null,
): Map<T, number | null> {
  const out = new Map<T, number | null>();
  const ranked = rows.filter((r) => value(r) != null);
  const key = (t: T) => [value(t)!, tiebreak ? (tiebreak(t) ?? Number.NEGATIVE_INFINITY) : 0] as const;
  ranked.sort((a, b) => {
    const [av, at] = key(a);
    const [bv, bt] = key(b);
    return bv - av || bt - at;
  });
  let prev: readonly [number, number] | null = null;
  let prevRank = 0;
  ranked.forEach((r, i) => {
    const k = key(r);
    const rank = prev && prev[0] === k[0] && prev[1] === k[1] ? prevRank : i + 1;
    out.set(r, rank);
    prev = k;
    prevRank = rank;
  });
  for (const r of rows) if (!out.has(r)) out.set(r, null);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Months (1–12) a period key covers. */
export function monthsOf(period: PeriodKey): number[] {
  if (period === 'y') return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (period.startsWith('q')) {
    const q = Number(period.slice(1));
    return [q * 3 - 2, q * 3 - 1, q * 3];
  }
  return [Number(period.slice(1))];
}

/** The first and last day of a period of `year`. */
export function periodRange(year: number, period: PeriodKey): { from: string; to: string } {
  const ms = monthsOf(period);
  const first = ms[0]!;
  const last = ms[ms.length - 1]!;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** The period key of a month: 1 → m1. */
export const monthKey = (m: number): PeriodKey => `m${m}` as PeriodKey;
export const quarterOfMonth = (m: number): PeriodKey => `q${Math.ceil(m / 3)}` as PeriodKey;

/** Sum of nullable integers; null when every part is null. */
export function sumNullable(xs: readonly (number | null | undefined)[]): number | null {
  let any = false;
  let s = 0;
  for (const x of xs) {
    if (x == null) continue;
    any = true;
    s += x;
  }
  return any ? s : null;
}

/** Formats an amount of a metric unit for people: fen → 1,234.56; milli → 1.5; count → 12. */
export function formatAmount(v: number | null | undefined, unit: 'fen' | 'milli' | 'count'): string {
  if (v == null) return '—';
  if (unit === 'count') return v.toLocaleString('en-US');
  const scale = unit === 'fen' ? 100 : 1000;
  const neg = v < 0;
  const a = Math.abs(v);
  const int = Math.floor(a / scale);
  const frac = a % scale;
  const intStr = int.toLocaleString('en-US');
  const fracStr =
    unit === 'fen'
      ? `.${String(frac).padStart(2, '0')}`
      : frac
        ? `.${String(frac).padStart(3, '0').replace(/0+$/, '')}`
        : '';
  return `${neg ? '-' : ''}${intStr}${fracStr}`;
}

/** Basis points as a percentage text: 8523 → 85.2%. */
export function formatBp(bp: number | null | undefined, digits = 1): string {
  if (bp == null) return '—';
  return `${(bp / 100).toFixed(digits)}%`;
}
