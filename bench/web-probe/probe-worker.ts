/// <reference types="vite/client" />
// The engine probe's worker: the computation of web/worker/sim-worker.ts for the shipped
// default scenario (replication 0 of each organisation traced into an array for the replay,
// replications 1-19 untraced, then the comparison), timed phase by phase.
import scenarioText from '../../scenarios/versicherung.yaml?raw';
import { loadParser, MODES, perMode, runTask, toCompareResult, type Metrics, type TraceEvent } from '../../src/index.js';

const { parseScenario } = await loadParser();

export interface ProbeReport {
  run: number;
  /** From the page's request to the worker starting on it (worker start-up for run 1); epoch milliseconds on both sides. */
  queuedMs: number;
  parseMs: number;
  tracedMs: number;
  untracedMs: number;
  summaryMs: number;
  totalMs: number;
  traceEvents: number;
  postedAt: number;
  events: TraceEvent[][];
}

const scope = globalThis as unknown as {
  postMessage(m: ProbeReport): void;
  onmessage: ((e: MessageEvent<{ run: number; sentAt: number }>) => void) | null;
};

/** Milliseconds since the epoch, comparable between the page and its worker (their performance.now() origins differ). */
const clock = (): number => performance.timeOrigin + performance.now();

scope.onmessage = (e) => {
  const t0 = performance.now();
  const startedAt = clock();
  const parsed = parseScenario(scenarioText, { file: 'versicherung.yaml' });
  if (!parsed.scenario) throw new Error('versicherung.yaml did not parse');
  const scenario = parsed.scenario;
  const t1 = performance.now();
  const metrics = perMode((): Metrics[] => []);
  const events: TraceEvent[][] = [];
  for (const mode of MODES) {
    const trace: TraceEvent[] = [];
    metrics[mode].push(runTask(scenario, { mode, replication: 0 }, { records: { sink: (ev) => trace.push(ev) } }).metrics);
    events.push(trace);
  }
  const t2 = performance.now();
  for (let r = 1; r < scenario.replications; r++)
    for (const mode of MODES) metrics[mode].push(runTask(scenario, { mode, replication: r }).metrics);
  const t3 = performance.now();
  toCompareResult(scenario, metrics);
  const t4 = performance.now();
  scope.postMessage({
    run: e.data.run,
    queuedMs: startedAt - e.data.sentAt,
    parseMs: t1 - t0,
    tracedMs: t2 - t1,
    untracedMs: t3 - t2,
    summaryMs: t4 - t3,
    totalMs: t4 - t0,
    traceEvents: events[0].length + events[1].length,
    postedAt: clock(),
    events,
  });
};
