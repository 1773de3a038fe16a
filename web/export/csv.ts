// CSV export with the CLI's columns and cell rules (DESIGN §7, README "CSV files and their columns"): summary.csv
// (one row per mode and replication, metric keys flattened with dots), concerns.csv and
// timeseries.csv; rows in the order silo 0…n−1, then team 0…n−1. A test checks that
// these bytes equal the CLI's for the same records.
import type { Mode } from '../../src/scenario/types.js';
import type { ConcernRecord, HourRow, Metrics } from '../../src/metrics/types.js';

/** One replication's Metrics: all the KPIs and summary.csv need. */
export interface MetricsRow {
  mode: Mode;
  replication: number;
  metrics: Metrics;
}

/** With its records, for concerns.csv and timeseries.csv. */
export interface ReplicationRows extends MetricsRow {
  concerns: ConcernRecord[];
  hours: HourRow[];
}

type Cell = string | number | boolean | null | undefined;

export const CONCERN_COLUMNS = [
  'id',
  'type',
  'mode',
  'replication',
  'arrival',
  'completion',
  'lead',
  'wait',
  'touch',
  'handoffs',
  'errors',
  'failureDemand',
] as const;

export const TIMESERIES_COLUMNS = ['mode', 'replication', 'hour', 'arrived', 'started', 'completed', 'wip'] as const;

/** Text starting like a formula gets a leading ' so a spreadsheet never runs it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field holding a separator, a quote or a line break. NaN is empty. */
export function csvField(v: Cell): string {
  let s: string;
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) s = '';
  else if (typeof v === 'string') s = FORMULA_START.test(v) ? `'${v}` : v;
  else s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** Every number of a metrics tree under its dotted key, in the tree's own order. */
export function flattenMetrics(tree: unknown, prefix = ''): [string, number][] {
  if (typeof tree === 'number') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => flattenMetrics(v, prefix === '' ? k : `${prefix}.${k}`));
}

type Ordered = Pick<MetricsRow, 'mode' | 'replication'>;
/** The CSV files' row order, which is also the order the summaries take replications in. */
export const byModeAndReplication = (a: Ordered, b: Ordered): number =>
  a.mode === b.mode ? a.replication - b.replication : a.mode < b.mode ? -1 : 1;

export function summaryCsv(scenario: string, seed: number, rows: readonly MetricsRow[]): string {
  const sorted = [...rows].sort(byModeAndReplication);
  const keys: string[] = [];
  for (const r of sorted) for (const [k] of flattenMetrics(r.metrics)) if (!keys.includes(k)) keys.push(k);
  const body = sorted.map((r) => {
    const flat = new Map(flattenMetrics(r.metrics));
    return [scenario, r.mode, r.replication, seed, ...keys.map((k) => flat.get(k))];
  });
  return csvText(['scenario', 'mode', 'replication', 'seed', ...keys], body);
}

export function concernsCsv(rows: readonly ReplicationRows[]): string {
  const body: Cell[][] = [];
  for (const r of [...rows].sort(byModeAndReplication)) {
    for (const c of r.concerns) {
      body.push([
        c.id,
        c.type,
        r.mode,
        r.replication,
        c.arrival,
        c.completion,
        c.lead,
        c.wait,
        c.touch,
        c.handoffs,
        c.errors,
        c.failureDemand,
      ]);
    }
  }
  return csvText(CONCERN_COLUMNS, body);
}

export function timeseriesCsv(rows: readonly ReplicationRows[]): string {
  const body: Cell[][] = [];
  for (const r of [...rows].sort(byModeAndReplication)) {
    for (const h of r.hours) body.push([r.mode, r.replication, h.hour, h.arrived, h.started, h.completed, h.wip]);
  }
  return csvText(TIMESERIES_COLUMNS, body);
}
