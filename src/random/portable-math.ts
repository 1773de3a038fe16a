// Logarithm and exponential that give the same bits on every JavaScript engine.
//
// Math.log, Math.exp, Math.log1p (and the trigonometric functions, Math.pow, `**`) are only
// "implementation-approximated" by the spec: V8 in Node 20 and V8 in Chromium 156 disagree in
// the last bit for about one input in ten, which breaks docs/model.md#bit-identical-results (the same scenario and seed
// give bit-identical results on the CLI and in the browser). The four basic operations and
// Math.sqrt are correctly rounded IEEE 754 operations, and reading or writing the bits of a
// double through typed arrays is exact, so everything below is built from those alone. Every
// engine then performs the same sequence of exactly specified operations and gets the same
// result. Constants are written as shortest round-trip decimals (at most 17 digits), which
// every engine parses to the same double; polynomial coefficients are single correctly
// rounded divisions of small exact integers.
//
// Accuracy (test/portable-math.test.ts): within 1 ulp of the true value for normal results,
// so within 2 ulp of any engine's Math.log / Math.exp / Math.log1p.

// Scratch double and its two 32-bit halves. Float64Array and Uint32Array use the platform's
// byte order, so the half holding sign, exponent and top mantissa bits is found by looking.
// Only that half is ever read back after writing the double: a whole double rebuilt from two
// 32-bit writes stalls the processor (the load cannot be forwarded from the two smaller
// stores), which made `log` take 2.4 times as long.
const scratch = new ArrayBuffer(8);
const f64 = new Float64Array(scratch);
const u32 = new Uint32Array(scratch);
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;

/** Exponent field of a finite double x > 0 (the power of two of a normal x is this - 1023). */
function exponentBits(x: number): number {
  f64[0] = x;
  return u32[HI] >>> 20;
}

// TWO_TO[k + POWER_OFFSET] = 2^k exactly, for every k from -1074 (the smallest subnormal) to
// 1023. Built by doubling and halving, each step exact, so scaling by an entry is exact
// wherever the product is representable.
const POWER_OFFSET = 1074;
const TWO_TO = new Float64Array(POWER_OFFSET + 1024);
TWO_TO[POWER_OFFSET] = 1;
for (let k = 1; k <= 1023; k++) TWO_TO[POWER_OFFSET + k] = TWO_TO[POWER_OFFSET + k - 1] * 2;
for (let k = -1; k >= -1074; k--) TWO_TO[POWER_OFFSET + k] = TWO_TO[POWER_OFFSET + k + 1] * 0.5;

// ln 2 split into a head with only 21 significant bits (the nearest double to ln 2 with its
// low 32 bits cleared, 0x3FE62E42_00000000) and the nearest double to the rest. k * LN2_HI is
// exact for every |k| < 2^32, far beyond the |k| <= 1075 that occur here, so the large part
// of a reduction x - k ln 2 is done without rounding; the head and tail together carry ln 2
// to about 75 bits.
const LN2_HI = 0.6931467056274414;
const LN2_LO = 4.7493250390316726e-7;
const INV_LN2 = 1.4426950408889634; // 1 / ln 2, only used to pick k: any rounding is harmless
const SQRT2 = 1.4142135623730951;
const TWO_54 = 18014398509481984; // 2^54: lifts a subnormal into the normal range
const TWO_MINUS_54 = 1 / TWO_54;
const MIN_NORMAL = 2.2250738585072014e-308; // 2^-1022

// log(1 + f) = 2 atanh(s) with s = f / (2 + f) = 2s + s R(s^2), where
// R(z) = sum_{n>=1} 2 z^n / (2n + 1). With m = 1 + f in [sqrt(1/2), sqrt(2)), |s| <= 0.1716 and
// z <= 0.0295; the first omitted term (n = 13) is below 2^-70 relative to the result, so the
// plain Taylor coefficients suffice and no fitted (minimax) constants are needed.
const R1 = 2 / 3;
const R2 = 2 / 5;
const R3 = 2 / 7;
const R4 = 2 / 9;
const R5 = 2 / 11;
const R6 = 2 / 13;
const R7 = 2 / 15;
const R8 = 2 / 17;
const R9 = 2 / 19;
const R10 = 2 / 21;
const R11 = 2 / 23;
const R12 = 2 / 25;

/**
 * k ln 2 + log(1 + f) + tail, for f = m - 1 with m in [sqrt(1/2), sqrt(2)) (so f is exact),
 * an integer k and a small correction `tail` (|tail| below an ulp of the result).
 *
 * Rewriting 2s + sR: from s (2 + f) = f follows s f = f - 2s and 2 / (2 + f) = 1 - s, so
 * s f = (f^2/2)(1 - s) and log(1 + f) = f - (h - s (h + R)) with h = f^2/2. The only
 * quantity with a full relative rounding error, s, then multiplies a term about f/2 smaller
 * than the result, f is exact, and h is one correctly rounded product of exact numbers.
 * k LN2_HI + f is added with its rounding error recovered exactly (Knuth's TwoSum), so the
 * partial cancellation when k = -1 or 1 costs nothing.
 */
function logReduced(k: number, f: number, tail: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const R =
    z * (R1 + z * (R2 + z * (R3 + z * (R4 + z * (R5 + z * (R6 + z * (R7 + z * (R8 + z * (R9 + z * (R10 + z * (R11 + z * R12)))))))))));
  const h = 0.5 * f * f;
  const a = k * LN2_HI; // exact
  const head = a + f;
  const fPart = head - a;
  const aPart = head - fPart;
  const headError = a - aPart + (f - fPart); // exact: a + f = head + headError
  const low = headError + (s * (h + R) + (k * LN2_LO + tail)) - h;
  return head + low;
}

/**
 * Splits a finite x > 0 into 2^k m with m in [sqrt(1/2), sqrt(2)) and returns m;
 * k is left in `splitExponent`. Every step is exact: reading the exponent, scaling by 2^-e
 * (m in [1, 2), representable, so the product is not rounded), and the halving.
 */
let splitExponent = 0;
function split(x: number): number {
  let k = 0;
  if (x < MIN_NORMAL) {
    x *= TWO_54; // exact: a subnormal has at most 52 significant bits
    k = -54;
  }
  const e = exponentBits(x) - 1023;
  k += e;
  let m = x * TWO_TO[POWER_OFFSET - e];
  if (m >= SQRT2) {
    m *= 0.5; // centre m on 1 so that |s| stays small
    k += 1;
  }
  splitExponent = k;
  return m;
}

/** Natural logarithm: log(0) = -Infinity, log(x < 0) = NaN, log(1) = +0 exactly. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN; // also NaN and negatives
  if (x === Infinity) return x;
  const m = split(x);
  return logReduced(splitExponent, m - 1, 0);
}

/**
 * log(1 + x), accurate also for tiny x. log1p(-1) = -Infinity, log1p(x < -1) = NaN,
 * log1p(±0) = ±0.
 */
export function log1p(x: number): number {
  if (!(x > -1)) return x === -1 ? -Infinity : NaN; // also NaN
  if (x === Infinity || x === 0) return x; // keeps the sign of -0
  // Where 1 + x already lies in [sqrt(1/2), sqrt(2)), x itself is the exact f: no rounding.
  if (x >= SQRT2 * 0.5 - 1 && x < SQRT2 - 1) return logReduced(0, x, 0);
  // Otherwise form u = 1 + x, rounded, and the exact rounding error c = (1 + x) - u (Fast2Sum,
  // which needs the larger operand first). log(1 + x) = log(u) + log(1 + c/u) ~ log(u) + c/u,
  // the dropped c^2/u^2 being below 2^-106 relative.
  const u = 1 + x;
  const c = x > 1 ? 1 - (u - x) : x - (u - 1);
  const m = split(u);
  return logReduced(splitExponent, m - 1, c / u);
}

// e^r = 1 + r + r^2 Q(r) with Q(r) = sum_{n>=2} r^(n-2) / n!. After reduction |r| <= 0.3467;
// the first omitted term r^16/16! is below 2^-68 relative to the result. n! is exact in a
// double up to 18!, so each coefficient is one correctly rounded division.
const E2 = 1 / 2;
const E3 = 1 / 6;
const E4 = 1 / 24;
const E5 = 1 / 120;
const E6 = 1 / 720;
const E7 = 1 / 5040;
const E8 = 1 / 40320;
const E9 = 1 / 362880;
const E10 = 1 / 3628800;
const E11 = 1 / 39916800;
const E12 = 1 / 479001600;
const E13 = 1 / 6227020800;
const E14 = 1 / 87178291200;
const E15 = 1 / 1307674368000;

// e^x overflows for x > ln(MAX_VALUE) = 709.7827..., and rounds to 0 for x < ln(2^-1075) =
// -745.1332.... Beyond these slightly wider cut-offs the answer is certain; between them the
// scaling below overflows or underflows exactly as IEEE multiplication rounds.
const EXP_OVERFLOW = 709.79;
const EXP_UNDERFLOW = -745.14;

/** e^x: exp(0) = 1 exactly, exp(-Infinity) = 0, exp(Infinity) = Infinity. */
export function exp(x: number): number {
  if (x !== x) return x; // NaN
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  // x = k ln 2 + r with |r| <= ln(2)/2 (plus a hair), e^x = 2^k e^r.
  const k = Math.round(x * INV_LN2);
  const a = x - k * LN2_HI; // exact: k LN2_HI is exact and close to x (Sterbenz-like)
  const b = -(k * LN2_LO); // |b| <= 5.4e-4, with a rounding error below 2^-63
  // r = a + b rounded, plus its exact rounding error (TwoSum), fed back to first order:
  // e^(r + e) = e^r (1 + e) = 1 + r + (r^2 Q(r) + e (1 + r)) up to terms below 2^-100.
  const r = a + b;
  const bPart = r - a;
  const aPart = r - bPart;
  const e = a - aPart + (b - bPart);
  const q =
    r *
    r *
    (E2 +
      r *
        (E3 +
          r *
            (E4 +
              r * (E5 + r * (E6 + r * (E7 + r * (E8 + r * (E9 + r * (E10 + r * (E11 + r * (E12 + r * (E13 + r * (E14 + r * E15)))))))))))));
  // 1 + r is again added with its exact rounding error kept (|r| < 1, so Fast2Sum applies),
  // so that the only rounding of size comparable to the result is the last one.
  const one = 1 + r;
  const oneError = r - (one - 1);
  const y = one + (oneError + (q + (e + e * r)));
  // Scale by 2^k; multiplying by a power of two is exact unless the result leaves the normal
  // range, and then it is the one rounding (to a subnormal, or to Infinity) IEEE prescribes.
  if (k > 1023) return y * TWO_TO[POWER_OFFSET + k - 1] * 2; // k = 1024 only, x within 709.44..709.79
  if (k < -1022) return y * TWO_TO[POWER_OFFSET + k + 54] * TWO_MINUS_54; // 2^k itself is not normal here
  return y * TWO_TO[POWER_OFFSET + k];
}
