// A growable column of numbers for the per-concern values that percentiles need.
// Typed arrays keep a million concerns at 8 bytes each instead of boxed array slots.

export class Samples {
  private data: Float64Array;
  private size = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Float64Array(Math.max(1, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      // Doubling keeps pushes amortised O(1).
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  /** Sum in insertion order (deterministic, so CLI and browser agree bit for bit). */
  sum(): number {
    let total = 0;
    for (let i = 0; i < this.size; i++) total += this.data[i];
    return total;
  }

  /** A copy of the values in insertion order; the column itself is left untouched. */
  values(): Float64Array {
    return this.data.slice(0, this.size);
  }

  /** A sorted copy of the values; the column itself is left untouched. */
  sorted(): Float64Array {
    // TypedArray#sort compares numerically (and is deterministic for numbers).
    return this.values().sort();
  }
}
