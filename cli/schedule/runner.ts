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

/** --workers as given, or by default the cores for large runs and this process for small ones. */
export function workersFor(requested: number | undefined, expectedConcerns: number, cores: number): number {
  if (requested !== undefined) return requested;
  return expectedConcerns < POOL_THRESHOLD_CONCERNS ? 1 : cores;
}

export function schedule(request: ScheduleRequest, workers: number): Promise<Metrics[]> {
  return workers <= 1 ? runLocally(request) : runOnPool(request, workers);
}
