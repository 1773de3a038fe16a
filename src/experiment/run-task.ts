// Running one task: a replication of an organisation, its Metrics and, on request, its
// records. Every scheduler calls this, in whatever thread it runs tasks.
import type { KernelFactory } from '../kernel/kernel.js';
import type { Metrics } from '../metrics/types.js';
import { normalise } from '../scenario/normalise.js';
import type { ScenarioFile } from '../scenario/schema.js';
import type { Scenario } from '../scenario/types.js';
import { simulate, type RecordHandlers } from '../simulate.js';
import type { ReplicationTask } from './plan.js';

/** One replication's result: the row summaries, CSV files and the page's KPIs are made of. */
export interface MetricsRow extends ReplicationTask {
  metrics: Metrics;
}

export interface RunTaskOptions {
  /** Records to produce besides the Metrics (none by default: they cost as much again). */
  records?: RecordHandlers;
  /** The event list (default: the fast one); results do not depend on it. */
  kernel?: KernelFactory;
}

export function runTask(scenario: Scenario, task: ReplicationTask, options: RunTaskOptions = {}): MetricsRow {
  const metrics = simulate(scenario, task.mode, task.replication, { ...options.records, kernel: options.kernel });
  return { mode: task.mode, replication: task.replication, metrics };
}

/**
 * Each variant's Scenario, rebuilt once per thread from its validated data (the data is what
 * crosses into worker threads: a Scenario holds functions and cannot be cloned).
 */
export class VariantScenarios {
  private readonly byData = new Map<string, Scenario>();

  get(data: ScenarioFile): Scenario {
    const key = JSON.stringify(data);
    let scenario = this.byData.get(key);
    if (!scenario) {
      scenario = normalise(data);
      // A long sweep must not keep every variant alive.
      if (this.byData.size >= 64) this.byData.clear();
      this.byData.set(key, scenario);
    }
    return scenario;
  }
}
