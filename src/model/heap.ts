// A binary min-heap ordered by (key, seq): the smallest key first, and among equal keys the
// one pushed first, so "shortest first" and "oldest first" queues are deterministic.

interface Entry<T> {
  key: number;
  seq: number;
  item: T;
}

/** Insertion numbers; heaps that share one can be compared head to head. */
export interface Sequence {
  next: number;
}

export class MinHeap<T> {
  private entries: Entry<T>[] = [];

  constructor(private readonly sequence: Sequence = { next: 0 }) {}

  get size(): number {
    return this.entries.length;
  }

  push(key: number, item: T): void {
    const entries = this.entries;
    const entry = { key, seq: this.sequence.next++, item };
    let i = entries.length;
    entries.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, entries[parent])) break;
      entries[i] = entries[parent];
      i = parent;
    }
    entries[i] = entry;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.entries.length === 0 ? Infinity : this.entries[0].key;
  }

  /** The head's item, or undefined when empty. */
  peek(): T | undefined {
    return this.entries.length === 0 ? undefined : this.entries[0].item;
  }

  /** The insertion number of the head, or Infinity when empty (breaks ties between heaps). */
  peekSeq(): number {
    return this.entries.length === 0 ? Infinity : this.entries[0].seq;
  }

  pop(): T | undefined {
    const entries = this.entries;
    if (entries.length === 0) return undefined;
    const top = entries[0];
    const last = entries.pop()!;
    const n = entries.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && before(entries[right], entries[left]) ? right : left;
        if (!before(entries[child], last)) break;
        entries[i] = entries[child];
        i = child;
      }
      entries[i] = last;
    }
    return top.item;
  }
}

function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.key < b.key || (a.key === b.key && a.seq < b.seq);
}
