// The shared flow of run, compare and sweep: tasks for every (organisation, replication),
// record outputs opened before and committed after, progress while the replications run.
import { findSaturation, type Saturation } from '../src/metrics/saturation.js';
import type { Metrics } from '../src/metrics/types.js';
import type { RunResult } from '../src/run.js';
import type { Mode, Scenario } from '../src/scenario/types.js';
import { log } from './io.js';
import { warningLines, type LoadedScenario } from './load.js';
import { defaultWorkers, type CommonOptions, type OutputOptions } from './options.js';
import { startProgress } from './output/progress.js';
import { RunOutputs } from './output/run-outputs.js';
import type { SummaryEntry } from './output/summary.js';
import { runReplications, workersFor } from './replicate/runner.js';
import type { ReplicationTask } from './replicate/task.js';

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

export function tasksFor(loaded: LoadedScenario, modes: readonly Mode[]): ReplicationTask[] {
  const n = loaded.scenario.replications;
  return modes.flatMap((mode) =>
    Array.from({ length: n }, (_, replication) => ({ mode, replication, overrides: loaded.overrides, data: loaded.data })),
  );
}

/** Runs every replication of the given organisations; returns each organisation's Metrics in replication order. */
export async function simulateModes(
  loaded: LoadedScenario,
  modes: readonly Mode[],
  options: CommonOptions & OutputOptions,
): Promise<Record<Mode, Metrics[]>> {
  const tasks = tasksFor(loaded, modes);
  const outputs = new RunOutputs({ csv: options.csv, trace: options.trace, excel: options.excel });
  const progress = startProgress(tasks.length, modes.join(' + '), options.quiet);
  try {
    const metrics = await runReplications(
      {
        tasks,
        sinks: outputs.sinks,
        excel: options.excel === true,
        kernel: options.kernel,
        onTaskDone: () => progress.tick(),
      },
      workersFor(options.workers, expectedConcerns(loaded.scenario) * tasks.length, defaultWorkers()),
    );
    progress.stop();
    const entries: SummaryEntry[] = tasks.map((t, i) => ({ mode: t.mode, replication: t.replication, metrics: metrics[i] }));
    outputs.commit(loaded.scenario.name, loaded.scenario.seed, entries);
    const byMode: Record<Mode, Metrics[]> = { silo: [], team: [] };
    for (const e of entries) byMode[e.mode].push(e.metrics);
    return byMode;
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
