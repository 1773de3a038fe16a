// The flow every simulating command shares: a plan of tasks (variant × organisation ×
// replication), record outputs opened before and committed after, progress while the
// tasks run on a scheduler, and the results regrouped per variant and organisation.
import {
  findSaturation,
  groupByVariant,
  planExperiment,
  type MetricsByMode,
  type Mode,
  type RunResult,
  type Saturation,
  type Scenario,
} from '../src/index.js';
import { log } from './io.js';
import { warningLines, type LoadedScenario } from './load.js';
import { defaultWorkers, type CommonOptions, type OutputOptions } from './options.js';
import { startProgress } from './output/progress.js';
import { RunOutputs } from './output/run-outputs.js';
import { schedule, workersFor } from './schedule/runner.js';

export function printWarnings(loaded: LoadedScenario, quiet: boolean | undefined, prefix = ''): void {
  if (quiet) return;
  for (const line of warningLines(loaded.file, loaded.warnings)) log(prefix + line);
}

/** After a run: warn about organisations that could not keep up (their lead times flatter them). */
export function printSaturation(results: readonly RunResult[], quiet: boolean | undefined): void {
  if (quiet) return;
  for (const result of results) {
    const saturation = findSaturation(result.mode, result.metrics);
    if (saturation) log(saturationLine(saturation));
  }
}

function saturationLine({ mode, units, open, arrived }: Saturation): string {
  const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const busy = units.map((u) => `${u.id} busy ${percent(u.utilisation)}`);
  const backlog = `${open.toFixed(0)} of ${arrived.toFixed(0)} concerns (${percent(arrived > 0 ? open / arrived : 0)}) still open at the horizon`;
  return (
    `warning: ${mode} looks overloaded: ${[...busy, backlog].join(', ')}. ` +
    'Its queues grow during the run; lead times count resolved concerns only, so they understate the jam.'
  );
}

/** A scenario as one variant of an experiment; `value` is the sweep's value that made it. */
export interface LoadedVariant {
  value: string | null;
  loaded: LoadedScenario;
}

export interface ExperimentRequest extends CommonOptions, OutputOptions {
  /** Shown on the progress bar (default: the organisations, "silo + team"). */
  label?: string;
}

/**
 * Runs every replication of the given organisations of every variant; returns each
 * variant's Metrics by organisation, in replication order. Records (--csv, --trace) are
 * written in task order and committed only when all tasks are done.
 */
export async function runExperiment(
  variants: readonly LoadedVariant[],
  modes: readonly Mode[],
  options: ExperimentRequest,
): Promise<MetricsByMode[]> {
  const plan = planExperiment(
    variants.map(({ value, loaded }) => ({ value, data: loaded.data, replications: loaded.scenario.replications })),
    modes,
  );
  const expected = variants.reduce((sum, { loaded }) => sum + expectedConcerns(loaded.scenario) * loaded.scenario.replications, 0);
  const outputs = new RunOutputs({ csv: options.csv, trace: options.trace, excel: options.excel });
  const progress = startProgress(plan.tasks.length, options.label ?? modes.join(' + '), options.quiet);
  try {
    const metrics = await schedule(
      { plan, sinks: outputs.sinks, excel: options.excel === true, kernel: options.kernel, onTaskDone: () => progress.tick() },
      workersFor(options.workers, expected * modes.length, defaultWorkers()),
    );
    progress.stop();
    const first = variants[0].loaded.scenario;
    outputs.commit(
      first.name,
      first.seed,
      plan.tasks.map((task, i) => ({ mode: task.mode, replication: task.replication, metrics: metrics[i] })),
    );
    return groupByVariant(plan, metrics);
  } catch (err) {
    progress.stop();
    outputs.abort();
    throw err;
  }
}

/** Concerns one replication is expected to see: arrivals per minute times the horizon. */
export function expectedConcerns(scenario: Scenario): number {
  return scenario.arrivals.rate * scenario.horizon;
}

/** JSON for --json: 2-space indent; NaN and Infinity become null (JSON has neither). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
