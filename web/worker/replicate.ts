// One replication as the worker and its helpers run it: the same src/ code as the CLI.
// The KPIs need only each replication's Metrics; records (concerns, hours) and the trace
// cost as much again to collect, so they are made only where they are used: replication 0
// for the replay and charts, and every replication when a CSV file is asked for.
import { simulate } from '../../src/run.js';
import type { Mode, Scenario } from '../../src/scenario/types.js';
import type { ScenarioFile } from '../../src/scenario/schema.js';
import type { ConcernRecord, HourRow, Metrics } from '../../src/metrics/types.js';
import type { TraceSink } from '../../src/trace/events.js';
import type { MetricsRow, ReplicationRows } from '../export/csv.js';

export function metricsOf(scenario: Scenario, mode: Mode, replication: number): MetricsRow {
  return { mode, replication, metrics: simulate(scenario, mode, replication) };
}

/** The replication again with its records (and its trace events into `sink`, if given). */
export function recordsOf(scenario: Scenario, mode: Mode, replication: number, sink: TraceSink | null): ReplicationRows {
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const metrics: Metrics = simulate(scenario, mode, replication, {
    ...(sink ? { sink } : {}),
    onConcern: (c) => concerns.push(c),
    onHour: (h) => hours.push(h),
  });
  return { mode, replication, metrics, concerns, hours };
}

/**
 * Between the simulation worker and its helper workers (replications for the KPIs). A helper
 * gets the validated file and rebuilds the Scenario with normalise(), so it loads neither
 * yaml nor zod and starts sooner.
 */
export type HelperRequest =
  { type: 'scenario'; id: number; data: ScenarioFile; seed: number | null } | { type: 'task'; id: number; mode: Mode; replication: number };
export type HelperMessage = { type: 'row'; id: number; row: MetricsRow } | { type: 'failed'; id: number; message: string };
