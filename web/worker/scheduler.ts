// Shares a run's replications between the simulation worker and its helper workers: while a
// run computes, the page's thread is idle, so on two cores this worker and one helper share
// them. A helper is handed its first tasks at once, even while it is still loading (they wait
// in its queue), so it starts computing the moment it can; a slow one cannot hold up a run,
// because at the end this worker runs what a helper still holds too. Without helpers this
// worker runs every replication.
import {
  byModeAndReplication,
  type MetricsRow,
  type Mode,
  type ReplicationTask,
  type Scenario,
  type ScenarioFile,
} from '../../src/index.js';
import type { HelperMessage } from './replicate.js';
import { Helpers, keyOf, type HelperPort, type Task } from './helpers.js';

export { IN_FLIGHT, type HelperPort, type Task } from './helpers.js';

export interface SchedulerDeps {
  /** Runs one replication in this worker (metricsOf). */
  runLocally(scenario: Scenario, task: ReplicationTask): MetricsRow;
  /** Lets queued messages (a newer run, a helper's answer) in between replications. */
  breathe(): Promise<void>;
  /** Milliseconds (performance.now): progress is throttled by it. */
  now(): number;
  progress(id: number, done: number, total: number): void;
}

/** What a run replicates: `scenario` for this worker, the validated file (its seed included) for the helpers. */
export interface RunSpec {
  id: number;
  scenario: Scenario;
  data: ScenarioFile;
  /** The organisations to replicate: those not computed before. */
  modes: readonly Mode[];
  /**
   * Called once, with replications 0 … PREVIEW_REPLICATIONS − 1 of every organisation, as soon
   * as they are in: the page shows a first picture of the KPIs and refines it when all are.
   */
  preview?(rows: MetricsRow[]): void;
}

/** Replications per organisation behind the first picture of a run's KPIs. */
export const PREVIEW_REPLICATIONS = 5;

/** Progress goes to the page at most this often: each update costs the page a paint. */
export const PROGRESS_EVERY_MS = 100;

/** The run being computed: what is left to hand out, and what came back. */
interface Run {
  spec: RunSpec;
  queue: Task[];
  rows: Map<string, MetricsRow>;
  total: number;
  wake: (() => void) | null;
  error: string | null;
  previewed: boolean;
}

export class Scheduler {
  private readonly helpers = new Helpers((m) => this.answered(m));
  private active: Run | null = null;
  private latest = 0;
  /**
   * On a page's first run the engine's code is not compiled yet, and compiling it is most of
   * that run's time: V8 compiles the hot model code once per thread, on the same cores that
   * run the replications. So on the first run each thread keeps to one organisation and
   * compiles half of the model: this worker takes replications from the front of the queue
   * (silo), the helpers from the back (team). Later runs hand out in queue order, which lets
   * the threads end closer together. warmUp() then compiles the other half in each thread.
   */
  private firstRun = true;
  private progressAt = 0;
  private warmed = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Helper workers' ports, in the page's order (it reports a crash by that index). */
  adopt(ports: readonly HelperPort[]): void {
    this.helpers.adopt(ports);
  }

  /** A helper has crashed: what it held of the active run goes back to the queue. */
  lost(index: number): void {
    const run = this.active;
    const held = this.helpers.lose(index, run ? run.spec.id : null);
    if (held === null) return;
    run?.queue.unshift(...held);
    run?.wake?.();
  }

  /**
   * Run `id` is the newest: the run it replaces stops handing out tasks and, if it waits for
   * a helper, wakes to see it is cancelled.
   */
  supersede(id: number): void {
    this.latest = id;
    const replaced = this.active;
    this.active = null;
    replaced?.wake?.();
  }

  /** Whether no newer run has come since run `id`. */
  isLatest(id: number): boolean {
    return this.latest === id;
  }

  /** Every replication's Metrics, in mode and replication order; null when a newer run cancelled it. */
  async replicate(spec: RunSpec): Promise<MetricsRow[] | null> {
    // A run replaces any other (the session supersedes already when it accepts the run).
    if (this.latest !== spec.id) this.supersede(spec.id);
    const queue: Task[] = [];
    // Silo replications first: they take about twice as long, so the last ones handed out are
    // short and the threads finish close together.
    for (const mode of spec.modes) for (let r = 0; r < spec.scenario.replications; r++) queue.push({ mode, replication: r });
    // The preview needs replications 0, 1, … of every organisation early: after the first run
    // they go first, alternating; the rest keep the order above. (The first run has no
    // preview: its helpers take the team's replications from the back, see firstRun.)
    if (!this.firstRun && spec.modes.length > 1) {
      const early = (t: Task) => t.replication < PREVIEW_REPLICATIONS;
      const front = queue.filter(early).sort((a, b) => a.replication - b.replication);
      queue.splice(0, queue.length, ...front, ...queue.filter((t) => !early(t)));
    }
    const run: Run = { spec, queue, rows: new Map(), total: queue.length, wake: null, error: null, previewed: false };
    this.active = run;
    this.progressAt = this.deps.now();
    this.feed();
    while (run.rows.size < run.total) {
      if (run.error !== null) throw new Error(run.error);
      const task = run.queue.shift() ?? this.helpers.straggler(spec.id, (t) => run.rows.has(keyOf(t)));
      if (task) {
        this.addRow(run, this.deps.runLocally(spec.scenario, task));
        await this.deps.breathe();
      } else {
        await new Promise<void>((resolve) => {
          run.wake = resolve;
        });
        run.wake = null;
      }
      if (this.latest !== spec.id) return null;
    }
    this.active = null;
    this.firstRun = false;
    return [...run.rows.values()].sort(byModeAndReplication);
  }

  /**
   * Once per page, after the first replay (the settings have rested): each thread runs one
   * replication, untraced, of the organisation it did not run on the first run, and this
   * worker also of the one it has just traced (tracing changes what the compiled model code
   * calls). Results are discarded; what counts is that the code is compiled before the first
   * slider move, not during it.
   */
  async warmUp(id: number, scenario: Scenario, modes: readonly Mode[]): Promise<void> {
    if (this.warmed || this.latest !== id) return;
    this.warmed = true;
    // With one organisation the helpers have run it already. A helper's answer of an older
    // run is ignored (answered), so it can hold this task like any other.
    if (modes.length > 1) this.helpers.handIdle(id, { mode: modes[0], replication: 0 });
    for (const mode of modes) {
      this.deps.runLocally(scenario, { mode, replication: 0 });
      await this.deps.breathe();
      if (this.latest !== id) return;
    }
  }

  /** Tops each helper up with tasks of the active run. */
  private feed(): void {
    const run = this.active;
    if (run) this.helpers.feed(run.spec.id, run.spec.data, run.queue, this.firstRun);
  }

  private answered(m: HelperMessage): void {
    const run = this.active;
    if (run && m.id === run.spec.id) {
      if (m.type === 'failed') run.error = m.message;
      else this.addRow(run, m.row);
    }
    this.feed();
    this.active?.wake?.();
  }

  private maybePreview(run: Run): void {
    const { spec } = run;
    const enough = Math.min(PREVIEW_REPLICATIONS, spec.scenario.replications);
    if (run.previewed || this.firstRun || !spec.preview || run.rows.size >= run.total) return;
    // The same replications of every organisation (their difference is paired).
    const rows = [...run.rows.values()].filter((x) => x.replication < enough);
    if (!spec.modes.every((m) => rows.filter((x) => x.mode === m).length === enough)) return;
    run.previewed = true;
    spec.preview(rows.sort(byModeAndReplication));
  }

  private addRow(run: Run, row: MetricsRow): void {
    const key = keyOf(row);
    // In the end game this worker and a helper may both have run it: the first answer counts.
    if (run.rows.has(key)) return;
    run.rows.set(key, row);
    this.maybePreview(run);
    const now = this.deps.now();
    if (now - this.progressAt < PROGRESS_EVERY_MS) return;
    this.progressAt = now;
    this.deps.progress(run.spec.id, run.rows.size, run.total);
  }
}
