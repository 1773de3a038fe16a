// The module Web Worker that runs the engine: the same src/ code as the CLI, so every KPI
// equals `orgflow compare --json`. Replication 0 of each mode is traced for the replay;
// the rest only feed the summaries. A newer request cancels an older one between
// replications.
import { parseScenario, formatIssue } from '../../src/scenario/index.js';
import { simulate, toCompareResult, toRunResult } from '../../src/run.js';
import { MODES, type Mode, type Scenario } from '../../src/scenario/types.js';
import type { ConcernRecord, HourRow, Metrics } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { layoutOf } from './layout.js';
import type { ResultView, RunRequest, WorkerMessage, WorkerRequest } from './protocol.js';
import { concernsCsv, summaryCsv, timeseriesCsv, type ReplicationRows } from '../export/csv.js';

const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
};

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

function replicate(scenario: Scenario, mode: Mode, r: number, trace: TraceEvent[] | null): ReplicationRows {
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const metrics: Metrics = simulate(scenario, mode, r, {
    ...(trace ? { sink: (e: TraceEvent) => trace.push(e) } : {}),
    onConcern: (c) => concerns.push(c),
    onHour: (h) => hours.push(h),
  });
  return { mode, replication: r, metrics, concerns, hours };
}

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

async function run(req: RunRequest, scenario: Scenario, modes: readonly Mode[]): Promise<void> {

  const rows: ReplicationRows[] = [];
  const total = modes.length * scenario.replications;
  for (const mode of modes) {
    const events: TraceEvent[] = [];
    const first = replicate(scenario, mode, 0, events);
    rows.push(first);
    post({ type: 'replay', id: req.id, replay: { mode, events, concerns: first.concerns, hours: first.hours, metrics: first.metrics } });
    post({ type: 'progress', id: req.id, done: rows.length, total });
    await breathe();
    if (latest !== req.id) return;
  }
  for (let r = 1; r < scenario.replications; r++) {
    for (const mode of modes) {
      rows.push(replicate(scenario, mode, r, null));
      post({ type: 'progress', id: req.id, done: rows.length, total });
      await breathe();
      if (latest !== req.id) return;
    }
  }
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
