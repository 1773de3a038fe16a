// Fakes for the scheduler's tests: helper workers that answer only when a test says so, a
// breathe() that resolves only when a test lets it, and a clock that moves only when told.
import type { Metrics, MetricsRow, Mode, Scenario, ScenarioFile } from '../../src/index.js';
import type { HelperMessage, HelperRequest } from '../../web/worker/replicate.js';
import { Scheduler, type HelperPort, type RunSpec } from '../../web/worker/scheduler.js';

type TaskRequest = Extract<HelperRequest, { type: 'task' }>;

/** Stands in for Metrics: which run a row was computed for, and by whom. */
export interface Tag {
  run: number;
  by: string;
}
export const tagOf = (row: MetricsRow): Tag => row.metrics as unknown as Tag;
const rowOf = (mode: Mode, replication: number, tag: Tag): MetricsRow => ({ mode, replication, metrics: tag as unknown as Metrics });

/** A run of `replications` per organisation; its fake scenario carries the run's id for runLocally. */
export function spec(id: number, replications: number, modes: readonly Mode[] = ['silo', 'team']): RunSpec {
  const scenario = { id, replications } as unknown as Scenario;
  return { id, scenario, data: { run: { seed: id * 10 } } as unknown as ScenarioFile, modes };
}

export class FakeHelper implements HelperPort {
  onmessage: ((e: MessageEvent<HelperMessage>) => void) | null = null;
  readonly received: HelperRequest[] = [];
  /** Tasks handed and not yet answered, oldest first. */
  readonly pending: TaskRequest[] = [];
  /** The most tasks it held at once. */
  mostHeld = 0;
  crashed = false;

  constructor(readonly name: string) {}

  postMessage(m: HelperRequest): void {
    if (this.crashed) throw new Error(`${this.name} has crashed and was handed ${JSON.stringify(m)}`);
    this.received.push(m);
    if (m.type !== 'task') return;
    this.pending.push(m);
    this.mostHeld = Math.max(this.mostHeld, this.pending.length);
  }

  /** Tasks it was handed, as "mode replication", of run `id`. */
  tasksOf(id: number): string[] {
    return this.received.filter((m): m is TaskRequest => m.type === 'task' && m.id === id).map((m) => `${m.mode} ${m.replication}`);
  }

  /** Answers its oldest task, as a helper does. */
  answer(): void {
    const t = this.pending.shift()!;
    this.reply({ type: 'row', id: t.id, row: rowOf(t.mode, t.replication, { run: t.id, by: this.name }) });
  }

  fail(message: string): void {
    const t = this.pending.shift()!;
    this.reply({ type: 'failed', id: t.id, message });
  }

  crash(): void {
    this.crashed = true;
    this.pending.length = 0;
  }

  private reply(data: HelperMessage): void {
    this.onmessage!(new MessageEvent('message', { data }));
  }
}

/** Lets promise continuations (a woken run, a finished breath) run. */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function harness(helperCount: number) {
  const clock = { now: 0, perReplication: 0 };
  const local: string[] = [];
  const progress: { id: number; done: number; total: number }[] = [];
  const breaths: (() => void)[] = [];
  const scheduler = new Scheduler({
    runLocally: (scenario, { mode, replication }) => {
      const { id } = scenario as unknown as { id: number };
      local.push(`${mode} ${replication}`);
      clock.now += clock.perReplication;
      return rowOf(mode, replication, { run: id, by: 'local' });
    },
    breathe: () => new Promise((resolve) => breaths.push(resolve)),
    now: () => clock.now,
    progress: (id, done, total) => progress.push({ id, done, total }),
  });
  const helpers = Array.from({ length: helperCount }, (_, i) => new FakeHelper(`helper ${i}`));
  scheduler.adopt(helpers);

  /** Ends this worker's oldest breath between replications. */
  const breathe = async (): Promise<void> => {
    breaths.shift()!();
    await flush();
  };

  /**
   * Until `run` settles: helpers answer and this worker breathes, interleaved so that rows
   * come back out of order. Throws if nothing is left to do and the run still waits.
   */
  async function drive<T>(run: Promise<T>): Promise<T> {
    let settled = false;
    run.then(
      () => (settled = true),
      () => (settled = true),
    );
    await flush();
    for (let i = 0; !settled; i++) {
      const answering = helpers.filter((h) => !h.crashed && h.pending.length > 0);
      if (answering.length > 0 && (i % 3 !== 0 || breaths.length === 0)) answering[i % answering.length].answer();
      else if (breaths.length > 0) breaths.shift()!();
      else throw new Error('stuck: the run waits, with nothing to answer and no breath to end');
      await flush();
    }
    return run;
  }

  /** Helpers answer everything they still hold (of whichever run). */
  const idle = (): void => {
    for (const h of helpers) while (!h.crashed && h.pending.length > 0) h.answer();
  };

  return { scheduler, helpers, local, progress, clock, breaths, breathe, drive, idle };
}

/** Every replication of `modes` as "mode replication", in mode-then-replication order. */
export const allTasks = (replications: number, modes: readonly Mode[] = ['silo', 'team']): string[] =>
  modes.flatMap((m) => Array.from({ length: replications }, (_, r) => `${m} ${r}`));

export const keysOf = (rows: readonly MetricsRow[] | null): string[] | null => rows && rows.map((r) => `${r.mode} ${r.replication}`);
