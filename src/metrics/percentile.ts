// Percentiles and the five lead/wait/touch statistics of docs/model.md#metric-definitions.
import type { Stats } from './types.js';
import type { Samples } from './samples.js';
import { selectRanks } from './select.js';

/**
 * The p-quantile (p in [0, 1]) of ascending `sorted` values (or values with at least ranks
 * ⌊h⌋ and ⌊h⌋ + 1 in sorted position, see selectRanks) by linear interpolation
 * between closest ranks: Hyndman & Fan type 7, the default of R and NumPy.
 * With n values, h = (n − 1)·p and the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * No values give NaN.
 */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`percentile: p must lie in [0, 1] (a fraction, not a percent), got ${p}`);
  }
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x = sorted[lo];
  // Exact ranks return the value itself (also keeps an infinite neighbour out of it).
  if (h === lo) return x;
  return x + (h - lo) * (sorted[lo + 1] - x);
}

const PERCENTILES = [0.5, 0.85, 0.95] as const;

/**
 * mean, p50, p85, p95, max of a column; all NaN when it is empty. The percentiles are those
 * of the sorted column (type 7), found by selecting only the ranks they interpolate between.
 */
export function describe(samples: Samples): Stats {
  const values = samples.values();
  const n = values.length;
  if (n === 0) return { mean: NaN, p50: NaN, p85: NaN, p95: NaN, max: NaN };
  const ranks = [n - 1];
  for (const p of PERCENTILES) {
    const lo = Math.floor((n - 1) * p);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  selectRanks(values, ranks);
  return {
    mean: samples.sum() / n,
    p50: percentile(values, 0.5),
    p85: percentile(values, 0.85),
    p95: percentile(values, 0.95),
    max: values[n - 1],
  };
}
