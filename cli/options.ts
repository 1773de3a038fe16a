// Named parsers for option values and the option set shared by run, compare and sweep.
// Parsers throw commander's InvalidArgumentError, which main.ts maps to exit code 2.
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { KERNEL_NAMES, MODES, parseClockStart, type KernelName, type Mode, type Override } from '../src/index.js';
import { UsageError } from './errors.js';

export type { Override };

export interface CommonOptions {
  seed?: number;
  replications?: number;
  set?: Override[];
  workers?: number;
  quiet?: boolean;
  kernel?: KernelName;
  /** Run even when the size estimate is above the limit (cli/run-size.ts). */
  yes?: boolean;
}

export interface OutputOptions {
  json?: boolean;
  csv?: string;
  parquet?: string;
  excel?: boolean;
  /** Calendar time of clock minute 0 for tasks.csv, in ms read as UTC (parseStart). */
  start?: number;
  trace?: string;
}

export function parseInteger(value: string): number {
  if (!/^[+-]?\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

export function parsePositiveInteger(value: string): number {
  const n = parseInteger(value);
  if (n < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return n;
}

/** --start: a Monday 00:00 (the simulated clock starts on one), as ms read as UTC. */
export function parseStart(value: string): number {
  const start = parseClockStart(value);
  if ('problem' in start) throw new InvalidArgumentError(`${start.problem}.`);
  return start.ms;
}

export function parseKernel(value: string): KernelName {
  if (!(KERNEL_NAMES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected ${KERNEL_NAMES.map((k) => `"${k}"`).join(' or ')}.`);
  return value as KernelName;
}

export function parseMode(value: string): Mode {
  const mode = MODES.find((m) => m === value);
  if (mode === undefined) throw new InvalidArgumentError(`expected ${MODES.map((m) => `"${m}"`).join(' or ')}.`);
  return mode;
}

/** Reads one `path=value`; the path is checked later by parseScenario, which knows the file. */
export function parseOverride(text: string): Override {
  const at = text.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('expected path=value, e.g. organisations.silo.departments.0.staff=5.');
  // The value stays text: parseScenario reads it as the field expects (5, 12/h, sequential).
  return { path: text.slice(0, at).trim(), value: text.slice(at + 1) };
}

export function collectOverride(text: string, previous: Override[] | undefined): Override[] {
  return [...(previous ?? []), parseOverride(text)];
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** --seed, --replications, --set, --workers, --quiet, --kernel, --yes: what every simulating command takes. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--seed <n>', 'base seed (overrides run.seed)', parseInteger)
    .option('-r, --replications <n>', 'independent replications (overrides run.replications)', parsePositiveInteger)
    .option('--set <path=value>', 'override a scenario field by path (repeatable), e.g. arrivals.rate=12/h', collectOverride)
    .option(
      '-w, --workers <n>',
      'replications in parallel (default: number of cores, or this process for small runs; 1 = one at a time)',
      parsePositiveInteger,
    )
    .option('-q, --quiet', 'no progress bar and no warnings on stderr')
    .option('--kernel <name>', 'event list: fast (default) or simjs; both give identical results', parseKernel)
    .option('-y, --yes', 'run even if the size estimate says it takes more than about ten minutes on one worker');
}

/** --json, --csv DIR, --excel, --trace FILE: the outputs of run and compare. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'print one JSON document instead of a table')
    .option('--csv <dir>', 'write summary.csv, concerns.csv, timeseries.csv and tasks.csv into DIR')
    .option('--parquet <dir>', 'write summary, concerns, timeseries and tasks as typed Parquet files into DIR')
    .option('--excel', 'CSV for a German spreadsheet: ";" separator, decimal comma, UTF-8 with BOM')
    .option(
      '--start <timestamp>',
      "calendar time of the clock's minute 0 for tasks.csv, a Monday 00:00 (default 2026-01-05T00:00)",
      parseStart,
    )
    .option('--trace <file>', 'write every trace event as JSON Lines to FILE');
}

/** --excel changes how CSV is written, so without --csv it is a mistake worth naming. */
export function requireCsvForExcel(options: { excel?: boolean; csv?: string }, command: string): void {
  if (options.excel && options.csv === undefined) {
    throw new UsageError('--excel only applies to the files of --csv', `see orgflow ${command} --help`);
  }
}
