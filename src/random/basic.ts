// The distributions sampled by one inverse-CDF step or a table pick: constant,
// exponential, uniform, triangular, empirical. Each carries its exact mean and variance.
//
// Distributions are class instances with `sample` on the prototype, not objects holding a
// closure: every scenario (each slider move in the browser) builds new distributions, and a
// new closure at a call site the JIT had specialised for the old one deoptimised the whole
// model's hot path in every worker thread. One method per kind keeps those call sites stable.
import type { Distribution, Rng } from './distribution.js';
import { ensure, isNonNegative } from './invariant.js';
import { log } from './portable-math.js';

class Constant implements Distribution {
  readonly kind = 'constant';
  readonly variance = 0;
  constructor(readonly mean: number) {}

  sample(): number {
    return this.mean;
  }
}

export function constant(value: number): Distribution {
  ensure('constant', isNonNegative(value), `value must be a finite number >= 0, got ${value}`);
  return new Constant(value);
}

class Exponential implements Distribution {
  readonly kind = 'exponential';
  readonly variance: number;
  constructor(readonly mean: number) {
    this.variance = mean * mean;
  }

  // Inverse CDF with 1 - u in (0, 1], so u = 0 is safe. Written as `0 - ...` rather than
  // `-mean * ...` so that u = 0 gives +0, not -0; every other value is identical.
  sample(rng: Rng): number {
    return 0 - this.mean * log(1 - rng.next());
  }
}

export function exponential(mean: number): Distribution {
  ensure('exponential', isNonNegative(mean), `mean must be a finite number >= 0, got ${mean}`);
  return new Exponential(mean);
}

class Uniform implements Distribution {
  readonly kind = 'uniform';
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;
  constructor(
    private readonly min: number,
    max: number,
  ) {
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: Rng): number {
    return this.min + this.width * rng.next();
  }
}

export function uniform(min: number, max: number): Distribution {
  ensure('uniform', isNonNegative(min), `min must be a finite number >= 0, got ${min}`);
  ensure('uniform', isNonNegative(max) && min <= max, `min <= max must hold, got ${min} > ${max}`);
  return new Uniform(min, max);
}

export function triangular(min: number, mode: number, max: number): Distribution {
  ensure('triangular', isNonNegative(min), `min must be a finite number >= 0, got ${min}`);
  ensure('triangular', isNonNegative(max) && min <= mode && mode <= max, `min <= mode <= max must hold, got ${min}, ${mode}, ${max}`);
  return new Triangular(min, mode, max);
}

class Triangular implements Distribution {
  readonly kind = 'triangular';
  readonly mean: number;
  readonly variance: number;
  /** F(mode) */
  private readonly modeShare: number;
  private readonly rise: number;
  private readonly fall: number;
  constructor(
    private readonly min: number,
    mode: number,
    private readonly max: number,
  ) {
    const width = max - min;
    this.modeShare = width === 0 ? 0 : (mode - min) / width;
    this.rise = width * (mode - min);
    this.fall = width * (max - mode);
    this.mean = (min + mode + max) / 3;
    this.variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
  }

  // Inverse CDF, one uniform per sample. At u = 0 with mode = min, rounding in
  // sqrt(width * width) could land a hair below min (below 0 when min = 0): clamp.
  sample(rng: Rng): number {
    const u = rng.next();
    if (u < this.modeShare) return this.min + Math.sqrt(u * this.rise);
    return Math.max(this.min, this.max - Math.sqrt((1 - u) * this.fall));
  }
}

export function empirical(values: readonly number[]): Distribution {
  ensure('empirical', values.length > 0, 'values must not be empty');
  for (const v of values) {
    ensure('empirical', isNonNegative(v), `every value must be a finite number >= 0, got ${v}`);
  }
  return new Empirical(values.slice()); // a copy: later changes to the caller's array do not leak in
}

class Empirical implements Distribution {
  readonly kind = 'empirical';
  readonly mean: number;
  readonly variance: number;
  constructor(private readonly table: readonly number[]) {
    const n = table.length;
    const mean = table.reduce((sum, v) => sum + v, 0) / n;
    this.mean = mean;
    // Population variance: the values are the whole distribution, not a sample of it.
    this.variance = table.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / n;
  }

  // floor(u * n) < n because u < 1; with 32-bit uniforms each value has probability
  // 1/n to within 2^-32.
  sample(rng: Rng): number {
    return this.table[Math.floor(rng.next() * this.table.length)];
  }
}
