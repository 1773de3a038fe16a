// summary.csv: one row per organisation and replication, every metric key flattened with
// dots (leadTime.mean, utilisation.byUnit.stammdaten), so a spreadsheet can pivot it.
import type { Metrics } from '../../src/metrics/types.js';
import type { Mode } from '../../src/scenario/types.js';
import type { Cell } from './csv.js';

export interface SummaryEntry {
  mode: Mode;
  replication: number;
  metrics: Metrics;
}

type Tree = number | { readonly [key: string]: Tree };

/** Leaves of a metrics tree as [dotted key, value], in the tree's own key order. */
export function flatten(tree: Tree, prefix = ''): [string, number][] {
  if (typeof tree === 'number') return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

const LEADING = ['scenario', 'mode', 'replication', 'seed'];

/** Header and rows; units that exist in only one organisation get empty cells in the other. */
export function summaryTable(scenario: string, seed: number, entries: readonly SummaryEntry[]): { columns: string[]; rows: Cell[][] } {
  const flat = entries.map((e) => new Map(flatten(e.metrics as unknown as Tree)));
  const keys = new Set<string>();
  for (const m of flat) for (const key of m.keys()) keys.add(key);
  const columns = [...LEADING, ...keys];
  const rows = entries.map((e, i) => [scenario, e.mode, e.replication, seed, ...[...keys].map((k) => flat[i].get(k))]);
  return { columns, rows };
}
