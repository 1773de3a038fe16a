// The module Web Worker that runs the engine: the same src/ code as the CLI, so every KPI
// equals `orgflow compare --json`. A run computes every replication's Metrics (shared with
// helper workers) and posts the KPIs; replication 0 of each organisation is traced for the
// replay and charts when the page asks for it. A newer request cancels an older one between
// replications. CSV records are recomputed when asked for (the engine is deterministic).
import { toCompareResult, toRunResult } from '../../src/run.js';
import { MODES, type Mode, type Scenario } from '../../src/scenario/types.js';
import type { ScenarioFile } from '../../src/scenario/schema.js';
import type { Metrics } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { buildReplay } from '../replay/replay.js';
import { packReplay, transferablesOf } from '../replay/packed-replay.js';
import { layoutOf } from './layout.js';
import type { CsvRequest, ReplayData, ReplayRequest, ResultView, RunRequest, WorkerMessage, WorkerRequest } from './protocol.js';
import { checkShipped, validate, type Accepted } from './validate.js';
import { byModeAndReplication, concernsCsv, summaryCsv, timeseriesCsv, type MetricsRow, type ReplicationRows } from '../export/csv.js';
import { metricsOf, recordsOf, type HelperMessage, type HelperRequest } from './replicate.js';
import { ComputedRows, organisationKey } from './computed.js';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

interface Task {
  mode: Mode;
  replication: number;
}
const keyOf = (t: Task): string => `${t.mode}:${t.replication}`;

/**
 * Helper workers, one per core beyond this worker's (the page starts them, web/app/workers.ts,
 * and hands over a port to each): while a run computes, the page's thread is idle, so on two
 * cores this worker and one helper share the replications. A helper is handed its first tasks
 * at once, even while it is still loading (they wait in its queue), so it starts computing the
 * moment it can; a slow one cannot hold up a run, because at the end this worker runs what a
 * helper still holds too. It holds up to IN_FLIGHT tasks: this worker hears of a finished one
 * only between its own replications, and the helper must not sit idle until then. Without
 * helpers this worker runs every replication.
 */
interface Helper {
  port: MessagePort;
  dead: boolean;
  /** The run whose scenario it holds. */
  scenarioOf: number;
  /** What it has been handed (of run `tasksOf`) and not yet answered, oldest first. */
  tasks: Task[];
  tasksOf: number;
}
const IN_FLIGHT = 2;
const helpers: Helper[] = [];

/**
 * On a page's first run the engine's code is not compiled yet, and compiling it is most of
 * that run's time: V8 compiles the hot model code once per thread, on the same two cores
 * that run the replications. So on the first run each thread keeps to one organisation and
 * compiles half of the model: this worker takes replications from the front of the queue
 * (silo), the helpers from the back (team). Later runs hand out in queue order, which lets
 * the threads end closer together. Each thread runs the other organisation once as soon as
 * the settings have rested after the first run (warmUp), so a slider moved after that finds
 * both compiled in both threads.
 */
let firstRun = true;

function hand(h: Helper, id: number, task: Task): void {
  h.tasks.push(task);
  h.tasksOf = id;
  h.port.postMessage({ type: 'task', id, mode: task.mode, replication: task.replication } satisfies HelperRequest);
}

function adoptHelpers(ports: readonly MessagePort[]): void {
  for (const port of ports) {
    const helper: Helper = { port, dead: false, scenarioOf: 0, tasks: [], tasksOf: 0 };
    port.onmessage = (e: MessageEvent<HelperMessage>) => onHelper(helper, e.data);
    helpers.push(helper);
  }
}

/** The run being computed: its request, what is left to hand out, and what came back. */
interface Run {
  req: RunRequest;
  data: ScenarioFile;
  queue: Task[];
  rows: Map<string, MetricsRow>;
  total: number;
  wake: (() => void) | null;
  error: string | null;
}
let active: Run | null = null;
let latest = 0;
/** The last run whose KPIs were posted: what a CSV export and a replay are made of. */
let finished: { id: number; scenario: Scenario; modes: readonly Mode[]; rows: MetricsRow[] } | null = null;

const post = (m: WorkerMessage, transfer: Transferable[] = []): void => scope.postMessage(m, transfer);
/**
 * Lets queued messages (a newer run, a helper's answer) in between replications. A
 * MessageChannel message is a task like the page's requests (queued after any request already
 * waiting) but, unlike setTimeout(0), it is not clamped to >= 4 ms after five nested timers.
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const breathe = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/**
 * Run requests are validated one after another: one that waits for the parser to load must
 * not be overtaken by a later one. Validation first: an invalid file must not cancel the run
 * of the scenario still shown.
 */
let validating: Promise<void> = Promise.resolve();
function enqueueRun(req: RunRequest): void {
  validating = validating
    .then(async () => {
      const accepted = await validate(req);
      if (Array.isArray(accepted)) post({ type: 'invalid', id: req.id, issues: accepted });
      else start(req, accepted);
    })
    .catch((err: unknown) => {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
    });
}

function start(req: RunRequest, accepted: Accepted): void {
  const scenario: Scenario = req.seed === null ? accepted.scenario : { ...accepted.scenario, seed: req.seed };
  const modes = MODES.filter((m) => scenario[m] !== null);
  latest = req.id;
  // The run being replaced stops handing out tasks and, if it waits for a helper, wakes to see it is cancelled.
  const replaced = active;
  active = null;
  replaced?.wake?.();
  post({ type: 'accepted', id: req.id, layout: layoutOf(scenario, modes), values: accepted.values, warnings: accepted.warnings });
  compute(req, scenario, accepted.data, modes)
    .then(() => accepted.shipped && checkShipped(req, accepted.shipped))
    .catch((err: unknown) => {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
    });
}

/** Progress goes to the page at most this often: each update costs the page a paint. */
const PROGRESS_EVERY_MS = 100;
let progressAt = 0;

function addRow(run: Run, row: MetricsRow): void {
  const key = keyOf(row);
  // In the end game this worker and a helper may both have run it: the first answer counts.
  if (run.rows.has(key)) return;
  run.rows.set(key, row);
  const now = performance.now();
  if (now - progressAt < PROGRESS_EVERY_MS) return;
  progressAt = now;
  post({ type: 'progress', id: run.req.id, done: run.rows.size, total: run.total });
}

/** Tops each helper up to IN_FLIGHT tasks of the active run. */
function feed(): void {
  const run = active;
  if (!run) return;
  for (const h of helpers) {
    if (h.dead) continue;
    // Still on tasks of an earlier (cancelled) run: it gets new ones once it has answered those.
    if (h.tasks.length > 0 && h.tasksOf !== run.req.id) continue;
    if (h.scenarioOf !== run.req.id) {
      h.port.postMessage({ type: 'scenario', id: run.req.id, data: run.data, seed: run.req.seed } satisfies HelperRequest);
      h.scenarioOf = run.req.id;
    }
    while (h.tasks.length < IN_FLIGHT && run.queue.length > 0) {
      hand(h, run.req.id, (firstRun ? run.queue.pop() : run.queue.shift())!);
    }
  }
}

function onHelper(h: Helper, m: HelperMessage): void {
  // A helper answers its tasks in the order it got them.
  h.tasks.shift();
  const run = active;
  if (run && m.id === run.req.id) {
    if (m.type === 'failed') run.error = m.message;
    else addRow(run, m.row);
  }
  feed();
  active?.wake?.();
}

function onHelperDead(h: Helper): void {
  h.dead = true;
  const run = active;
  if (run && h.tasksOf === run.req.id) run.queue.unshift(...h.tasks);
  h.tasks = [];
  run?.wake?.();
}

/**
 * When nothing is left to hand out: a task a helper holds, for this worker to run too (the
 * first answer counts). The last one it was handed, which it will get to last.
 */
function straggler(run: Run): Task | null {
  for (const h of helpers) {
    if (h.tasksOf !== run.req.id) continue;
    for (let i = h.tasks.length - 1; i >= 0; i--) if (!run.rows.has(keyOf(h.tasks[i]))) return h.tasks[i];
  }
  return null;
}

/** Both organisations of the last 8 settings run (see computed.ts). */
const computed = new ComputedRows(16);

async function compute(req: RunRequest, scenario: Scenario, data: ScenarioFile, modes: readonly Mode[]): Promise<void> {
  const keys = new Map(modes.map((m) => [m, organisationKey(data, scenario.seed, m)]));
  const missing = modes.filter((m) => computed.get(keys.get(m)!) === undefined);
  if (missing.length > 0) {
    const fresh = await replicate(req, scenario, data, missing);
    if (!fresh) return;
    for (const m of missing)
      computed.set(
        keys.get(m)!,
        fresh.filter((x) => x.mode === m),
      );
  }
  const rows = modes.flatMap((m) => computed.get(keys.get(m)!)!);
  const of = (mode: Mode): Metrics[] => rows.filter((x) => x.mode === mode).map((x) => x.metrics);
  let result: ResultView;
  if (modes.length === 2) {
    const c = toCompareResult(scenario, of('silo'), of('team'));
    result = { silo: c.silo, team: c.team, difference: c.difference };
  } else {
    const only = toRunResult(scenario, modes[0], of(modes[0]));
    result = { silo: modes[0] === 'silo' ? only : null, team: modes[0] === 'team' ? only : null, difference: null };
  }
  finished = { id: req.id, scenario, modes, rows };
  post({ type: 'result', id: req.id, result });
}

/** Every replication's Metrics, in mode and replication order; null when a newer run cancelled it. */
async function replicate(req: RunRequest, scenario: Scenario, data: ScenarioFile, modes: readonly Mode[]): Promise<MetricsRow[] | null> {
  const queue: Task[] = [];
  // Silo replications first: they take about twice as long, so the last ones handed out are
  // short and the two threads finish close together.
  for (const mode of modes) for (let r = 0; r < scenario.replications; r++) queue.push({ mode, replication: r });
  const run: Run = { req, data, queue, rows: new Map(), total: queue.length, wake: null, error: null };
  active = run;
  progressAt = performance.now();
  feed();
  while (run.rows.size < run.total) {
    if (run.error !== null) throw new Error(run.error);
    const task = run.queue.shift() ?? straggler(run);
    if (task) {
      addRow(run, metricsOf(scenario, task.mode, task.replication));
      await breathe();
    } else {
      await new Promise<void>((resolve) => {
        run.wake = resolve;
      });
      run.wake = null;
    }
    if (latest !== req.id) return null;
  }
  active = null;
  firstRun = false;
  return [...run.rows.values()].sort(byModeAndReplication);
}

/**
 * The replay and the charts: replication 0 again, traced (the same Metrics as in the KPIs),
 * its replay built here and transferred packed, so that the page only unpacks it.
 */
async function replay(req: ReplayRequest): Promise<void> {
  const done = finished;
  if (!done || done.id !== req.id) return;
  for (const mode of done.modes) {
    if (latest !== req.id) return;
    const events: TraceEvent[] = [];
    const first = recordsOf(done.scenario, mode, 0, (e) => events.push(e));
    // A run request that came meanwhile goes first; this replay would be stale anyway.
    await breathe();
    if (latest !== req.id) return;
    const typeIds = done.scenario.concernTypes.map((c) => c.id);
    const replay = packReplay(buildReplay(mode, events, done.scenario.horizon, typeIds));
    const data: ReplayData = { mode, replay, concerns: first.concerns, hours: first.hours, metrics: first.metrics };
    post({ type: 'replay', id: req.id, replay: data }, transferablesOf(replay));
    await breathe();
  }
  await warmUp(req.id, done.scenario, done.modes);
}

/**
 * Once per page, after the first replay (the settings have rested, see ReplayRequest): each
 * thread runs one replication, untraced, of the organisation it did not run on the first
 * run, and this worker also of the one it has just traced (tracing changes what the compiled
 * model code calls). Results are discarded; what counts is that the code is compiled before
 * the first slider move, not during it.
 */
let warmed = false;
async function warmUp(id: number, scenario: Scenario, modes: readonly Mode[]): Promise<void> {
  if (warmed || latest !== id) return;
  warmed = true;
  // With one organisation the helpers have run it already. A helper's answer of an older run
  // is ignored (onHelper), so it can hold this task like any other.
  if (modes.length > 1)
    for (const h of helpers) if (!h.dead && h.tasks.length === 0 && h.scenarioOf === id) hand(h, id, { mode: modes[0], replication: 0 });
  for (const mode of modes) {
    metricsOf(scenario, mode, 0);
    await breathe();
    if (latest !== id) return;
  }
}

/** A CSV file of the last finished run; concerns and hours are recomputed replication by replication. */
async function csv(req: CsvRequest): Promise<void> {
  const done = finished;
  if (!done) return post({ type: 'csv', id: req.id, kind: req.kind, text: null, error: 'no finished run to export yet' });
  const { scenario, rows } = done;
  if (req.kind === 'summary')
    return post({ type: 'csv', id: req.id, kind: req.kind, text: summaryCsv(scenario.name, scenario.seed, rows), error: null });
  const records: ReplicationRows[] = [];
  for (const row of rows) {
    records.push(recordsOf(scenario, row.mode, row.replication, null));
    await breathe();
  }
  post({
    type: 'csv',
    id: req.id,
    kind: req.kind,
    text: req.kind === 'concerns' ? concernsCsv(records) : timeseriesCsv(records),
    error: null,
  });
}

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'helpers') {
    adoptHelpers(req.ports);
  } else if (req.type === 'helper-lost') {
    const helper = helpers[req.index];
    if (helper && !helper.dead) onHelperDead(helper);
  } else if (req.type === 'run') {
    enqueueRun(req);
  } else if (req.type === 'replay') {
    replay(req).catch((err: unknown) => {
      post({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
    });
  } else {
    csv(req).catch((err: unknown) => {
      post({ type: 'csv', id: req.id, kind: req.kind, text: null, error: err instanceof Error ? err.message : String(err) });
    });
  }
};
