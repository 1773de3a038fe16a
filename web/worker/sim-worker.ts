// The module Web Worker that runs the engine: the same src/ code as the CLI, so every KPI
// equals `orgflow compare --json`. Replication 0 of each mode is traced for the replay;
// the rest only feed the summaries. A newer request cancels an older one between
// replications.
import { parseScenario, formatIssue } from '../../src/scenario/index.js';
import { toCompareResult, toRunResult } from '../../src/run.js';
import { MODES, type Mode, type Scenario } from '../../src/scenario/types.js';
import type { Metrics } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { layoutOf } from './layout.js';
import type { ResultView, RunRequest, WorkerMessage, WorkerRequest } from './protocol.js';
import { concernsCsv, summaryCsv, timeseriesCsv, type ReplicationRows } from '../export/csv.js';
import { replicate, type HelperMessage, type HelperRequest } from './replicate.js';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

/**
 * Helper workers for the untraced replications (one per core beyond two, at most 3), started
 * with this worker so they are warm when a run comes. Without Worker support here (nested
 * workers) the worker runs every replication itself.
 */
interface Helper { worker: Worker; busy: number; dead: boolean }
const helpers: Helper[] = [];
const HELPERS_MAX = 3;
try {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency ?? 1 : 1;
  // Two cores are left to this worker and the page: on a 2-core machine a helper made the
  // first run slower (1.9 s against 1.2 s request → KPIs, its start-up and the page compete).
  for (let i = 0; i < Math.min(HELPERS_MAX, cores - 2); i++) {
    const worker = new Worker(new URL('./helper-worker.ts', import.meta.url), { type: 'module', name: `orgflow-helper-${i + 1}` });
    const helper: Helper = { worker, busy: 0, dead: false };
    worker.addEventListener('message', (e: MessageEvent<HelperMessage>) => onHelper(helper, e.data));
    worker.addEventListener('error', () => { helper.dead = true; onHelperDead(helper); });
    helpers.push(helper);
  }
} catch {
  // no nested workers: every replication runs here
}

let latest = 0;
let finished: ReplicationRows[] = [];
let finishedScenario = { name: '', seed: 0 };

const post = (m: WorkerMessage): void => scope.postMessage(m);
/**
 * Lets queued messages (a newer run) in between replications. A MessageChannel message is a
 * task like the page's requests (queued after any request already waiting) but, unlike
 * setTimeout(0), it is not clamped to >= 4 ms after five nested timers (~160 ms per run).
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const breathe = (): Promise<void> => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

/** Parses first: an invalid file must not cancel the run of the scenario still shown. */
function start(req: RunRequest): void {
  const parsed = parseScenario(req.text, { file: req.file, overrides: req.overrides, mode: 'any' });
  if (!parsed.scenario) {
    post({
      type: 'invalid', id: req.id,
      issues: parsed.issues.map((i) => ({
        code: i.code, path: i.path, line: i.line, column: i.column, message: i.message,
        text: formatIssue(req.file, i),
      })),
    });
    return;
  }
  const scenario: Scenario = req.seed === null ? parsed.scenario : { ...parsed.scenario, seed: req.seed };
  const modes = MODES.filter((m) => scenario[m] !== null);
  latest = req.id;
  finished = [];
  post({
    type: 'accepted', id: req.id, layout: layoutOf(scenario, modes),
    warnings: parsed.warnings.map((w) => w.message),
  });
  run(req, scenario, modes).catch((err: unknown) => {
    post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  });
}

interface Task { mode: Mode; replication: number }
/** The run whose untraced replications are being shared out. */
interface Shared {
  id: number; scenario: Scenario; queue: Task[]; rows: ReplicationRows[]; total: number;
  /** Tasks handed to each helper and not yet answered. */
  given: Map<Helper, Task[]>; wake: (() => void) | null; error: string | null;
}
let shared: Shared | null = null;

function addRow(row: ReplicationRows): void {
  if (!shared) return;
  shared.rows.push(row);
  post({ type: 'progress', id: shared.id, done: shared.rows.length, total: shared.total });
}

/** Keeps each live helper with up to two tasks, so it never waits for the next one. */
function feed(): void {
  if (!shared) return;
  for (const h of helpers) {
    const given = shared.given.get(h) ?? [];
    shared.given.set(h, given);
    while (!h.dead && given.length < 2 && shared.queue.length > 0) {
      const task = shared.queue.shift()!;
      given.push(task);
      h.worker.postMessage({ type: 'task', id: shared.id, mode: task.mode, replication: task.replication } satisfies HelperRequest);
    }
  }
}

function onHelper(h: Helper, m: HelperMessage): void {
  if (!shared || m.id !== shared.id) return;
  if (m.type === 'failed') {
    shared.error = m.message;
  } else {
    const given = shared.given.get(h) ?? [];
    const at = given.findIndex((t) => t.mode === m.row.mode && t.replication === m.row.replication);
    if (at >= 0) given.splice(at, 1);
    addRow(m.row);
    feed();
  }
  shared.wake?.();
}

function onHelperDead(h: Helper): void {
  if (!shared) return;
  shared.queue.unshift(...(shared.given.get(h) ?? []));
  shared.given.set(h, []);
  shared.wake?.();
}

async function run(req: RunRequest, scenario: Scenario, modes: readonly Mode[]): Promise<void> {
  const total = modes.length * scenario.replications;
  const queue: Task[] = [];
  for (let r = 1; r < scenario.replications; r++) for (const mode of modes) queue.push({ mode, replication: r });
  const me: Shared = { id: req.id, scenario, queue, rows: [] as ReplicationRows[], total, given: new Map<Helper, Task[]>(), wake: null, error: null };
  shared = me;
  const live = helpers.filter((h) => !h.dead);
  for (const h of live) {
    h.worker.postMessage({ type: 'scenario', id: req.id, text: req.text, file: req.file, overrides: req.overrides, seed: req.seed } satisfies HelperRequest);
  }
  feed();
  for (const mode of modes) {
    const events: TraceEvent[] = [];
    const first = replicate(scenario, mode, 0, events);
    addRow(first);
    post({ type: 'replay', id: req.id, replay: { mode, events, concerns: first.concerns, hours: first.hours, metrics: first.metrics } });
    await breathe();
    if (latest !== req.id) return;
  }
  while (me.rows.length < total) {
    if (me.error !== null) throw new Error(me.error);
    const task = me.queue.shift();
    if (task) {
      addRow(replicate(scenario, task.mode, task.replication, null));
      await breathe();
    } else {
      // The rest is with the helpers: wait for one of them to answer.
      await new Promise<void>((resolve) => { me.wake = resolve; });
      me.wake = null;
    }
    if (latest !== req.id) return;
  }
  const rows = me.rows;
  shared = null;
  const of = (mode: Mode): Metrics[] => rows.filter((x) => x.mode === mode).sort((a, b) => a.replication - b.replication).map((x) => x.metrics);
  let result: ResultView;
  if (modes.length === 2) {
    const c = toCompareResult(scenario, of('silo'), of('team'));
    result = { silo: c.silo, team: c.team, difference: c.difference };
  } else {
    const only = toRunResult(scenario, modes[0], of(modes[0]));
    result = { silo: modes[0] === 'silo' ? only : null, team: modes[0] === 'team' ? only : null, difference: null };
  }
  finished = rows;
  finishedScenario = { name: scenario.name, seed: scenario.seed };
  post({ type: 'result', id: req.id, result });
}

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'run') {
    try {
      start(req);
    } catch (err) {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
  } else {
    post({
      type: 'csv', id: req.id,
      summary: summaryCsv(finishedScenario.name, finishedScenario.seed, finished), concerns: concernsCsv(finished), timeseries: timeseriesCsv(finished),
    });
  }
};
