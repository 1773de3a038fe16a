// Order statistics without a full sort: the percentiles of a million lead times need only a
// handful of ranks, and selecting them costs O(n) per rank instead of O(n log n) for sorting.
// The values are exactly those a sort would put at these ranks.

/**
 * Rearranges `values` so that values[r] holds the value a numeric ascending sort would put
 * there, for every r in `ranks` (each in [0, n)). Any other order may change.
 * NaN and -0 (which a sort orders by more than `<`) make it fall back to sorting.
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): void {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x !== x || (x === 0 && 1 / x < 0)) {
      values.sort();
      return;
    }
  }
  // Largest rank first; afterwards everything right of it is >= values[r], so the next
  // (smaller) rank only needs to look left of it.
  const wanted = [...new Set(ranks)].sort((a, b) => b - a);
  let hi = n - 1;
  for (const r of wanted) {
    if (!(r >= 0 && r < n && Number.isInteger(r))) throw new RangeError(`selectRanks: rank ${r} is not in [0, ${n})`);
    if (r > hi) continue; // already in place: a previous selection left it there
    select(values, r, 0, hi);
    hi = r - 1;
  }
}

/** Quickselect (Hoare partition, median of three) with a sort as fallback on bad pivots. */
function select(a: Float64Array, k: number, left: number, right: number): void {
  let budget = 2 * Math.ceil(Math.log2(right - left + 2)) + 8;
  while (right > left) {
    if (right - left < 16 || budget-- === 0) {
      a.subarray(left, right + 1).sort();
      return;
    }
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
    // Now a[left..j] <= pivot <= a[i..right], and a[j+1..i-1] == pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
