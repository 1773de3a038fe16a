// Order statistics without a full sort: the percentiles of a million lead times need only a
// handful of ranks, and selecting them costs O(n log k) for k ranks instead of O(n log n).
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
  const wanted = [...new Set(ranks)].sort((x, y) => x - y);
  for (const r of wanted) {
    if (!(r >= 0 && r < n && Number.isInteger(r))) throw new RangeError(`selectRanks: rank ${r} is not in [0, ${n})`);
  }
  if (n > 1) multiselect(values, wanted, 0, wanted.length - 1, 0, n - 1, 2 * Math.ceil(Math.log2(n + 1)) + 8);
}

/**
 * Puts ranks[first..last] (ascending, all inside [left, right]) in place: quickselect that
 * partitions once (Hoare, median of three) and follows only the sides holding wanted ranks,
 * O(n log k) for k ranks. Falls back to sorting a part when the pivots keep being bad.
 */
function multiselect(a: Float64Array, ranks: readonly number[], first: number, last: number, left: number, right: number, budget: number): void {
  while (first <= last && right > left) {
    if (right - left < 16 || budget-- <= 0) {
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
    // Now a[left..j] <= pivot <= a[i..right], and a[j+1..i-1] == pivot (already in place).
    let split = first;
    while (split <= last && ranks[split] <= j) split++;
    let rightFirst = split;
    while (rightFirst <= last && ranks[rightFirst] < i) rightFirst++;
    // Recurse into the smaller list of ranks, loop on the other.
    if (split - first > 0 && last - rightFirst + 1 > 0) {
      multiselect(a, ranks, first, split - 1, left, j, budget);
      first = rightFirst;
      left = i;
    } else if (split - first > 0) {
      last = split - 1;
      right = j;
    } else {
      first = rightFirst;
      left = i;
    }
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
