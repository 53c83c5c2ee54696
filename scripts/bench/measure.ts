/** Timing helpers shared by the benchmark scenarios. */

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), n: s.length };
};

export async function measure(
  fn: (i: number) => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(warmup + i);
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * The app's call and its raw-SQL baseline, interleaved call by call: on a shared machine the load
 * changes from second to second, and measuring one after the other would compare different moments.
 */
export async function measurePair(
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<[number[], number[]]> {
  for (let i = 0; i < warmup; i++) {
    await a(i);
    await b(i);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await a(warmup + i);
    xs.push(performance.now() - t0);
    t0 = performance.now();
    await b(warmup + i);
    ys.push(performance.now() - t0);
  }
  return [xs, ys];
}

/** One timed run of fn. */
export async function once<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export interface Row {
  id: string;
  scenario: string;
  target: string;
  unit: 'ms' | 'MB' | 's';
  median?: number;
  p95?: number;
  runs?: number;
  baseline_median?: number;
  ratio?: number;
  status: 'met' | 'MISSED' | 'not yet' | 'skipped';
  note?: string;
}

export type Recorder = (
  r: Omit<Row, 'status'> & { limit?: number; limitOn?: 'median' | 'p95'; ok?: boolean },
) => void;
