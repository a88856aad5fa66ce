export interface LatencySummary {
  readonly count: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

const DECIMALS = 1;

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

/** Nearest-rank percentile of ascending `sorted` values; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** p50/p95/p99/max of unordered samples, rounded to 0.1. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (p: number): number | null => {
    const value = percentile(sorted, p);
    return value === null ? null : round(value);
  };
  return { count: sorted.length, p50: pick(50), p95: pick(95), p99: pick(99), max: pick(100) };
}
