// A progress bar with ETA on stderr for a person at a terminal; a no-op elsewhere
// (pipes, CI, --quiet), so logs and captured output stay clean. Work is counted in expected
// concerns, so a sweep's large values weigh more than its small ones, and a replication
// still running counts as far as its simulated clock has got: one long replication moves
// the bar too.
import cliProgress from 'cli-progress';
import { progressEnabled } from '../io.js';
import { humaniseSeconds } from './humanise.js';

/** One task's share of the work: its expected concerns, and its horizon in simulated minutes. */
export interface TaskWork {
  weight: number;
  horizon: number;
}

export interface Progress {
  /**
   * The simulated minute each task has reached, one slot per task in shared memory, so that
   * worker threads can write it while the main thread draws; absent when nobody watches.
   */
  readonly clocks?: Float64Array;
  taskDone(index: number): void;
  stop(): void;
}

/** How often the bar reads the running tasks' clocks. */
const POLL_MS = 250;
/** Until the run has gone this long, the ETA is the size estimate's (threads are still starting). */
const MEASURE_AFTER_MS = 1000;

/** `estimate`: the run's estimated seconds (cli/run-size.ts), the ETA until there is progress to measure. */
export function startProgress(work: readonly TaskWork[], label: string, quiet: boolean | undefined, estimate: number): Progress {
  if (!progressEnabled(quiet) || work.length < 1) return { taskDone() {}, stop() {} };
  return new ProgressBar(work, label, estimate);
}

class ProgressBar implements Progress {
  readonly clocks: Float64Array;
  private readonly bar: cliProgress.SingleBar;
  private readonly weights: number[];
  private readonly finished: boolean[];
  /** Each running task's share of the work as last read from its clock, and their sum. */
  private readonly shares: Float64Array;
  private running = 0;
  private finishedCount = 0;
  private finishedWeight = 0;
  private readonly total: number;
  private readonly started = Date.now();
  private readonly timer: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly work: readonly TaskWork[],
    label: string,
    private readonly estimate: number,
  ) {
    this.clocks = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * work.length));
    // Every task counts for something, also one expected to see no concern at all.
    this.weights = work.map((w) => Math.max(1, w.weight));
    this.finished = new Array<boolean>(work.length).fill(false);
    this.shares = new Float64Array(work.length);
    this.bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {percentage}% · {done}/{tasks} replications · ETA {remaining}`,
        hideCursor: false, // a hidden cursor would stay hidden after Ctrl-C
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.total = this.weights.reduce((sum, w) => sum + w, 0);
    this.bar.start(this.total, 0, { done: 0, tasks: work.length, remaining: this.eta(0) });
    // Reads the clocks while the tasks run; never keeps the process alive on its own.
    this.timer = setInterval(() => this.readClocks(), POLL_MS).unref();
  }

  /** Constant time: a run of many short tasks calls it once per task. */
  taskDone(index: number): void {
    if (this.stopped || this.finished[index]) return;
    this.finished[index] = true;
    this.finishedCount++;
    this.finishedWeight += this.weights[index];
    this.running -= this.shares[index];
    this.shares[index] = 0;
    this.draw();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.bar.stop();
  }

  private readClocks(): void {
    let running = 0;
    for (let i = 0; i < this.work.length; i++) {
      const clock = this.clocks[i];
      if (this.finished[i] || !(clock > 0)) continue;
      // A torn or stale read of a clock only moves the bar a little: clamped to the task's share.
      this.shares[i] = this.weights[i] * Math.min(1, clock / this.work[i].horizon);
      running += this.shares[i];
    }
    this.running = running;
    this.draw();
  }

  private draw(): void {
    if (this.stopped) return;
    const value = Math.min(this.total, this.finishedWeight + Math.max(0, this.running));
    this.bar.update(value, { done: this.finishedCount, remaining: this.eta(value) });
  }

  /** The rate so far over the whole run (steadier than a window); the estimate before there is one. */
  private eta(value: number): string {
    const elapsed = Date.now() - this.started;
    if (elapsed < MEASURE_AFTER_MS || value <= 0) return `~${humaniseSeconds(Math.max(0, this.estimate - elapsed / 1000))}`;
    return humaniseSeconds(((elapsed / 1000) * (this.total - value)) / value);
  }
}
