// Picks a sample's work distribution: every family of families.ts fitted by maximum
// likelihood, the one with the highest log-likelihood chosen, each scored also by its
// Kolmogorov–Smirnov distance (docs/model.md#fitting-a-scenario-to-data).
import { FAMILIES, moments, type Candidate, type FittedDistribution, type Moments } from './families.js';

export interface ScoredCandidate {
  distribution: FittedDistribution;
  logLik: number;
  /** sup |F_n(x) − F(x)|; NaN when the family cannot hold the sample. */
  ks: number;
}

export interface DistributionFit {
  n: number;
  moments: Moments;
  best: FittedDistribution;
  /** Every family tried, in the order of FAMILIES; empty for a constant sample. */
  candidates: ScoredCandidate[];
}

/** Kolmogorov–Smirnov distance between the empirical distribution of `sorted` (ascending) and `cdf`. */
export function ksDistance(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

function score(sorted: readonly number[], candidate: Candidate): ScoredCandidate {
  const usable = Number.isFinite(candidate.logLik);
  return { distribution: candidate.distribution, logLik: candidate.logLik, ks: usable ? ksDistance(sorted, candidate.cdf) : NaN };
}

/** Fits a non-empty sample of durations (minutes, ≥ 0). */
export function fitDistribution(xs: readonly number[]): DistributionFit {
  if (xs.length === 0) throw new RangeError('fitDistribution: the sample is empty');
  const m = moments(xs);
  if (m.max === m.min) return { n: m.n, moments: m, best: { dist: 'constant', value: m.mean }, candidates: [] };
  const sorted = [...xs].sort((a, b) => a - b);
  const candidates = FAMILIES.map((family) => score(sorted, family(xs, m)));
  let best = candidates[0];
  for (const c of candidates) if (c.logLik > best.logLik) best = c;
  return { n: m.n, moments: m, best: best.distribution, candidates };
}
