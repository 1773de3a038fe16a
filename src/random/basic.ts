// The distributions sampled by one inverse-CDF step or a table pick: constant,
// exponential, uniform, triangular, empirical. Each carries its exact mean and variance.
import type { Distribution } from './distribution.js';
import { ensure, isNonNegative } from './invariant.js';
import { log } from './portable-math.js';

export function constant(value: number): Distribution {
  ensure('constant', isNonNegative(value), `value must be a finite number >= 0, got ${value}`);
  return { kind: 'constant', mean: value, variance: 0, sample: () => value };
}

export function exponential(mean: number): Distribution {
  ensure('exponential', isNonNegative(mean), `mean must be a finite number >= 0, got ${mean}`);
  return {
    kind: 'exponential',
    mean,
    variance: mean * mean,
    // Inverse CDF with 1 - u in (0, 1], so u = 0 is safe. Written as `0 - ...` rather than
    // `-mean * ...` so that u = 0 gives +0, not -0; every other value is identical.
    sample: (rng) => 0 - mean * log(1 - rng.next()),
  };
}

export function uniform(min: number, max: number): Distribution {
  ensure('uniform', isNonNegative(min), `min must be a finite number >= 0, got ${min}`);
  ensure('uniform', isNonNegative(max) && min <= max, `min <= max must hold, got ${min} > ${max}`);
  const width = max - min;
  return {
    kind: 'uniform',
    mean: (min + max) / 2,
    variance: (width * width) / 12,
    sample: (rng) => min + width * rng.next(),
  };
}

export function triangular(min: number, mode: number, max: number): Distribution {
  ensure('triangular', isNonNegative(min), `min must be a finite number >= 0, got ${min}`);
  ensure(
    'triangular',
    isNonNegative(max) && min <= mode && mode <= max,
    `min <= mode <= max must hold, got ${min}, ${mode}, ${max}`,
  );
  const width = max - min;
  const modeShare = width === 0 ? 0 : (mode - min) / width; // F(mode)
  const rise = width * (mode - min);
  const fall = width * (max - mode);
  return {
    kind: 'triangular',
    mean: (min + mode + max) / 3,
    variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    // Inverse CDF, one uniform per sample. At u = 0 with mode = min, rounding in
    // sqrt(width * width) could land a hair below min (below 0 when min = 0): clamp.
    sample(rng) {
      const u = rng.next();
      if (u < modeShare) return min + Math.sqrt(u * rise);
      return Math.max(min, max - Math.sqrt((1 - u) * fall));
    },
  };
}

export function empirical(values: readonly number[]): Distribution {
  ensure('empirical', values.length > 0, 'values must not be empty');
  for (const v of values) {
    ensure('empirical', isNonNegative(v), `every value must be a finite number >= 0, got ${v}`);
  }
  const table = values.slice(); // a copy: later changes to the caller's array do not leak in
  const n = table.length;
  const mean = table.reduce((sum, v) => sum + v, 0) / n;
  // Population variance: the values are the whole distribution, not a sample of it.
  const variance = table.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / n;
  return {
    kind: 'empirical',
    mean,
    variance,
    // floor(u * n) < n because u < 1; with 32-bit uniforms each value has probability
    // 1/n to within 2^-32.
    sample: (rng) => table[Math.floor(rng.next() * n)],
  };
}
