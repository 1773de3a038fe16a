// Maximum-likelihood fits of the work distributions a scenario offers (docs/model.md#distributions),
// each with its log-likelihood and distribution function, so that fit can pick the family
// that explains a sample best and show how close each came (docs/model.md#fitting-a-scenario-to-data).
import digamma from '@stdlib/math-base-special-digamma';
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import { exp, log } from '../random/portable-math.js';

/** A fitted distribution in the scenario file's own terms (minutes). */
export type FittedDistribution =
  | { dist: 'constant'; value: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'erlang'; k: number; mean: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number };

export type Family = FittedDistribution['dist'];

/** A family fitted to a sample; `logLik` is −Infinity where the family cannot hold the sample. */
export interface Candidate {
  distribution: FittedDistribution;
  logLik: number;
  cdf: (x: number) => number;
}

export interface Moments {
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n − 1; 0 for one value). */
  sd: number;
  min: number;
  max: number;
  /** Mean of log x, NaN when some x ≤ 0. */
  meanLog: number;
}

export function moments(xs: readonly number[]): Moments {
  const n = xs.length;
  let sum = 0;
  let sumLog = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    sum += x;
    sumLog += x > 0 ? log(x) : NaN;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / n;
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  return { n, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0, min, max, meanLog: sumLog / n };
}

const SQRT2 = Math.SQRT2;
const LOG_SQRT_2PI = 0.5 * log(2 * Math.PI);
const normalCdf = (z: number): number => 0.5 * erfc(-z / SQRT2);

export function exponential(xs: readonly number[], m: Moments): Candidate {
  const rate = 1 / m.mean;
  const logLik = m.min < 0 || !(m.mean > 0) ? -Infinity : m.n * log(rate) - rate * m.n * m.mean;
  return { distribution: { dist: 'exponential', mean: m.mean }, logLik, cdf: (x) => (x <= 0 ? 0 : 1 - exp(-rate * x)) };
}

/** Gamma log-likelihood with shape k and mean μ (scale μ/k); needs every x > 0. */
function gammaLogLik(m: Moments, k: number, mean: number): number {
  const scale = mean / k;
  return m.n * (-gammaln(k) - k * log(scale) + (k - 1) * m.meanLog - m.mean / scale);
}

/**
 * The ML shape solves log k − ψ(k) = log x̄ − mean(log x) (Choi & Wette 1969); the left side
 * falls strictly from +∞ to 0, so bisection on log k finds it.
 */
export function gammaShape(m: Moments): number {
  const s = log(m.mean) - m.meanLog;
  if (!(s > 0)) return Infinity;
  let lo = log(1e-3);
  let hi = log(1e7);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const k = exp(mid);
    if (log(k) - digamma(k) > s) lo = mid;
    else hi = mid;
  }
  return exp((lo + hi) / 2);
}

const gammaCdf = (k: number, mean: number) => (x: number) => (x <= 0 ? 0 : gammainc(x / (mean / k), k));

/** Gamma with cv within the scenario file's bounds (0.001 to 10). */
export function gamma(_xs: readonly number[], m: Moments): Candidate {
  const positive = m.min > 0;
  const k = Math.min(1e6, Math.max(0.01, positive ? gammaShape(m) : 1));
  return {
    distribution: { dist: 'gamma', mean: m.mean, cv: 1 / Math.sqrt(k) },
    logLik: positive ? gammaLogLik(m, k, m.mean) : -Infinity,
    cdf: gammaCdf(k, m.mean),
  };
}

/** Erlang: the gamma with a whole shape from 1 to 1000; for a fixed k the ML mean is x̄. */
export function erlang(_xs: readonly number[], m: Moments): Candidate {
  const positive = m.min > 0;
  const shape = positive ? gammaShape(m) : 1;
  let best = { k: 1, logLik: -Infinity };
  for (const k of new Set([Math.floor(shape), Math.ceil(shape)].map((v) => Math.min(1000, Math.max(1, v))))) {
    const logLik = positive ? gammaLogLik(m, k, m.mean) : -Infinity;
    if (logLik > best.logLik || best.logLik === -Infinity) best = { k, logLik };
  }
  return { distribution: { dist: 'erlang', k: best.k, mean: m.mean }, logLik: best.logLik, cdf: gammaCdf(best.k, m.mean) };
}

export function lognormal(xs: readonly number[], m: Moments): Candidate {
  if (!(m.min > 0)) return { distribution: { dist: 'lognormal', mean: m.mean, sd: m.sd }, logLik: -Infinity, cdf: () => NaN };
  const mu = m.meanLog;
  let squares = 0;
  for (const x of xs) squares += (log(x) - mu) * (log(x) - mu);
  const sigma = Math.sqrt(squares / m.n);
  const logLik = sigma > 0 ? -m.n * (LOG_SQRT_2PI + log(sigma) + mu) - squares / (2 * sigma * sigma) : -Infinity;
  const mean = exp(mu + (sigma * sigma) / 2);
  return {
    distribution: { dist: 'lognormal', mean, sd: mean * Math.sqrt(exp(sigma * sigma) - 1) },
    logLik,
    cdf: (x) => (x <= 0 ? 0 : normalCdf((log(x) - mu) / sigma)),
  };
}

/** The plain normal's ML fit; the scenario truncates it at 0, which matters only when the mean is near 0. */
export function normal(xs: readonly number[], m: Moments): Candidate {
  let squares = 0;
  for (const x of xs) squares += (x - m.mean) * (x - m.mean);
  const sd = Math.sqrt(squares / m.n);
  const logLik = sd > 0 ? -m.n * (LOG_SQRT_2PI + log(sd)) - squares / (2 * sd * sd) : -Infinity;
  return { distribution: { dist: 'normal', mean: m.mean, sd }, logLik, cdf: (x) => normalCdf((x - m.mean) / sd) };
}

export function uniform(_xs: readonly number[], m: Moments): Candidate {
  const width = m.max - m.min;
  return {
    distribution: { dist: 'uniform', min: m.min, max: m.max },
    logLik: width > 0 && m.min >= 0 ? -m.n * log(width) : -Infinity,
    cdf: (x) => Math.min(1, Math.max(0, (x - m.min) / width)),
  };
}

function triangularLogLik(xs: readonly number[], a: number, c: number, b: number): number {
  let sum = 0;
  for (const x of xs) {
    const density = x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : x > c ? (2 * (b - x)) / ((b - a) * (b - c)) : 2 / (b - a);
    sum += log(density);
  }
  return sum;
}

/**
 * Triangular: the ends widened by one mean spacing beyond the sample's extremes (at the
 * extremes themselves the density is 0), the mode the ML choice among 101 sample quantiles.
 */
export function triangular(xs: readonly number[], m: Moments): Candidate {
  const pad = m.n > 1 ? (m.max - m.min) / (m.n - 1) : 0;
  const a = Math.max(0, m.min - pad);
  const b = m.max + pad;
  const sorted = [...xs].sort((x, y) => x - y);
  let best = { mode: m.mean, logLik: -Infinity };
  if (b > a) {
    for (let i = 0; i <= 100; i++) {
      const c = sorted[Math.round((i / 100) * (m.n - 1))];
      const logLik = triangularLogLik(xs, a, c, b);
      if (logLik > best.logLik) best = { mode: c, logLik };
    }
  }
  const c = best.mode;
  return {
    distribution: { dist: 'triangular', min: a, mode: c, max: b },
    logLik: best.logLik,
    cdf: (x) =>
      x <= a ? 0 : x >= b ? 1 : x <= c ? ((x - a) * (x - a)) / ((b - a) * (c - a)) : 1 - ((b - x) * (b - x)) / ((b - a) * (b - c)),
  };
}

/** The families fit tries, in the order its comment lists them. */
export const FAMILIES = [exponential, gamma, erlang, lognormal, normal, uniform, triangular] as const;
