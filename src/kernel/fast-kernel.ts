// orgflow's own event list: a binary min-heap over parallel typed arrays, ordered by time,
// ties by scheduling order. The same order as simjs's PQueue (see simjs-kernel.ts), so
// both kernels run the same actions in the same sequence; this one allocates nothing per
// event besides the action itself and reads no object fields while sifting.
import type { Kernel } from './kernel.js';

/** A fresh simulation clock at time 0 with an empty event list; `run` may be called once. */
export function createFastKernel(): Kernel {
  return new FastKernel();
}

class FastKernel implements Kernel {
  times = new Float64Array(64);
  /** Scheduling order: a float so that it cannot overflow in any realistic run. */
  private seqs = new Float64Array(64);
  private actions: ((() => void) | undefined)[] = new Array<(() => void) | undefined>(64).fill(undefined);
  size = 0;
  private scheduled = 0;
  clock = 0;
  private state: 'ready' | 'running' | 'finished' = 'ready';

  now(): number {
    return this.clock;
  }

  schedule(delay: number, action: () => void): void {
    // NaN or Infinity would corrupt the heap order silently, so reject them here.
    if (!(delay >= 0 && delay < Infinity)) {
      throw new RangeError(`Kernel.schedule: delay must be a finite number >= 0, got ${delay}`);
    }
    if (this.state === 'finished') throw new Error('Kernel.schedule: the kernel has already run to its end time');
    if (this.size === this.times.length) this.grow();
    const time = this.clock + delay;
    const seq = this.scheduled++;
    const times = this.times;
    const seqs = this.seqs;
    const actions = this.actions;
    // Sift up: equal times never move past each other (seq grows), so ties keep their order.
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const t = times[parent];
      if (t < time || (t === time && seqs[parent] < seq)) break;
      times[i] = t;
      seqs[i] = seqs[parent];
      actions[i] = actions[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    actions[i] = action;
  }

  run(until: number): void {
    if (this.state !== 'ready') throw new Error('Kernel.run: may be called only once per kernel');
    if (!(until >= 0 && until < Infinity)) {
      throw new RangeError(`Kernel.run: until must be a finite number >= 0, got ${until}`);
    }
    this.state = 'running';
    drain(this, until);
    this.state = 'finished';
    this.clock = until;
    // Drop what is left beyond `until` (as simjs's simulate does), so the closures can go.
    this.actions.fill(undefined);
    this.size = 0;
  }

  /** Removes the head and returns its action; the caller has checked that size > 0. */
  pop(): () => void {
    const times = this.times;
    const seqs = this.seqs;
    const actions = this.actions;
    const head = actions[0]!;
    const n = --this.size;
    const time = times[n];
    const seq = seqs[n];
    const action = actions[n];
    actions[n] = undefined;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) child = right;
      const t = times[child];
      if (time < t || (time === t && seq < seqs[child])) break;
      times[i] = t;
      seqs[i] = seqs[child];
      actions[i] = actions[child];
      i = child;
    }
    if (n > 0) {
      times[i] = time;
      seqs[i] = seq;
      actions[i] = action;
    }
    return head;
  }

  /** Doubles the capacity of the three arrays. */
  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const seqs = new Float64Array(capacity);
    seqs.set(this.seqs);
    this.times = times;
    this.seqs = seqs;
    for (let i = this.actions.length; i < capacity; i++) this.actions.push(undefined);
  }
}

/**
 * The event loop, on its own: the JIT compiles a long-running loop on the fly (on-stack
 * replacement) before any code after it has run once. Code after the loop in the same
 * function then had no type feedback, and the compiled loop was thrown away at every exit,
 * once per replication (seen in Chromium: ~100 deoptimisations per slider re-run).
 */
function drain(kernel: FastKernel, until: number): void {
  while (kernel.size > 0 && kernel.times[0] <= until) {
    kernel.clock = kernel.times[0];
    kernel.pop()();
  }
}
