// The outputs that must not change when the code is restructured: for every shipped
// scenario `compare --json` and a sweep, and for the seed story the tables, `run --json`,
// the record files (CSV, --excel, --trace, tasks.csv) in this process and on a pool, and the simjs
// kernel. Small outputs are kept whole; record files by their SHA-256 (they are megabytes).
import { readdirSync } from 'node:fs';

export interface GoldenCase {
  /** File name under test/golden/expected/ (also the test's name). */
  name: string;
  args: string[];
  /** Files the command writes into its scratch directory ({dir}), compared by hash. */
  files?: string[];
}

const SCENARIOS = readdirSync(new URL('../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const SEED_STORY = 'scenarios/versicherung.yaml';
const records = ['summary.csv', 'concerns.csv', 'timeseries.csv', 'trace.jsonl'];

export const GOLDEN_CASES: GoldenCase[] = [
  ...SCENARIOS.map((file) => ({ name: `compare-${file}.json`, args: ['compare', `scenarios/${file}`, '--json', '-q'] })),
  ...SCENARIOS.map((file) => ({
    name: `sweep-${file}.json`,
    args: ['sweep', `scenarios/${file}`, '--param', 'run.seed', '--values', '1,2', '-r', '3', '--json', '-q'],
  })),
  { name: 'compare-table.txt', args: ['compare', SEED_STORY, '-q'] },
  { name: 'run-team.json', args: ['run', SEED_STORY, '--mode', 'team', '-r', '5', '--json', '-q'] },
  { name: 'run-silo-table.txt', args: ['run', SEED_STORY, '--mode', 'silo', '-r', '5', '-q'] },
  { name: 'sweep-rate-table.txt', args: ['sweep', SEED_STORY, '--param', 'arrivals.rate', '--values', '8/h,12/h', '-r', '3', '-q'] },
  {
    name: 'sweep-rate-csv.json',
    args: ['sweep', SEED_STORY, '--param', 'arrivals.rate', '--values', '8/h,12/h', '-r', '3', '-q', '--csv', '{dir}/sweep.csv'],
    files: ['sweep.csv'],
  },
  {
    name: 'records.json',
    args: ['compare', SEED_STORY, '-r', '3', '-q', '--csv', '{dir}', '--trace', '{dir}/trace.jsonl', '--workers', '1'],
    files: records,
  },
  {
    name: 'records-excel.json',
    args: ['compare', SEED_STORY, '-r', '2', '-q', '--csv', '{dir}', '--excel', '--set', 'arrivals.rate=12/h', '--workers', '1'],
    files: records.slice(0, 3),
  },
  {
    name: 'records-pool.json',
    args: ['compare', SEED_STORY, '-r', '3', '-q', '--csv', '{dir}', '--trace', '{dir}/trace.jsonl', '--workers', '2'],
    files: records,
  },
  // tasks.csv is newer than the files above: its own cases, so theirs stay as recorded.
  {
    name: 'records-tasks.json',
    args: ['compare', SEED_STORY, '-r', '3', '-q', '--csv', '{dir}', '--workers', '1'],
    files: ['tasks.csv'],
  },
  {
    name: 'records-tasks-excel.json',
    args: ['compare', SEED_STORY, '-r', '2', '-q', '--csv', '{dir}', '--excel', '--start', '2025-12-29T00:00', '--workers', '1'],
    files: ['tasks.csv'],
  },
  { name: 'compare-simjs.json', args: ['compare', SEED_STORY, '-r', '2', '--kernel', 'simjs', '--seed', '7', '--json', '-q'] },
];
