// One replication as the worker and its helpers run it: the same src/ code as the CLI.
import { simulate } from '../../src/run.js';
import type { Mode, Scenario } from '../../src/scenario/types.js';
import type { ConcernRecord, HourRow, Metrics } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import type { ReplicationRows } from '../export/csv.js';

export function replicate(scenario: Scenario, mode: Mode, r: number, trace: TraceEvent[] | null): ReplicationRows {
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const metrics: Metrics = simulate(scenario, mode, r, {
    ...(trace ? { sink: (e: TraceEvent) => trace.push(e) } : {}),
    onConcern: (c) => concerns.push(c),
    onHour: (h) => hours.push(h),
  });
  return { mode, replication: r, metrics, concerns, hours };
}

/** Between the simulation worker and its helper workers (untraced replications). */
export type HelperRequest =
  | { type: 'scenario'; id: number; text: string; file: string; overrides: { path: string; value: string }[]; seed: number | null }
  | { type: 'task'; id: number; mode: Mode; replication: number };
export type HelperMessage =
  | { type: 'row'; id: number; row: ReplicationRows }
  | { type: 'failed'; id: number; message: string };
