// How big a run is, worked out before it starts (after validation, before any output file
// is opened): the concerns it simulates and roughly how long that takes. A run of hours or
// days needs --yes; a run that cannot be counted or planned at all is refused even with it.
import type { Scenario } from '../src/index.js';
import { UsageError } from './errors.js';
import { humaniseCount, humaniseSeconds } from './output/humanise.js';

/**
 * Concerns one worker simulates per second, conservatively. BENCHMARKS.md's slowest engine
 * row is versicherung.yaml's silo at 363,000/s (median; the team 895,000/s, the tandem on
 * the simjs kernel 378,000/s), and single runs on that shared machine moved by up to 2×.
 */
export const CONCERNS_PER_SECOND = 150_000;

/**
 * The same with --csv alone: in BENCHMARKS.md's records runs (1e6 concerns of
 * versicherung.yaml, load average 1.5) --csv wrote about 190,000 (silo) and 290,000 (team)
 * concerns/s with a helper thread, and the silo about 195,000 on one thread; a third of
 * that, as above.
 */
export const CONCERNS_PER_SECOND_WITH_CSV = 60_000;

/**
 * The same with --parquet or --trace, which cost far more than the simulation: --parquet
 * wrote 30,000 (silo) and 60,000 (team) concerns/s in those runs (it converts the CSV),
 * --trace about 40,000 (a JSON line per event). The slowest of them, on a machine ten times
 * as busy, stays above this.
 */
export const CONCERNS_PER_SECOND_WITH_RECORDS = 10_000;

/** What a run writes besides its results, as far as its speed goes. */
export type RecordOutput = 'none' | 'csv' | 'heavy';

/** The record output of a command's options. */
export function recordOutput(options: { csv?: string; parquet?: string; trace?: string }): RecordOutput {
  if (options.parquet !== undefined || options.trace !== undefined) return 'heavy';
  return options.csv !== undefined ? 'csv' : 'none';
}

const RATES: Record<RecordOutput, number> = {
  none: CONCERNS_PER_SECOND,
  csv: CONCERNS_PER_SECOND_WITH_CSV,
  heavy: CONCERNS_PER_SECOND_WITH_RECORDS,
};

/**
 * A run estimated to take longer than this on one worker needs --yes (ten minutes: every
 * shipped scenario, the test suite and `npm run bench` stay well below). Counted on one
 * worker, not on this machine's cores, so a command line is refused on every machine or on none.
 */
export const CONFIRM_ABOVE_SECONDS = 600;

/**
 * Most tasks (replications × organisations × sweep values) a run may have, even with --yes:
 * the plan lists every task and each keeps its metrics (about 2 KB) until the summaries are
 * made, so 200,000 tasks hold about half a gigabyte.
 */
export const MAX_TASKS = 200_000;

/** Most concerns one replication can number and count exactly (they are doubles). */
export const MAX_CONCERNS_PER_TASK = Number.MAX_SAFE_INTEGER;

/** Concerns one replication is expected to see: arrivals per minute times the horizon. */
export function expectedConcerns(scenario: Scenario): number {
  return scenario.arrivals.rate * scenario.horizon;
}

export interface RunSize {
  /** Replications × organisations, summed over the variants (sweep values). */
  tasks: number;
  organisations: number;
  /** Variants: the sweep's values, or 1. */
  values: number;
  /** Replications of each variant when they are all the same, else null (a sweep of run.replications). */
  replications: number | null;
  /** Expected concerns over all tasks. */
  concerns: number;
  /** Expected concerns of the largest single task. */
  largestTask: number;
  /** Concerns per second one worker is assumed to manage (records make it slower). */
  rate: number;
}

/** The size of running `modes` organisations of every scenario (one per sweep value). */
export function sizeRun(scenarios: readonly Scenario[], modes: number, records: RecordOutput): RunSize {
  let tasks = 0;
  let concerns = 0;
  let largestTask = 0;
  for (const scenario of scenarios) {
    const perTask = expectedConcerns(scenario);
    tasks += scenario.replications * modes;
    concerns += perTask * scenario.replications * modes;
    largestTask = Math.max(largestTask, perTask);
  }
  const replications = new Set(scenarios.map((s) => s.replications));
  return {
    tasks,
    organisations: modes,
    values: scenarios.length,
    replications: replications.size === 1 ? scenarios[0].replications : null,
    concerns,
    largestTask,
    rate: RATES[records],
  };
}

/** Estimated wall time on `workers` threads (no more of them busy than there are tasks). */
export function estimatedSeconds(size: RunSize, workers: number): number {
  return size.concerns / (size.rate * Math.max(1, Math.min(workers, size.tasks)));
}

/** Estimated time of the largest single task on one worker. */
export function largestTaskSeconds(size: RunSize): number {
  return size.largestTask / size.rate;
}

/**
 * Throws a UsageError (exit 2) for a run that cannot be done (too many tasks to plan, too
 * many concerns to count; --yes does not help) or that is too long to start unasked.
 */
export function admitRun(size: RunSize, workers: number, yes: boolean): void {
  if (size.tasks > MAX_TASKS) {
    throw new UsageError(
      `this run has ${whole(size.tasks)} replications to plan (${breakdown(size)}), more than orgflow can hold in memory ` +
        `(${whole(MAX_TASKS)}), even with --yes; lower run.replications${size.values > 1 ? ' or use fewer sweep values' : ''}`,
    );
  }
  if (!(size.largestTask <= MAX_CONCERNS_PER_TASK)) {
    const howMany = Number.isFinite(size.largestTask) ? `about ${humaniseCount(size.largestTask)}` : 'an unbounded number of';
    throw new UsageError(
      `one replication of this run would simulate ${howMany} concerns, ` +
        `more than orgflow can count (${humaniseCount(MAX_CONCERNS_PER_TASK)}), even with --yes; shorten time.horizon or lower arrivals.rate`,
    );
  }
  if (!yes && size.concerns / size.rate > CONFIRM_ABOVE_SECONDS) {
    const threads = Math.max(1, Math.min(workers, size.tasks));
    throw new UsageError(
      `this run simulates about ${humaniseCount(size.concerns)} concerns ` +
        `(about ${humaniseSeconds(estimatedSeconds(size, workers))} on ${threads} worker${threads === 1 ? '' : 's'}); ` +
        'add --yes to run it anyway, or shorten time.horizon / lower run.replications',
    );
  }
}

const whole = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${whole(n)} ${word}${n === 1 ? '' : 's'}`;

/** "5,000 × 2 organisations × 40 sweep values": what the task count is made of. */
function breakdown({ replications, organisations, values }: RunSize): string {
  const parts = [replications === null ? 'replications' : whole(replications), plural(organisations, 'organisation')];
  if (values > 1) parts.push(plural(values, 'sweep value'));
  return parts.join(' × ');
}
