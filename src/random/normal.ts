// Bell-shaped work times: the normal truncated at 0 and the lognormal given by the mean
// and standard deviation of the variable itself.
import type { Distribution, Rng } from './distribution.js';
import { discCoordinate, normalCdf, normalPdf, polarFactor, standardNormal } from './gaussian.js';
import { ensure, isNonNegative, isPositive } from './invariant.js';
import { exp, log, log1p } from './portable-math.js';

/**
 * N(mean, sd^2) conditioned on being >= 0. `mean` and `sd` are the parameters of the
 * untruncated normal (as written in the scenario); the Distribution's `mean`/`variance`
 * are those of the truncated variable. `mean >= 0` keeps the acceptance rate of the
 * rejection sampler at 1/2 or more per candidate.
 */
export function truncatedNormal(mean: number, sd: number): Distribution {
  ensure('normal', isNonNegative(mean), `mean must be a finite number >= 0, got ${mean}`);
  ensure('normal', isNonNegative(sd), `sd must be a finite number >= 0, got ${sd}`);
  return new TruncatedNormal(mean, sd);
}

/** Classes, not closures: see basic.ts. */
class TruncatedNormal implements Distribution {
  readonly kind = 'normal';
  readonly mean: number;
  readonly variance: number;
  constructor(
    private readonly mu: number,
    private readonly sd: number,
  ) {
    const moments = truncatedMoments(mu, sd);
    this.mean = moments.mean;
    this.variance = moments.variance;
  }

  // Rejection of negatives. Each attempt draws exactly two uniforms, a point for the polar
  // method; a point inside the unit disc offers both normals of its pair, which are
  // independent candidates, a point outside it is simply another attempt.
  sample(rng: Rng): number {
    for (;;) {
      const u = discCoordinate(rng);
      const v = discCoordinate(rng);
      const s = u * u + v * v;
      if (!(s < 1 && s > 0)) continue;
      const factor = polarFactor(s);
      const first = this.mu + this.sd * (u * factor);
      if (first >= 0) return first;
      const second = this.mu + this.sd * (v * factor);
      if (second >= 0) return second;
    }
  }
}

/**
 * Moments of N(mu, sigma^2) truncated to [0, inf). With a = -mu/sigma and
 * lambda = phi(a) / (1 - Phi(a)) (the inverse Mills ratio):
 * mean = mu + sigma * lambda, variance = sigma^2 * (1 + a * lambda - lambda^2)
 * (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, vol. 1, ch. 13).
 * 1 - Phi(a) = Phi(-a) >= 1/2 here because mu >= 0, so it is computed without cancellation.
 */
function truncatedMoments(mu: number, sigma: number): { mean: number; variance: number } {
  if (sigma === 0) return { mean: mu, variance: 0 };
  const a = -mu / sigma;
  const lambda = normalPdf(a) / normalCdf(-a);
  return {
    mean: mu + sigma * lambda,
    variance: sigma * sigma * (1 + a * lambda - lambda * lambda),
  };
}

/**
 * Lognormal with the given mean and sd of the variable (not of its log):
 * sigma^2 = ln(1 + (sd/mean)^2) and mu = ln(mean) - sigma^2 / 2.
 */
export function lognormal(mean: number, sd: number): Distribution {
  ensure('lognormal', isPositive(mean), `mean must be a finite number > 0, got ${mean}`);
  ensure('lognormal', isNonNegative(sd), `sd must be a finite number >= 0, got ${sd}`);
  return new Lognormal(mean, sd);
}

class Lognormal implements Distribution {
  readonly kind = 'lognormal';
  readonly variance: number;
  private readonly mu: number;
  private readonly sigma: number;
  constructor(
    readonly mean: number,
    sd: number,
  ) {
    this.variance = sd * sd;
    const cv = sd / mean;
    const sigma2 = log1p(cv * cv);
    this.sigma = Math.sqrt(sigma2);
    this.mu = log(mean) - sigma2 / 2;
  }

  sample(rng: Rng): number {
    return exp(this.mu + this.sigma * standardNormal(rng));
  }
}
