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

/**
 * Where a record's cells go, column by column, in the columns' order: CsvBytes (the record
 * files, hot path: no array or string per row) or cellsOf (an array of cells for
 * csv-stringify). The method called says how a cell is written.
 */
export interface RowWriter {
  /** Text from the scenario (ids may hold any character): defused and quoted as needed. */
  text(value: string): void;
  /** Text that never needs quoting or defusing: organisations, piece kinds, concern ids (digits and "/"). */
  plain(value: string): void;
  /** A number; null and NaN are empty cells. */
  number(value: number | null): void;
  flag(value: boolean): void;
  /** Minutes of the clock, written as a calendar timestamp (clock-time.ts). */
  clock(minutes: number): void;
  /** Ends the row. */
  end(): void;
}

/** One row of concerns.csv. */
export function writeConcern(w: RowWriter, r: ConcernRecord, { mode, replication }: ReplicationTask): void {
  w.plain(r.id);
  w.text(r.type);
  w.plain(mode);
  w.number(replication);
  w.number(r.arrival);
  w.number(r.completion);
  w.number(r.lead);
  w.number(r.wait);
  w.number(r.touch);
  w.number(r.handoffs);
  w.number(r.errors);
  w.flag(r.failureDemand);
  w.end();
}

/** One row of timeseries.csv. */
export function writeHour(w: RowWriter, h: HourRow, { mode, replication }: ReplicationTask): void {
  w.plain(mode);
  w.number(replication);
  w.number(h.hour);
  w.number(h.arrived);
  w.number(h.started);
  w.number(h.completed);
  w.number(h.wip);
  w.end();
}

/** One row of tasks.csv: times in clock minutes, then again as calendar timestamps. */
export function writeTask(w: RowWriter, p: PieceRecord, { mode, replication }: ReplicationTask): void {
  w.plain(p.concern);
  w.text(p.type);
  w.text(p.task);
  w.plain(p.piece);
  w.text(p.skill);
  w.text(p.unit);
  w.number(p.worker);
  w.number(p.ready);
  w.number(p.started);
  w.number(p.finished);
  w.plain(mode);
  w.number(replication);
  w.clock(p.ready);
  w.clock(p.started);
  w.clock(p.finished);
  w.end();
}

/** A record's row as cells, for csv-stringify (the page's downloads, which have no clock columns). */
export function cellsOf<R>(write: (w: RowWriter, record: R, task: ReplicationTask) => void, record: R, task: ReplicationTask): Cell[] {
  const cells: Cell[] = [];
  const push = (value: Cell) => {
    cells.push(value);
  };
  write(
    {
      text: push,
      plain: push,
      number: push,
      flag: push,
      clock() {
        throw new Error('cellsOf: clock columns are written by CsvBytes only');
      },
      end() {},
    },
    record,
    task,
  );
  return cells;
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
