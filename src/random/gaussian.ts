// The standard normal: a sampler built on uniforms only, and the density and CDF needed
// for the exact moments of the truncated normal.
import type { Rng } from './distribution.js';

const TWO_PI = 2 * Math.PI;
/** ln(sqrt(2 pi)) */
const LN_SQRT_2PI = 0.9189385332046727;

/**
 * One Box-Muller pair from exactly two uniforms: `radius * cos(angle)` and
 * `radius * sin(angle)` are independent standard normals. No spare is cached between
 * calls (a cache would tie a Distribution to whichever Rng used it last).
 * `1 - u` is in (0, 1], so the logarithm is finite.
 */
export function gaussianRadius(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next()));
}

export function gaussianAngle(rng: Rng): number {
  return TWO_PI * rng.next();
}

/** A standard normal from two uniforms (the cosine half of a Box-Muller pair). */
export function standardNormal(rng: Rng): number {
  const radius = gaussianRadius(rng);
  return radius * Math.cos(gaussianAngle(rng));
}

/** Standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x - LN_SQRT_2PI);
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
