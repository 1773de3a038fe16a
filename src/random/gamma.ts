// Gamma (given by mean and coefficient of variation) and Erlang (k phases): work times
// whose spread is set independently of their mean.
import type { Distribution, Rng } from './distribution.js';
import { standardNormal } from './gaussian.js';
import { ensure, isNonNegative } from './invariant.js';
import { exp, log } from './portable-math.js';

/**
 * Gamma with shape k = 1/cv^2 and scale theta = mean * cv^2, so the mean is `mean` and the
 * standard deviation is `cv * mean`. cv = 0 is the constant `mean`.
 */
export function gamma(mean: number, cv: number): Distribution {
  ensure('gamma', isNonNegative(mean), `mean must be a finite number >= 0, got ${mean}`);
  ensure('gamma', isNonNegative(cv), `cv must be a finite number >= 0, got ${cv}`);
  return new Gamma(mean, cv);
}

/** Classes, not closures: see basic.ts. */
class Gamma implements Distribution {
  readonly kind = 'gamma';
  readonly variance: number;
  private readonly shape: number;
  private readonly scale: number;
  constructor(
    readonly mean: number,
    cv: number,
  ) {
    const sd = cv * mean;
    this.variance = sd * sd;
    // cv = 0 (or mean 0) is the constant `mean`: shape 0 marks it.
    this.shape = cv === 0 || mean === 0 ? 0 : 1 / (cv * cv);
    this.scale = mean * cv * cv;
  }

  sample(rng: Rng): number {
    const shape = this.shape;
    if (shape === 0) return this.mean;
    if (shape >= 1) return this.scale * marsagliaTsang(rng, shape);
    // Shape < 1 (cv > 1): draw with shape + 1 and scale by u^(1/shape) (Marsaglia & Tsang,
    // section 6). 1 - u is in (0, 1], so the power is finite. The power is taken as
    // exp(ln(u) / shape): Math.pow differs between engines in the last bit (docs/model.md#bit-identical-results).
    return this.scale * marsagliaTsang(rng, shape + 1) * exp(log(1 - rng.next()) / shape);
  }
}

/**
 * A unit-scale gamma variate for shape >= 1: Marsaglia & Tsang, "A Simple Method for
 * Generating Gamma Variables", ACM TOMS 26(3), 2000. An attempt draws a normal (two
 * uniforms per polar-method point, 4/pi points on average) and one uniform for the acceptance
 * test; about 98% of attempts are accepted.
 */
function marsagliaTsang(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    // A cheap squeeze decides most attempts; the logarithms only the rest.
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

// Below this the running product of uniforms is flushed into a sum of logarithms, so that
// a large k cannot underflow it to 0.
const PRODUCT_FLOOR = 1e-280;

/** Erlang: the sum of k exponentials, each with mean `mean / k`. */
export function erlang(k: number, mean: number): Distribution {
  ensure('erlang', Number.isInteger(k) && k >= 1, `k must be an integer >= 1, got ${k}`);
  ensure('erlang', isNonNegative(mean), `mean must be a finite number >= 0, got ${mean}`);
  return new Erlang(k, mean);
}

class Erlang implements Distribution {
  readonly kind = 'erlang';
  readonly variance: number;
  private readonly phaseMean: number;
  constructor(
    private readonly k: number,
    readonly mean: number,
  ) {
    this.variance = (mean * mean) / k;
    this.phaseMean = mean / k;
  }

  // -theta * ln(prod (1 - u_i)) = sum of k exponentials: one logarithm instead of k.
  sample(rng: Rng): number {
    let logSum = 0;
    let product = 1;
    for (let i = 0; i < this.k; i++) {
      product *= 1 - rng.next();
      if (product < PRODUCT_FLOOR) {
        logSum += log(product);
        product = 1;
      }
    }
    return 0 - this.phaseMean * (logSum + log(product));
  }
}
