// Percentiles and the five lead/wait/touch statistics of DESIGN §6.
import type { Stats } from './types.js';
import type { Samples } from './samples.js';

/**
 * The p-quantile (p in [0, 1]) of ascending `sorted` values by linear interpolation
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

/** mean, p50, p85, p95, max of a column; all NaN when it is empty. */
export function describe(samples: Samples): Stats {
  const sorted = samples.sorted();
  const n = sorted.length;
  return {
    mean: n === 0 ? NaN : samples.sum() / n,
    p50: percentile(sorted, 0.5),
    p85: percentile(sorted, 0.85),
    p95: percentile(sorted, 0.95),
    max: n === 0 ? NaN : sorted[n - 1],
  };
}
