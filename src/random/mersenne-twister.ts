// MT19937 (Matsumoto & Nishimura 1998), written to give exactly the numbers of simjs's
// `Random`: seeded with init_by_array([seed]) and drawing genrand_int32() / 2^32. simjs's
// version allocates on every draw and goes through a class with argument checks; this one
// keeps its state in an Int32Array. test/kernel.test.ts compares both draw for draw.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const TWO_POW_MINUS_32 = 1 / 4294967296;

export class MersenneTwister {
  private readonly mt = new Int32Array(N);
  private mti = N;

  /** `seed` is an unsigned 32-bit integer (the caller checks). */
  constructor(seed: number) {
    const mt = this.mt;
    // init_genrand(19650218), then init_by_array with the one-word key [seed].
    mt[0] = 19650218;
    for (let i = 1; i < N; i++) {
      const s = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = Math.imul(s, 1812433253) + i;
    }
    let i = 1;
    for (let k = N; k > 0; k--) {
      const s = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // Key word j is always 0 here (a one-word key), so "+ key[j] + j" is "+ seed".
      mt[i] = ((mt[i] ^ Math.imul(s, 1664525)) >>> 0) + seed;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    for (let k = N - 1; k > 0; k--) {
      const s = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (mt[i] ^ Math.imul(s, 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER_MASK; // MSB is 1: a non-zero initial state
  }

  /** A uniform in [0, 1) with 32-bit resolution: genrand_int32() / 2^32. */
  next(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return (y >>> 0) * TWO_POW_MINUS_32;
  }

  /**
   * Generates the next N words of state at once. The low bit picks MATRIX_A without a branch
   * (-(y & 1) is all ones or zero): it is random, and a mispredicted branch per word made the
   * draws a quarter slower. The same words either way.
   */
  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.mti = 0;
  }
}
