// The standard normal: a sampler built on uniforms only, and the density and CDF needed
// for the exact moments of the truncated normal.
import type { Rng } from './distribution.js';
import { exp, log } from './portable-math.js';

/** ln(sqrt(2 pi)) */
const LN_SQRT_2PI = 0.9189385332046727;
/** Half the spacing of 32-bit uniforms: centres the grid of disc coordinates on 0. */
const HALF_STEP = 1 / 4294967296; // 2^-32, exact

/**
 * A coordinate uniform in (-1, 1) for the polar method. With the 32-bit uniforms of createRng,
 * 2u - 1 + 2^-32 is computed exactly and takes the values (2j + 1) / 2^32 - 1, symmetric
 * about 0 and never 0 itself, so the normals built from it have no bias of their own.
 */
export function discCoordinate(rng: Rng): number {
  return 2 * rng.next() - 1 + HALF_STEP;
}

/**
 * The factor sqrt(-2 ln(s) / s) of the Marsaglia polar method: for a point (u, v) uniform in
 * the unit disc (without its centre) with s = u^2 + v^2, `u * factor` and `v * factor` are
 * independent standard normals (Marsaglia & Bray, SIAM Review 6(3), 1964). It is Box-Muller
 * with cos and sin replaced by u / sqrt(s) and v / sqrt(s), so no trigonometric function is
 * needed: those differ between JavaScript engines in the last bit, while log here is
 * portable-math's and sqrt is correctly rounded everywhere (docs/model.md#bit-identical-results).
 * Callers draw points from exactly two uniforms each and reject those with s >= 1 (about
 * 21.5%), so how many uniforms a sample takes depends only on the uniforms themselves.
 */
export function polarFactor(s: number): number {
  return Math.sqrt((-2 * log(s)) / s);
}

/**
 * A standard normal by the polar method. The second normal of the pair is dropped rather
 * than cached between calls (a cache would tie a Distribution to whichever Rng used it last).
 */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const u = discCoordinate(rng);
    const v = discCoordinate(rng);
    const s = u * u + v * v;
    if (s < 1 && s > 0) return u * polarFactor(s);
  }
}

/** Standard normal density. */
export function normalPdf(x: number): number {
  return exp(-0.5 * x * x - LN_SQRT_2PI);
}

/**
 * Standard normal CDF by the Taylor series Phi(x) = 1/2 + phi(x) * sum x^(2n+1)/(2n+1)!!
 * (Marsaglia, "Evaluating the Normal Distribution", JSS 2004): all terms share the sign
 * of x, so there is no cancellation, and the absolute error is near machine precision
 * (the relative error in the far left tail is not: callers here only need x >= 0).
 * Used for moments, not in the sampling hot path.
 */
export function normalCdf(x: number): number {
  if (x > 9) return 1;
  if (x < -9) return 0;
  let sum = x;
  let term = x;
  let previous = 0;
  for (let odd = 3; sum !== previous; odd += 2) {
    previous = sum;
    term *= (x * x) / odd;
    sum += term;
  }
  return 0.5 + sum * normalPdf(x);
}
