// The CLI's schedulers for a plan: this process (--workers 1) or a worker pool. Both give
// each task's Metrics in task order and write records in task order, so the bytes do not
// depend on the number of workers.
import type { Metrics } from '../../src/index.js';
import { runLocally } from './local.js';
import { runOnPool } from './pool.js';
import type { ScheduleRequest } from './request.js';

/**
 * Below this many expected concerns in all tasks together, a run without --workers stays
 * in this process: every pool thread first loads the engine and warms up its JIT (about
 * half a second each), which costs more than it saves on small runs. The shipped scenario
 * (2 × 20 replications of about 5,000 concerns) is below it.
 */
export const POOL_THRESHOLD_CONCERNS = 500_000;

/**
 * A replication estimated to take longer than this (cli/run-size.ts) runs on a worker thread
 * even with --workers 1: in this process a signal is handled only between replications, and
 * Ctrl-C must end a run within a second. The estimate's rate is conservative, so a
 * replication that stays here takes well under a second.
 */
export const IN_PROCESS_TASK_SECONDS = 0.5;

/** --workers as given, or by default the cores for large runs and this process for small ones. */
export function workersFor(requested: number | undefined, expectedConcerns: number, cores: number): number {
  if (requested !== undefined) return requested;
  return expectedConcerns < POOL_THRESHOLD_CONCERNS ? 1 : cores;
}

/** In this process only when one worker is wanted and no replication is long. */
export function runsInProcess(workers: number, largestTaskSeconds: number): boolean {
  return workers <= 1 && largestTaskSeconds <= IN_PROCESS_TASK_SECONDS;
}

export function schedule(request: ScheduleRequest, workers: number, largestTaskSeconds: number): Promise<Metrics[]> {
  return runsInProcess(workers, largestTaskSeconds) ? runLocally(request) : runOnPool(request, workers);
}
