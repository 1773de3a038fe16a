// Seeded uniform random numbers from simjs's Mersenne Twister. There is deliberately no
// default seed: simjs would seed from the clock, and a run could not be repeated.
import type { Rng } from '../random/distribution.js';
import { SimJS } from './simjs.js';

const MAX_SEED = 0xffffffff;

/**
 * A generator of uniforms in [0, 1) (32-bit resolution) seeded with an unsigned 32-bit
 * integer. Larger seeds are rejected rather than folded, because simjs would reduce them
 * modulo 2^32 and two "different" seeds would give the same stream; use deriveSeed.
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(
      `createRng: seed must be an integer in [0, 2^32 - 1] (see deriveSeed), got ${String(seed)}`,
    );
  }
  const mt = new SimJS.Random(seed);
  return { next: () => mt.random() };
}
