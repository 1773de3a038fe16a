// Seeded uniform random numbers: the Mersenne Twister stream of simjs's `Random`, drawn by
// our own MersenneTwister (the same numbers, without simjs's allocation per draw). There is
// deliberately no default seed: simjs would seed from the clock, and a run could not be
// repeated.
import type { Rng } from './distribution.js';
import { MersenneTwister } from './mersenne-twister.js';

const MAX_SEED = 0xffffffff;

/**
 * A generator of uniforms in [0, 1) (32-bit resolution) seeded with an unsigned 32-bit
 * integer. Larger seeds are rejected rather than folded, because the generator would reduce
 * them modulo 2^32 and two "different" seeds would give the same stream; use deriveSeed.
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`createRng: seed must be an integer in [0, 2^32 - 1] (see deriveSeed), got ${String(seed)}`);
  }
  return new MersenneTwister(seed);
}
