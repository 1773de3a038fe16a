// Numbers as the bytes String(x) writes (the shortest decimal that reads back as x, the
// nearest such when there are several), written straight into a byte buffer. Hot path of
// the record files: a million concerns hold about 17 million doubles, and V8's own
// conversion costs 150–350 ns each. Record values are mostly times between 1e-5 and 1e15;
// for those the digits are found with double arithmetic that is exact where it matters (see
// below), and anything else, or a tie, goes back to the caller. A property test holds the
// bytes equal to String(x) over random doubles of every kind.

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
// 2^27 + 1: splits a double into two halves of 26 bits.
const SPLITTER = 134_217_729;
const [ZERO, MINUS] = [48, 45];

/** The rounding error of p = fl(a·b), exactly (Dekker's product with Veltkamp's split). */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** HALF_ULP[b]: half the gap from a positive double with biased exponent b to the next one up, 2^(b − 1076). */
const HALF_ULP = new Float64Array(2047);
for (let b = 1076, v = 1; b < 2047; b++, v *= 2) HALF_ULP[b] = v;
for (let b = 1075, v = 0.5; b >= 1; b--, v /= 2) HALF_ULP[b] = v;

/** "00" … "99" as character codes: two digits per division, or per table look-up. */
export const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = ZERO + Math.floor(i / 10);
  PAIRS[2 * i + 1] = ZERO + (i % 10);
}

/**
 * Writes the `count` lowest digits of 0 ≤ v < 10^9 (leading zeros kept) right to left,
 * the last at buf[at], stepping over buf[skip] (where the point goes); returns the position
 * before the first. In int32 arithmetic, where V8 divides by a constant with a
 * multiplication, two digits at a time: a chain of float divisions would cost more than all
 * the rest of a number.
 */
function putDigits(buf: Uint8Array, at: number, v: number, count: number, skip: number): number {
  v |= 0;
  for (; count > 1; count -= 2) {
    const next = (v / 100) | 0;
    const pair = (v - next * 100) << 1;
    if (at === skip) at--;
    buf[at--] = PAIRS[pair + 1];
    if (at === skip) at--;
    buf[at--] = PAIRS[pair];
    v = next;
  }
  if (count === 1) {
    if (at === skip) at--;
    buf[at--] = ZERO + v - ((v / 10) | 0) * 10;
  }
  return at;
}

/**
 * Writes the `count` digits of the integer n + up (n < 10^17, exact but maybe above 2^53, up
 * a small integer) with the first digit's weight 10^exponent, in fixed notation as String()
 * does for 1e-7 < |x| < 1e21, with `point` as the decimal separator; trailing zeros of a
 * fraction are dropped (and a point with nothing after it). Returns the position after it, or
 * −1 if n + up does not have `count` digits.
 */
function writeDigits(buf: Uint8Array, pos: number, n: number, up: number, count: number, exponent: number, point: number): number {
  // n + up as high·10^9 + low with 0 ≤ low < 10^9, exactly (n itself may not be
  // representable plus one); locals, since a double kept outside a function is boxed.
  let high = Math.floor(n * 1e-9); // may be one off (1e-9 is not a double): corrected below
  let low = n - high * 1e9 + up; // exact: integers all, and so is the result
  while (low < 0) {
    high--;
    low += 1e9;
  }
  while (low >= 1e9) {
    high++;
    low -= 1e9;
  }
  if (count > 9 && (high < POW10[count - 10] || high >= POW10[count - 9])) return -1;
  if (exponent < 0) {
    buf[pos++] = ZERO;
    buf[pos++] = point;
    for (let i = -1; i > exponent; i--) buf[pos++] = ZERO;
  }
  const whole = exponent + 1;
  let end = pos + count;
  let skip = -1;
  if (exponent >= 0) {
    if (count <= whole) {
      for (let i = end; i < pos + whole; i++) buf[i] = ZERO;
      end = pos + whole;
    } else {
      skip = pos + whole;
      buf[skip] = point;
      end++;
    }
  }
  if (count <= 9) putDigits(buf, end - 1, low, count, skip);
  else putDigits(buf, putDigits(buf, end - 1, low, 9, skip), high, count - 9, skip);
  // Only fifteen digits can end in zeros (else a shorter form would have read back).
  if ((exponent >= 0 && count <= whole) || count > 15) return end;
  while (buf[end - 1] === ZERO) end--;
  return buf[end - 1] === point ? end - 1 : end;
}

/**
 * Writes x as String(x) would and returns the position after it, or −1 when this fast way
 * cannot decide (x outside 1e-5 ≤ |x| < 1e15, or a tie): the caller formats it itself.
 */
export function writeShortest(buf: Uint8Array, pos: number, x: number, point: number): number {
  if (x < 0) {
    buf[pos++] = MINUS;
    x = -x;
  }
  if (!(x >= 1e-5 && x < 1e15)) return -1;
  // Decimal exponent: 10^e ≤ x < 10^(e+1), exactly. Below 1 the powers of ten are not
  // doubles, so x·10^16 = hi + lo (exactly) is compared with them instead.
  let e: number;
  if (x >= 1) {
    // Binary search over 10^0 … 10^14.
    if (x >= 1e7)
      e = x >= 1e11 ? (x >= 1e13 ? (x >= 1e14 ? 14 : 13) : x >= 1e12 ? 12 : 11) : x >= 1e9 ? (x >= 1e10 ? 10 : 9) : x >= 1e8 ? 8 : 7;
    else e = x >= 1e3 ? (x >= 1e5 ? (x >= 1e6 ? 6 : 5) : x >= 1e4 ? 4 : 3) : x >= 1e1 ? (x >= 1e2 ? 2 : 1) : 0;
  } else {
    const hi = x * 1e16;
    const lo = productError(x, 1e16, hi);
    let n = 11;
    while (hi > POW10[n + 1] || (hi === POW10[n + 1] && lo >= 0)) n++;
    e = n - 16;
  }

  // Fifteen digits: m = x·10^k is within 0.07 of the exact product, and a 15-digit decimal
  // that reads back as x is within 0.11 of it, so if one exists it is round(m); it is also
  // the only one (15-digit decimals lie further apart than doubles), so it, zeros dropped,
  // is the shortest. round(m) may be 10^15: the decimal 10^(e+1).
  let k = 14 - e;
  const d = Math.round(x * POW10[k]);
  if (d / POW10[k] === x) return d >= 1e15 ? writeDigits(buf, pos, 1e14, 0, 15, e + 1, point) : writeDigits(buf, pos, d, 0, 15, e, point);

  // Sixteen digits: several may read back as x, and String() takes the nearest: the exact
  // product x·10^k = hi + lo, rounded. It reads back as x when it lies within half an ulp of
  // x (scaled by 10^k). A tie goes back to the caller, and so does a power of two, whose
  // lower neighbour is nearer than its upper one.
  bits[0] = x;
  const upper = words[1 - LOW_WORD];
  if (words[LOW_WORD] === 0 && (upper & 0xfffff) === 0) return -1;
  const reach = HALF_ULP[upper >>> 20];
  for (let count = 16; count <= 17; count++) {
    k++;
    if (k > 22) return -1;
    const p = POW10[k];
    const hi = x * p;
    const lo = productError(x, p, hi);
    const whole = Math.floor(hi);
    const fraction = hi - whole + lo;
    let up = Math.round(fraction);
    const off = Math.abs(fraction - up);
    // Seventeen digits always read back; sixteen when within reach. A distance too close to
    // call goes back to the caller.
    if (count === 16) {
      const within = reach * p;
      if (off > within + 1e-9) continue;
      if (off > within - 1e-9) return -1;
    }
    // An exact tie (x has a short binary fraction) takes the even one of the two nearest
    // decimals, as String() does (past 2^53, whole is even and fraction may exceed ±1).
    // Nearly a tie is too close to call.
    if (off === 0.5) {
      const below = Math.floor(fraction);
      up = ((whole % 2) + below) % 2 === 0 ? below : below + 1;
    } else if (off > 0.5 - 1e-9) return -1;
    // whole may exceed 2^53: it is then an even integer, and whole + up is done in two parts.
    return writeDigits(buf, pos, whole, up, count, e, point);
  }
  return -1;
}

/** Writes an integer |n| < 2^53 (−0 as "0") and returns the position after it. */
export function writeInteger(buf: Uint8Array, pos: number, n: number): number {
  // Counts, workers and replications are mostly one digit.
  if (n >= 0 && n < 10) {
    buf[pos] = ZERO + n;
    return pos + 1;
  }
  if (n < 0) {
    buf[pos++] = MINUS;
    n = -n;
  }
  let count = 1;
  while (count < 16 && n >= POW10[count]) count++;
  return writeDigits(buf, pos, n, 0, count, count - 1, 0);
}
