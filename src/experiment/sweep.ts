// A sweep's result: one row per value and organisation with mean and 95% CI of the key
// metrics, and the values where the team starts or stops beating the silo on mean lead time.
import { summarise } from '../metrics/summarise.js';
import type { Estimate } from '../metrics/types.js';
import type { Mode } from '../scenario/types.js';
import type { MetricsByMode } from './assemble.js';

/** The metrics a sweep reports, as dotted paths into a MetricsSummary. */
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
export type SweepKey = (typeof SWEEP_KEYS)[number];

export interface SweepRow {
  value: number | string;
  mode: Mode;
  metrics: Record<SweepKey, Estimate>;
}

export interface Crossover {
  value: number | string;
  previous: number | string;
  change: 'team starts beating silo' | 'team stops beating silo';
}

/** How a value appears in JSON and CSV: a number when it is one, else the text as given. */
export function valueCell(value: string): number | string {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim()) ? Number(value) : value;
}

/** One row per value and organisation run, in that order; `groups[i]` holds value i's replications. */
export function sweepRows(values: readonly string[], modes: readonly Mode[], groups: readonly MetricsByMode[]): SweepRow[] {
  return values.flatMap((value, i) =>
    modes.map((mode) => {
      const summary = summarise(groups[i][mode]);
      const metrics = Object.fromEntries(SWEEP_KEYS.map((key) => [key, estimateAt(summary, key)])) as Record<SweepKey, Estimate>;
      return { value: valueCell(value), mode, metrics };
    }),
  );
}

function estimateAt(tree: unknown, key: SweepKey): Estimate {
  let node = tree;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as Estimate;
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

/** A row's metrics nested like those of `run --json` (leadTime.mean → leadTime: {mean}). */
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
