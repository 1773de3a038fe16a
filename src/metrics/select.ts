// Order statistics without a full sort: the percentiles of a million lead times need only a
// handful of ranks, and selecting them costs O(n log k) for k ranks instead of O(n log n).
// The values are exactly those a sort would put at these ranks.

/**
 * Leaves in values[r], for every r in `ranks` (each in [0, n)), the value a numeric
 * ascending sort would put there; the other elements may change (pass a scratch copy).
 * NaN and -0 (which a sort orders by more than `<`) make it fall back to sorting.
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): void {
  const n = values.length;
  const wanted = [...new Set(ranks)].sort((x, y) => x - y);
  for (const r of wanted) {
    if (!(r >= 0 && r < n && Number.isInteger(r))) throw new RangeError(`selectRanks: rank ${r} is not in [0, ${n})`);
  }
  if (n >= RADIX_MIN && radixSelect(values, wanted)) return;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== x || (x === 0 && 1 / x < 0)) {
      values.sort();
      return;
    }
  }
  if (n > 1) multiselect(values, wanted, 0, wanted.length - 1, 0, n - 1, depthBudget(n));
}

/** Partitions allowed before a part is sorted instead: twice the bits of n, plus slack. */
const depthBudget = (n: number): number => 2 * (32 - Math.clz32(n)) + 8;

/** From this many values on, one counting pass over the bits narrows the search first. */
const RADIX_MIN = 1 << 15;
/** Which 32-bit half of a double holds its sign, exponent and top mantissa bits. */
const HIGH_WORD = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

/**
 * For columns of finite numbers >= +0 (lead, wait and touch times): the bit patterns of
 * such doubles, read as unsigned integers, sort exactly like the numbers. One pass counts
 * the values per 16 top bits (sign, exponent, 4 mantissa bits); the buckets holding the
 * wanted ranks are gathered in a second pass and searched by quickselect. Writes each
 * wanted rank's value to values[rank] (the rest of `values` is left as it was, which a
 * scratch copy does not mind). False, having changed nothing, when a value is negative,
 * -0, infinite or NaN.
 */
function radixSelect(values: Float64Array, ranks: readonly number[]): boolean {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const counts = new Int32Array(1 << 16);
  for (let i = 0, w = HIGH_WORD; i < n; i++, w += 2) {
    const high = words[w];
    if (high >= 0x7ff00000) return false; // sign bit set, or exponent all ones (Inf, NaN)
    counts[high >>> 16]++;
  }
  // The bucket of every wanted rank, and how many values lie in lower buckets.
  const bucketOf: number[] = [];
  const below: number[] = [];
  let seen = 0;
  let bucket = 0;
  for (const r of ranks) {
    while (seen + counts[bucket] <= r) seen += counts[bucket++];
    bucketOf.push(bucket);
    below.push(seen);
  }
  const slotOf = new Int8Array(1 << 16).fill(-1);
  const buckets: number[] = [];
  for (const b of bucketOf) if (slotOf[b] < 0) slotOf[b] = buckets.push(b) - 1;
  const gathered = buckets.map((b) => new Float64Array(counts[b]));
  const filled = new Int32Array(buckets.length);
  for (let i = 0, w = HIGH_WORD; i < n; i++, w += 2) {
    const slot = slotOf[words[w] >>> 16];
    if (slot >= 0) gathered[slot][filled[slot]++] = values[i];
  }
  // Each gathered bucket holds only finite values >= +0, so quickselect alone is exact there.
  buckets.forEach((_b, slot) => {
    const local = ranks.flatMap((r, i) => (slotOf[bucketOf[i]] === slot ? [r - below[i]] : []));
    const part = gathered[slot];
    if (part.length > 1) multiselect(part, local, 0, local.length - 1, 0, part.length - 1, depthBudget(part.length));
  });
  ranks.forEach((r, i) => {
    values[r] = gathered[slotOf[bucketOf[i]]][r - below[i]];
  });
  return true;
}

/**
 * Puts ranks[first..last] (ascending, all inside [left, right]) in place: quickselect that
 * partitions once (Hoare, median of three) and follows only the sides holding wanted ranks,
 * O(n log k) for k ranks. Falls back to sorting a part when the pivots keep being bad.
 */
function multiselect(
  a: Float64Array,
  ranks: readonly number[],
  first: number,
  last: number,
  left: number,
  right: number,
  budget: number,
): void {
  while (first <= last && right > left) {
    if (right - left < 16 || budget-- <= 0) {
      a.subarray(left, right + 1).sort();
      return;
    }
    partition(a, left, right);
    const i = split[0];
    const j = split[1];
    // Now a[left..j] <= pivot <= a[i..right], and a[j+1..i-1] == pivot (already in place).
    let leftEnd = first;
    while (leftEnd <= last && ranks[leftEnd] <= j) leftEnd++;
    let rightFirst = leftEnd;
    while (rightFirst <= last && ranks[rightFirst] < i) rightFirst++;
    // Recurse into the smaller list of ranks, loop on the other.
    if (leftEnd - first > 0 && last - rightFirst + 1 > 0) {
      multiselect(a, ranks, first, leftEnd - 1, left, j, budget);
      first = rightFirst;
      left = i;
    } else if (leftEnd - first > 0) {
      last = leftEnd - 1;
      right = j;
    } else {
      first = rightFirst;
      left = i;
    }
  }
}

/** Where partition() left its two ends: split[0] = i, split[1] = j. */
const split = new Int32Array(2);

/**
 * Hoare partition of a[left..right] (right - left >= 2) around the median of three. Its own
 * function, called once per step: as part of multiselect, whose loops the JIT compiled on the
 * fly, every exit from an inner loop threw the compiled code away again.
 */
function partition(a: Float64Array, left: number, right: number): void {
  const mid = (left + right) >>> 1;
  // Median of three into a[mid]; a[left] <= a[mid] <= a[right] afterwards.
  if (a[mid] < a[left]) swap(a, mid, left);
  if (a[right] < a[left]) swap(a, right, left);
  if (a[right] < a[mid]) swap(a, right, mid);
  const pivot = a[mid];
  let i = left;
  let j = right;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) {
      swap(a, i, j);
      i++;
      j--;
    }
  }
  split[0] = i;
  split[1] = j;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
