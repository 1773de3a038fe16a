// A sweep's result: one row per value and organisation with mean and 95% CI of the key
// metrics, and the values where the team starts or stops beating the silo on mean lead time.
import { summarise } from '../../src/metrics/index.js';
import type { Estimate, Metrics, MetricsSummary } from '../../src/metrics/types.js';
import type { Mode } from '../../src/scenario/types.js';
import { METRIC_SPECS, at, type MetricSpec } from '../output/metric-specs.js';
import { valueCell } from './values.js';

export const SWEEP_KEYS = [
  'throughputPerDay',
  'leadTime.mean',
  'leadTime.p85',
  'waitTime.mean',
  'errorRate',
  'handoffsPerConcern',
  'utilisation.overall',
  'open',
] as const;
export const SWEEP_SPECS: readonly MetricSpec[] = SWEEP_KEYS.map((key) => METRIC_SPECS.find((s) => s.key === key)!);

export interface SweepRow {
  value: number | string;
  mode: Mode;
  metrics: Record<string, Estimate>;
}

export interface Crossover {
  value: number | string;
  previous: number | string;
  change: 'team starts beating silo' | 'team stops beating silo';
}

export function sweepRows(values: readonly string[], modes: readonly Mode[], results: readonly Record<Mode, Metrics[]>[]): SweepRow[] {
  return values.flatMap((value, i) =>
    modes.map((mode) => {
      const summary: MetricsSummary = summarise(results[i][mode]);
      const metrics: Record<string, Estimate> = {};
      for (const spec of SWEEP_SPECS) metrics[spec.key] = at(summary, spec) as Estimate;
      return { value: valueCell(value), mode, metrics };
    }),
  );
}

/** Does the team beat the silo on mean lead time at each value (null when either is undefined)? */
function teamBeats(rows: readonly SweepRow[], value: number | string): boolean | null {
  const lead = (mode: Mode) => rows.find((r) => r.value === value && r.mode === mode)?.metrics['leadTime.mean']?.mean;
  const silo = lead('silo');
  const team = lead('team');
  if (silo === undefined || team === undefined || Number.isNaN(silo) || Number.isNaN(team)) return null;
  return team < silo;
}

export function crossovers(rows: readonly SweepRow[]): Crossover[] {
  const values = [...new Set(rows.map((r) => r.value))];
  const out: Crossover[] = [];
  let before: { value: number | string; beats: boolean } | null = null;
  for (const value of values) {
    const beats = teamBeats(rows, value);
    if (beats === null) continue;
    if (before && before.beats !== beats) {
      out.push({ value, previous: before.value, change: beats ? 'team starts beating silo' : 'team stops beating silo' });
    }
    before = { value, beats };
  }
  return out;
}

/** The JSON of `sweep --json`: rows nested like the metrics of `run --json` (leadTime.mean → leadTime: {mean}). */
export function nestedMetrics(row: SweepRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, estimate] of Object.entries(row.metrics)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = estimate;
  }
  return out;
}
