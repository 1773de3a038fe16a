/// <reference types="vite/client" />
// The engine probe's worker: the computation of web/worker/sim-worker.ts for the shipped
// default scenario (replication 0 of each organisation traced into an array for the replay,
// replications 1-19 untraced, then the comparison), timed phase by phase.
import scenarioText from '../../scenarios/versicherung.yaml?raw';
import { simulate, toCompareResult } from '../../src/run.js';
import type { Metrics } from '../../src/metrics/types.js';
import { parseScenario } from '../../src/scenario/index.js';
import { MODES, type Mode } from '../../src/scenario/types.js';
import type { TraceEvent } from '../../src/trace/events.js';

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
  const metrics: Record<Mode, Metrics[]> = { silo: [], team: [] };
  const events: TraceEvent[][] = [];
  for (const mode of MODES) {
    const trace: TraceEvent[] = [];
    metrics[mode].push(simulate(scenario, mode, 0, { sink: (ev) => trace.push(ev) }));
    events.push(trace);
  }
  const t2 = performance.now();
  for (let r = 1; r < scenario.replications; r++) for (const mode of MODES) metrics[mode].push(simulate(scenario, mode, r));
  const t3 = performance.now();
  toCompareResult(scenario, metrics.silo, metrics.team);
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
