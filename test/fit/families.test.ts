// Maximum-likelihood fits and the choice among families, on seeded samples of known distributions.
import { describe, expect, it } from 'vitest';
import { fitDistribution, ksDistance } from '../../src/fit/index.js';
import { createDistribution, createRng, type DistributionSpec } from '../../src/random/index.js';

function sample(spec: DistributionSpec, n: number, seed: number): number[] {
  const rng = createRng(seed);
  const d = createDistribution(spec);
  return Array.from({ length: n }, () => d.sample(rng));
}

describe('fitDistribution', () => {
  it('exponential samples: recovers the mean within its 95% CI and picks exponential over uniform', () => {
    const xs = sample({ dist: 'exponential', mean: 20 }, 2000, 7);
    const fit = fitDistribution(xs);
    expect(fit.best.dist === 'exponential' || fit.best.dist === 'gamma' || fit.best.dist === 'erlang').toBe(true);
    const halfWidth = (1.96 * 20) / Math.sqrt(2000);
    expect(Math.abs(fit.moments.mean - 20)).toBeLessThan(halfWidth);
    const byFamily = Object.fromEntries(fit.candidates.map((c) => [c.distribution.dist, c]));
    expect(byFamily.exponential.logLik).toBeGreaterThan(byFamily.uniform.logLik);
    expect(byFamily.exponential.ks).toBeLessThan(0.04);
    // The gamma's shape is near 1: its cv near 1.
    expect(byFamily.gamma.distribution).toMatchObject({ dist: 'gamma' });
    expect((byFamily.gamma.distribution as { cv: number }).cv).toBeCloseTo(1, 1);
  });

  it('lognormal samples: picks lognormal and recovers mean and sd', () => {
    const fit = fitDistribution(sample({ dist: 'lognormal', mean: 12, sd: 5 }, 5000, 11));
    expect(fit.best.dist).toBe('lognormal');
    const best = fit.best as { mean: number; sd: number };
    expect(best.mean).toBeCloseTo(12, 0);
    expect(Math.abs(best.sd - 5)).toBeLessThan(0.3);
  });

  it('gamma samples with cv 0.3: the gamma or the erlang with k near 11 wins, the exponential loses', () => {
    const fit = fitDistribution(sample({ dist: 'gamma', mean: 30, cv: 0.3 }, 5000, 3));
    expect(['gamma', 'erlang']).toContain(fit.best.dist);
    const erlang = fit.candidates.find((c) => c.distribution.dist === 'erlang')!.distribution as { k: number };
    expect(Math.abs(erlang.k - 1 / 0.09)).toBeLessThanOrEqual(1.5);
  });

  it('uniform samples: picks uniform with the sample range', () => {
    const fit = fitDistribution(sample({ dist: 'uniform', min: 5, max: 15 }, 3000, 5));
    expect(fit.best.dist).toBe('uniform');
    const best = fit.best as { min: number; max: number };
    expect(best.min).toBeGreaterThanOrEqual(5);
    expect(best.max).toBeLessThanOrEqual(15);
    expect(best.max - best.min).toBeGreaterThan(9.9);
  });

  it('triangular samples: picks triangular with the mode near the true one', () => {
    const fit = fitDistribution(sample({ dist: 'triangular', min: 10, mode: 20, max: 45 }, 5000, 9));
    expect(fit.best.dist).toBe('triangular');
    expect(Math.abs((fit.best as { mode: number }).mode - 20)).toBeLessThan(2.5);
  });

  it('normal samples far from 0: picks normal', () => {
    const fit = fitDistribution(sample({ dist: 'normal', mean: 60, sd: 8 }, 5000, 13));
    expect(fit.best.dist).toBe('normal');
  });

  it('a sample with zeros rules out the families on (0, ∞) and still fits', () => {
    const fit = fitDistribution([0, 1, 2, 3, 5, 8]);
    const impossible = fit.candidates.filter((c) => !Number.isFinite(c.logLik)).map((c) => c.distribution.dist);
    expect(impossible).toEqual(['gamma', 'erlang', 'lognormal']);
    expect(Number.isFinite(fit.candidates.find((c) => c.distribution === fit.best)!.logLik)).toBe(true);
  });

  it('all values equal: a constant', () => {
    expect(fitDistribution([4, 4, 4]).best).toEqual({ dist: 'constant', value: 4 });
  });

  it('an empty sample is a programmer error', () => {
    expect(() => fitDistribution([])).toThrow(/empty/);
  });
});

describe('ksDistance', () => {
  it('of one point at the median of a uniform(0,1) is 0.5', () => {
    expect(ksDistance([0.5], (x) => Math.min(1, Math.max(0, x)))).toBeCloseTo(0.5, 12);
  });
  it('of the points 0.25 and 0.75 against uniform(0,1) is 0.25', () => {
    expect(ksDistance([0.25, 0.75], (x) => x)).toBeCloseTo(0.25, 12);
  });
});
