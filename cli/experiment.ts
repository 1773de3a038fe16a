// The flow every simulating command shares: the run's size estimated (and a run too large
// refused) before anything starts, a plan of tasks (variant × organisation × replication),
// record outputs opened before and committed after, progress while the tasks run on a
// scheduler, and the results regrouped per variant and organisation.
import {
  findSaturation,
  groupByVariant,
  planExperiment,
  shardRange,
  type Metrics,
  type MetricsByMode,
  type Mode,
  type Plan,
  type RunResult,
  type Saturation,
  type Scenario,
  type TaskRange,
} from '../src/index.js';
import { log } from './io.js';
import { warningLines, type LoadedScenario } from './load.js';
import { defaultWorkers, type CommonOptions, type OutputOptions } from './options.js';
import { startProgress } from './output/progress.js';
import { RunOutputs } from './output/run-outputs.js';
import { admitRun, estimatedSeconds, expectedConcerns, largestTaskSeconds, recordOutput, sizeRun, type RunSize } from './run-size.js';
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
  /** Run only shard k of n of the plan's tasks (--shard K/N). */
  shard?: { k: number; n: number };
}

/** An experiment sized up, admitted and planned, not yet started: no file is open. */
export interface Experiment {
  variants: readonly LoadedVariant[];
  /** Every task of the experiment, also when only a shard of them runs here. */
  plan: Plan;
  /** The tasks that run here: all of them, or the shard's slice. */
  range: TaskRange;
  /** The size of what runs here. */
  size: RunSize;
  workers: number;
  options: ExperimentRequest;
  label: string;
}

/**
 * Estimates the run's size and refuses one too large (cli/run-size.ts) before anything is
 * planned or opened, then plans every replication of the given organisations of every variant.
 */
export function prepareExperiment(variants: readonly LoadedVariant[], modes: readonly Mode[], options: ExperimentRequest): Experiment {
  const scenarios = variants.map(({ loaded }) => loaded.scenario);
  const whole = sizeRun(scenarios, modes.length, recordOutput(options));
  // Before planning, also for a shard: a plan too large to hold is refused (merge holds every task's metrics).
  const shard = options.shard;
  admitRun(whole, workersFor(options.workers, whole.concerns, defaultWorkers()), options.yes === true || shard !== undefined);
  const plan = planExperiment(
    variants.map(({ value, loaded }) => ({ value, data: loaded.data, replications: loaded.scenario.replications })),
    modes,
  );
  const range = shard ? shardRange(plan.tasks.length, shard.k, shard.n) : { from: 0, to: plan.tasks.length };
  // A shard is sized, and needs --yes, by its own tasks.
  const size = shard
    ? sizeTasks(
        plan.tasks.slice(range.from, range.to).map((task) => scenarios[task.variant]),
        whole,
      )
    : whole;
  const workers = workersFor(options.workers, size.concerns, defaultWorkers());
  if (shard) admitRun(size, workers, options.yes === true);
  return { variants, plan, range, size, workers, options, label: options.label ?? modes.join(' + ') };
}

/** The size of some of a run's tasks (a shard), given each task's scenario. */
function sizeTasks(scenarios: readonly Scenario[], whole: RunSize): RunSize {
  const perTask = scenarios.map(expectedConcerns);
  return {
    ...whole,
    tasks: perTask.length,
    concerns: perTask.reduce((sum, n) => sum + n, 0),
    largestTask: Math.max(0, ...perTask),
  };
}

/**
 * Runs a prepared experiment; returns each variant's Metrics by organisation, in
 * replication order. Records (--csv, --trace) are written in task order and committed only
 * when all tasks are done.
 */
export async function runExperiment(experiment: Experiment): Promise<MetricsByMode[]> {
  return groupByVariant(experiment.plan, await runTasks(experiment));
}

/** Runs the tasks of the experiment's range; their Metrics in task order. */
export async function runTasks(experiment: Experiment): Promise<Metrics[]> {
  const { variants, options, range } = experiment;
  const plan = { ...experiment.plan, tasks: experiment.plan.tasks.slice(range.from, range.to) };
  if (plan.tasks.length === 0) return [];
  const outputs = new RunOutputs({ csv: options.csv, parquet: options.parquet, trace: options.trace, excel: options.excel });
  const work = plan.tasks.map(({ variant }) => {
    const scenario = variants[variant].loaded.scenario;
    return { weight: expectedConcerns(scenario), horizon: scenario.horizon };
  });
  const progress = startProgress(work, experiment.label, options.quiet, estimatedSeconds(experiment.size, experiment.workers));
  try {
    const metrics = await schedule(
      {
        plan,
        sinks: outputs.sinks,
        excel: options.excel === true,
        start: options.start,
        kernel: options.kernel,
        clocks: progress.clocks,
        onTaskDone: (index) => progress.taskDone(index),
      },
      experiment.workers,
      largestTaskSeconds(experiment.size),
    );
    progress.stop();
    const first = variants[0].loaded.scenario;
    outputs.commit(
      first.name,
      first.seed,
      plan.tasks.map((task, i) => ({ mode: task.mode, replication: task.replication, metrics: metrics[i] })),
    );
    return metrics;
  } catch (err) {
    progress.stop();
    outputs.abort();
    throw err;
  }
}

/** JSON for --json: 2-space indent; NaN and Infinity become null (JSON has neither). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
