// The simplest scheduler: every task of a plan in this thread, one after another. The CLI
// (--workers 1), the report scripts and the benchmarks use it; the CLI's worker pool and
// the page's helper workers are the other schedulers.
import type { Metrics } from '../metrics/types.js';
import type { RecordHandlers } from '../simulate.js';
import type { KernelFactory } from '../kernel/kernel.js';
import type { Plan, Task } from './plan.js';
import { runTask, VariantScenarios } from './run-task.js';

export interface RunHereOptions {
  kernel?: KernelFactory;
  /** Records wanted of a task (none when it returns undefined). */
  records?(task: Task): RecordHandlers | undefined;
  /** After each task, e.g. to write its records or tick a progress bar. */
  onTaskDone?(task: Task, metrics: Metrics): void;
  /** Awaited before each task: lets the caller's event loop in (Ctrl-C, a progress bar). */
  between?(): Promise<void>;
}

/** Each task's Metrics, in task order. */
export async function runHere(plan: Plan, options: RunHereOptions = {}): Promise<Metrics[]> {
  const scenarios = new VariantScenarios();
  const results: Metrics[] = [];
  for (const task of plan.tasks) {
    await options.between?.();
    const scenario = scenarios.get(plan.variants[task.variant].data);
    const { metrics } = runTask(scenario, task, { kernel: options.kernel, records: options.records?.(task) });
    results.push(metrics);
    options.onTaskDone?.(task, metrics);
  }
  return results;
}
