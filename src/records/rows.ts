// The record files' columns, and how one record becomes a row (CSV) or a line (JSON Lines).
// The CLI's files and the page's downloads are both made of these, so their bytes agree.
// What each column means: docs/model.md, "CSV files".
import type { ConcernRecord, HourRow, Metrics } from '../metrics/types.js';
import type { ReplicationTask } from '../experiment/plan.js';
import type { TraceEvent } from '../trace/events.js';
import type { SweepKey, SweepRow } from '../experiment/sweep.js';
import { SWEEP_KEYS } from '../experiment/sweep.js';
import type { Cell } from './csv.js';
import type { PieceRecord } from './pieces.js';

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

export const TASK_COLUMNS = [
  'concern',
  'type',
  'task',
  'piece',
  'skill',
  'unit',
  'worker',
  'ready',
  'started',
  'finished',
  'mode',
  'replication',
  'readyAt',
  'startedAt',
  'finishedAt',
] as const;

/** A tasks.csv row; `stamp` turns clock minutes into calendar timestamps (clock-time.ts). */
export function taskRow(p: PieceRecord, { mode, replication }: ReplicationTask, stamp: (minutes: number) => string): Cell[] {
  return [
    p.concern,
    p.type,
    p.task,
    p.piece,
    p.skill,
    p.unit,
    p.worker,
    p.ready,
    p.started,
    p.finished,
    mode,
    replication,
    stamp(p.ready),
    stamp(p.started),
    stamp(p.finished),
  ];
}

/**
 * Columns whose text never needs quoting or defusing (CsvLines writes them as they are): the
 * organisation, the piece kind, concern ids (digits and "/") and timestamps. Ids from the
 * scenario (types, tasks, units) may hold any character and are not plain.
 */
const plainColumns = (columns: readonly string[], plain: readonly string[]): boolean[] => columns.map((c) => plain.includes(c));
export const CONCERN_PLAIN = plainColumns(CONCERN_COLUMNS, ['id', 'mode']);
export const TIMESERIES_PLAIN = plainColumns(TIMESERIES_COLUMNS, ['mode']);
export const TASK_PLAIN = plainColumns(TASK_COLUMNS, ['concern', 'piece', 'mode', 'readyAt', 'startedAt', 'finishedAt']);

export function concernRow(r: ConcernRecord, { mode, replication }: ReplicationTask): Cell[] {
  return [r.id, r.type, mode, replication, r.arrival, r.completion, r.lead, r.wait, r.touch, r.handoffs, r.errors, r.failureDemand];
}

export function hourRow(h: HourRow, { mode, replication }: ReplicationTask): Cell[] {
  return [mode, replication, h.hour, h.arrived, h.started, h.completed, h.wip];
}

/** One JSON Lines record: which run it came from first, then the event as the model emitted it. */
export function traceLine(event: TraceEvent, { mode, replication }: ReplicationTask): string {
  return `${JSON.stringify({ mode, replication, ...event })}\n`;
}

/** summary.csv's rows: one per organisation and replication. */
export interface SummaryEntry extends ReplicationTask {
  metrics: Metrics;
}

type Tree = number | { readonly [key: string]: Tree };

/** Leaves of a metrics tree as [dotted key, value], in the tree's own key order. */
export function flatten(tree: Tree, prefix = ''): [string, number][] {
  if (typeof tree === 'number') return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * summary.csv: every metric key flattened with dots (leadTime.mean,
 * utilisation.byUnit.stammdaten), so a spreadsheet can pivot it. Units that exist in only
 * one organisation get empty cells in the other.
 */
export function summaryTable(scenario: string, seed: number, entries: readonly SummaryEntry[]): { columns: string[]; rows: Cell[][] } {
  const flat = entries.map((e) => new Map(flatten(e.metrics as unknown as Tree)));
  const keys = new Set<string>();
  for (const m of flat) for (const key of m.keys()) keys.add(key);
  const columns = ['scenario', 'mode', 'replication', 'seed', ...keys];
  const rows = entries.map((e, i) => [scenario, e.mode, e.replication, seed, ...[...keys].map((k) => flat[i].get(k))]);
  return { columns, rows };
}

/** The sweep CSV: each key metric as mean and CI bounds (leadTime.mean.mean, leadTime.mean.ci95.low, …). */
export function sweepTable(param: string, rows: readonly SweepRow[]): { columns: string[]; rows: Cell[][] } {
  const columns = ['param', 'value', 'mode', ...SWEEP_KEYS.flatMap((k) => [`${k}.mean`, `${k}.ci95.low`, `${k}.ci95.high`])];
  const cells = rows.map((row) => [
    param,
    row.value,
    row.mode,
    ...SWEEP_KEYS.flatMap((k: SweepKey) => {
      const e = row.metrics[k];
      return [e?.mean, e?.ci95[0], e?.ci95[1]];
    }),
  ]);
  return { columns, rows: cells };
}
