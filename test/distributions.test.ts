import { describe, expect, it } from 'vitest';
import { createRng } from '../src/random/rng.js';
import { constant, createDistribution, deriveSeed, exponential } from '../src/random/index.js';
import type { Distribution, DistributionSpec, Rng } from '../src/random/index.js';

const N = 200_000;

/** Sample mean, variance and fourth central moment (two passes, for accuracy). */
function moments(xs: Float64Array) {
  const n = xs.length;
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) * (x - mean);
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / n, m4: m4 / n };
}

function draw(dist: Distribution, rng: Rng, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = dist.sample(rng);
  return xs;
}

/** An Rng that replays the given uniforms, to pin a sampler's exact inverse-CDF step. */
function scripted(...us: number[]): Rng {
  let i = 0;
  return {
    next: () => {
      if (i >= us.length) throw new Error('scripted rng exhausted');
      return us[i++];
    },
  };
}

const SPECS: DistributionSpec[] = [
  { dist: 'constant', value: 7 },
  { dist: 'exponential', mean: 60 },
  { dist: 'uniform', min: 5, max: 25 },
  { dist: 'triangular', min: 10, mode: 20, max: 45 },
  { dist: 'triangular', min: 0, mode: 0, max: 8 },
  { dist: 'normal', mean: 30, sd: 6 },
  { dist: 'normal', mean: 1, sd: 2 },
  { dist: 'lognormal', mean: 12, sd: 5 },
  { dist: 'gamma', mean: 20, cv: 0.5 },
  { dist: 'gamma', mean: 20, cv: 1.8 },
  { dist: 'erlang', k: 3, mean: 45 },
  { dist: 'erlang', k: 1000, mean: 10 },
  { dist: 'empirical', values: [2, 3, 3, 5, 30] },
];

describe('createDistribution: sample moments match the theory it carries', () => {
  for (const spec of SPECS) {
    it(`${JSON.stringify(spec)}: mean and variance of ${N} draws within 5 standard errors`, () => {
      const dist = createDistribution(spec);
      expect(dist.kind).toBe(spec.dist);
      const xs = draw(dist, createRng(deriveSeed(2024, 'distributions', JSON.stringify(spec))), N);
      const sample = moments(xs);
      // SE of the mean from the theoretical variance; SE of the variance from the sample's
      // fourth central moment: Var(s^2) ~ (m4 - s^4) / n.
      const meanTolerance = 5 * Math.sqrt(dist.variance / N);
      const varianceTolerance = 5 * Math.sqrt(Math.max(0, sample.m4 - sample.variance ** 2) / N);
      expect(Math.abs(sample.mean - dist.mean)).toBeLessThanOrEqual(meanTolerance + 1e-9);
      expect(Math.abs(sample.variance - dist.variance)).toBeLessThanOrEqual(varianceTolerance + 1e-9);
    });

    it(`${JSON.stringify(spec)}: every sample is finite and >= 0`, () => {
      const xs = draw(createDistribution(spec), createRng(deriveSeed(5, JSON.stringify(spec))), 20_000);
      expect(xs.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
    });

    it(`${JSON.stringify(spec)}: the same seed gives the same samples, another seed others`, () => {
      const dist = createDistribution(spec);
      const a = Array.from(draw(dist, createRng(11), 500));
      expect(Array.from(draw(dist, createRng(11), 500))).toEqual(a);
      if (dist.variance > 0) expect(Array.from(draw(dist, createRng(12), 500))).not.toEqual(a);
    });
  }
});

describe('normal (truncated at 0)', () => {
  /** Moments of the truncated density by Simpson's rule: independent of the closed form. */
  function integratedMoments(mu: number, sigma: number) {
    const upper = mu + 14 * sigma;
    const steps = 200_000;
    const h = upper / steps;
    let z = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i <= steps; i++) {
      const x = i * h;
      const w = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      const f = w * Math.exp(-0.5 * ((x - mu) / sigma) ** 2);
      z += f;
      m1 += f * x;
      m2 += f * x * x;
    }
    const mean = m1 / z;
    return { mean, variance: m2 / z - mean * mean };
  }

  it('with mean 1 and sd 2 has the truncated moments, not 1 and 4', () => {
    const dist = createDistribution({ dist: 'normal', mean: 1, sd: 2 });
    const expected = integratedMoments(1, 2);
    expect(dist.mean).toBeCloseTo(expected.mean, 8);
    expect(dist.variance).toBeCloseTo(expected.variance, 8);
    expect(dist.mean).toBeGreaterThan(1.5);
    expect(dist.variance).toBeLessThan(2.5);
  });

  it('with mean 0 is the half-normal: mean sd*sqrt(2/pi), variance sd^2*(1 - 2/pi)', () => {
    const dist = createDistribution({ dist: 'normal', mean: 0, sd: 3 });
    expect(dist.mean).toBeCloseTo(3 * Math.sqrt(2 / Math.PI), 12);
    expect(dist.variance).toBeCloseTo(9 * (1 - 2 / Math.PI), 12);
  });

  it('far from 0 keeps the untruncated moments', () => {
    const dist = createDistribution({ dist: 'normal', mean: 100, sd: 5 });
    expect(dist.mean).toBe(100);
    expect(dist.variance).toBeCloseTo(25, 10);
  });

  it('does not cache between calls: interleaving two generators changes neither stream', () => {
    const dist = createDistribution({ dist: 'normal', mean: 1, sd: 2 });
    const alone = Array.from(draw(dist, createRng(3), 50));
    const a = createRng(3);
    const b = createRng(4);
    const interleaved: number[] = [];
    for (let i = 0; i < 50; i++) {
      interleaved.push(dist.sample(a));
      dist.sample(b);
    }
    expect(interleaved).toEqual(alone);
  });
});

describe('lognormal', () => {
  it('{mean: 12, sd: 5} means the variable itself: sample mean ~12, sample sd ~5', () => {
    const dist = createDistribution({ dist: 'lognormal', mean: 12, sd: 5 });
    const sample = moments(draw(dist, createRng(99), N));
    expect(Math.abs(sample.mean - 12)).toBeLessThan(5 * (5 / Math.sqrt(N)));
    expect(Math.abs(Math.sqrt(sample.variance) - 5)).toBeLessThan(0.1);
  });
});

describe('gamma', () => {
  it('with cv > 1 (shape < 1) has the requested mean and sd, and draws values near 0', () => {
    const dist = createDistribution({ dist: 'gamma', mean: 10, cv: 2 });
    expect(dist.variance).toBeCloseTo(400, 10);
    const xs = draw(dist, createRng(8), N);
    const sample = moments(xs);
    expect(Math.abs(sample.mean - 10)).toBeLessThan(5 * Math.sqrt(400 / N));
    // Shape 1/4: P(X < 0.1) = P(Gamma(1/4) < 0.0025) ~ 0.25; an exponential would give 0.01.
    const small = xs.filter((x) => x < 0.1).length / N;
    expect(small).toBeGreaterThan(0.2);
  });

  it('with cv 0 is the constant mean', () => {
    const dist = createDistribution({ dist: 'gamma', mean: 15, cv: 0 });
    expect([dist.mean, dist.variance, dist.sample(scripted())]).toEqual([15, 0, 15]);
  });
});

describe('inverse-CDF samplers use exactly the uniforms they are given', () => {
  it('exponential maps u to -mean * ln(1 - u), and u = 0 to +0', () => {
    expect(Object.is(exponential(5).sample(scripted(0)), 0)).toBe(true);
    expect(exponential(5).sample(scripted(0.5))).toBeCloseTo(5 * Math.LN2, 12);
  });

  it('uniform maps u linearly onto [min, max)', () => {
    const dist = createDistribution({ dist: 'uniform', min: 2, max: 10 });
    expect([0, 0.25, 0.5].map((u) => dist.sample(scripted(u)))).toEqual([2, 4, 6]);
  });

  it('triangular maps 0 to min and F(mode) to mode', () => {
    const dist = createDistribution({ dist: 'triangular', min: 10, mode: 20, max: 45 });
    expect(dist.sample(scripted(0))).toBe(10);
    expect(dist.sample(scripted(10 / 35))).toBeCloseTo(20, 10);
  });

  it('empirical picks index floor(u * n)', () => {
    const dist = createDistribution({ dist: 'empirical', values: [4, 8, 15] });
    expect([0, 0.34, 0.99].map((u) => dist.sample(scripted(u)))).toEqual([4, 8, 15]);
  });

  it('constant draws nothing', () => {
    expect(constant(3).sample(scripted())).toBe(3);
  });

  it('erlang(k) draws k uniforms: the sum of k exponentials', () => {
    const dist = createDistribution({ dist: 'erlang', k: 3, mean: 9 });
    const expected = [0.1, 0.5, 0.9].reduce((s, u) => s - 3 * Math.log(1 - u), 0);
    expect(dist.sample(scripted(0.1, 0.5, 0.9))).toBeCloseTo(expected, 12);
  });
});

describe('createDistribution rejects broken parameters, naming the invariant', () => {
  const bad: [DistributionSpec, RegExp][] = [
    [{ dist: 'constant', value: -1 }, /value must be a finite number >= 0/],
    [{ dist: 'exponential', mean: Number.NaN }, /mean must be a finite number >= 0/],
    [{ dist: 'uniform', min: 5, max: 1 }, /min <= max/],
    [{ dist: 'triangular', min: 1, mode: 9, max: 5 }, /min <= mode <= max/],
    [{ dist: 'normal', mean: -1, sd: 1 }, /mean must be a finite number >= 0/],
    [{ dist: 'normal', mean: 1, sd: -1 }, /sd must be a finite number >= 0/],
    [{ dist: 'lognormal', mean: 0, sd: 1 }, /mean must be a finite number > 0/],
    [{ dist: 'gamma', mean: 10, cv: Number.POSITIVE_INFINITY }, /cv must be a finite number >= 0/],
    [{ dist: 'erlang', k: 2.5, mean: 10 }, /k must be an integer >= 1/],
    [{ dist: 'erlang', k: 0, mean: 10 }, /k must be an integer >= 1/],
    [{ dist: 'empirical', values: [] }, /values must not be empty/],
    [{ dist: 'empirical', values: [1, -2] }, /every value must be a finite number >= 0/],
  ];
  for (const [spec, message] of bad) {
    it(`${JSON.stringify(spec)} throws ${message}`, () => {
      expect(() => createDistribution(spec)).toThrow(message);
    });
  }

  it('an unknown dist throws', () => {
    expect(() => createDistribution({ dist: 'weibull' } as unknown as DistributionSpec)).toThrow(/unknown dist/);
  });
});

describe('distributions of different scenarios', () => {
  // Each slider move builds a new scenario. A per-instance sampler closure made the JIT drop
  // its optimised model code in every worker thread; one method per kind keeps it.
  const twoOfEach: [DistributionSpec, DistributionSpec][] = [
    [
      { dist: 'constant', value: 1 },
      { dist: 'constant', value: 2 },
    ],
    [
      { dist: 'exponential', mean: 1 },
      { dist: 'exponential', mean: 2 },
    ],
    [
      { dist: 'uniform', min: 0, max: 1 },
      { dist: 'uniform', min: 1, max: 3 },
    ],
    [
      { dist: 'triangular', min: 0, mode: 1, max: 2 },
      { dist: 'triangular', min: 1, mode: 1, max: 5 },
    ],
    [
      { dist: 'normal', mean: 1, sd: 1 },
      { dist: 'normal', mean: 3, sd: 2 },
    ],
    [
      { dist: 'lognormal', mean: 1, sd: 1 },
      { dist: 'lognormal', mean: 3, sd: 2 },
    ],
    [
      { dist: 'gamma', mean: 1, cv: 0.5 },
      { dist: 'gamma', mean: 3, cv: 2 },
    ],
    [
      { dist: 'erlang', k: 2, mean: 1 },
      { dist: 'erlang', k: 5, mean: 3 },
    ],
    [
      { dist: 'empirical', values: [1, 2] },
      { dist: 'empirical', values: [3] },
    ],
  ];
  it.each(twoOfEach)('sample through one shared method per kind (%o)', (a, b) => {
    const [x, y] = [createDistribution(a), createDistribution(b)];
    expect(x.sample).toBe(y.sample);
    expect(x.sample(createRng(1))).not.toBe(y.sample(createRng(1)));
  });
});
