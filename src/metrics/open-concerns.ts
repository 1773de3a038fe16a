// The measured concerns that are still open, as a list in arrival order. Each one's tally
// hangs on the concern itself (TracedConcern.tally), so events reach it without a lookup
// by id; the list only serves finish(), which reports the open ones in arrival order.
import type { TracedConcern } from '../trace/recorder.js';

/** What the fold keeps about a measured concern while it is open. */
export class Tally {
  touch = 0;
  handoffs = 0;
  errors = 0;
  /** The unit whose queue it entered first (for leadTimeWorking); null until then. */
  firstUnit: string | null = null;
  prev: Tally | null = null;
  next: Tally | null = null;
  /** End of the latest work on it so far: overlapping work counts once in touch. */
  workedUntil: number;

  constructor(
    /** The list (and so the fold) this tally belongs to. */
    readonly owner: OpenConcerns,
    /** Its id is read only for a record (the engine makes ids on demand). */
    readonly concern: TracedConcern,
    readonly type: string,
    readonly arrival: number,
    readonly failureDemand: boolean,
  ) {
    this.workedUntil = arrival;
  }
}

/**
 * A doubly linked list: O(1) add and remove, iteration in the order added. Without
 * `ordered` it only counts (no one will iterate: finish() lists open concerns only for the
 * onConcern hook).
 */
export class OpenConcerns {
  private head: Tally | null = null;
  private tail: Tally | null = null;
  size = 0;

  constructor(private readonly ordered: boolean) {}

  add(tally: Tally): void {
    this.size++;
    if (!this.ordered) return;
    tally.prev = this.tail;
    if (this.tail === null) this.head = tally;
    else this.tail.next = tally;
    this.tail = tally;
  }

  remove(tally: Tally): void {
    this.size--;
    if (!this.ordered) return;
    if (tally.prev === null) this.head = tally.next;
    else tally.prev.next = tally.next;
    if (tally.next === null) this.tail = tally.prev;
    else tally.next.prev = tally.prev;
    tally.prev = null;
    tally.next = null;
  }

  *[Symbol.iterator](): IterableIterator<Tally> {
    if (!this.ordered) throw new Error('invariant: OpenConcerns was made without order, so it cannot list its members');
    for (let t = this.head; t !== null; t = t.next) yield t;
  }
}
