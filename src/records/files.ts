// Whole CSV files from records held in memory (the page's downloads): the same columns,
// cells and row order as the CLI's --csv files, so the bytes are equal.
import type { MetricsRow } from '../experiment/run-task.js';
import type { ConcernRecord, HourRow } from '../metrics/types.js';
import { csvHeader, csvRows, type Cell } from './csv.js';
import { CONCERN_COLUMNS, TIMESERIES_COLUMNS, cellsOf, summaryTable, writeConcern, writeHour } from './rows.js';

/** A replication with its records. */
export interface ReplicationRecords extends MetricsRow {
  concerns: ConcernRecord[];
  hours: HourRow[];
}

type Ordered = Pick<MetricsRow, 'mode' | 'replication'>;
/** The files' row order (silo 0…n−1, then team 0…n−1), also the order summaries take replications in. */
export const byModeAndReplication = (a: Ordered, b: Ordered): number =>
  a.mode === b.mode ? a.replication - b.replication : a.mode < b.mode ? -1 : 1;

const PLAIN = { excel: false };
const file = (columns: readonly string[], rows: Cell[][]): string => csvHeader(columns, PLAIN) + csvRows(rows, PLAIN);

export function summaryCsv(scenario: string, seed: number, rows: readonly MetricsRow[]): string {
  const table = summaryTable(scenario, seed, [...rows].sort(byModeAndReplication));
  return file(table.columns, table.rows);
}

export function concernsCsv(replications: readonly ReplicationRecords[]): string {
  const sorted = [...replications].sort(byModeAndReplication);
  return file(
    CONCERN_COLUMNS,
    sorted.flatMap((r) => r.concerns.map((c) => cellsOf(writeConcern, c, r))),
  );
}

export function timeseriesCsv(replications: readonly ReplicationRecords[]): string {
  const sorted = [...replications].sort(byModeAndReplication);
  return file(
    TIMESERIES_COLUMNS,
    sorted.flatMap((r) => r.hours.map((h) => cellsOf(writeHour, h, r))),
  );
}
