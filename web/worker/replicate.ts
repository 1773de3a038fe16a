// One replication as the worker and its helpers run it: the experiment core's runTask, the
// same code as the CLI's. The KPIs need only each replication's Metrics; records (concerns,
// hours) and the trace cost as much again to collect, so they are made only where they are
// used: replication 0 for the replay and charts, and every replication when a CSV file is
// asked for.
import {
  runTask,
  type ConcernRecord,
  type HourRow,
  type MetricsRow,
  type ReplicationRecords,
  type ReplicationTask,
  type Scenario,
  type ScenarioFile,
  type TraceSink,
} from '../../src/index.js';

export function metricsOf(scenario: Scenario, task: ReplicationTask): MetricsRow {
  return runTask(scenario, task);
}

/** The replication again with its records (and its trace events into `sink`, if given). */
export function recordsOf(scenario: Scenario, task: ReplicationTask, sink: TraceSink | null): ReplicationRecords {
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const records = { onConcern: (c: ConcernRecord) => concerns.push(c), onHour: (h: HourRow) => hours.push(h), ...(sink ? { sink } : {}) };
  return { ...runTask(scenario, task, { records }), concerns, hours };
}

/**
 * Between the simulation worker and its helper workers (replications for the KPIs). A helper
 * gets the validated file (its seed included) and rebuilds the Scenario with normalise(), so
 * it loads neither yaml nor zod and starts sooner.
 */
export type HelperRequest = { type: 'scenario'; id: number; data: ScenarioFile } | ({ type: 'task'; id: number } & ReplicationTask);
export type HelperMessage = { type: 'row'; id: number; row: MetricsRow } | { type: 'failed'; id: number; message: string };
