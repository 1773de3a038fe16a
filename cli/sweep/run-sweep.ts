// Runs a sweep: the scenario validated at every value first (a bad value fails before any
// work), then every (value, organisation, replication) as one batch on the runner, so a
// pool stays busy across values; results regrouped per value and organisation.
import type { Metrics } from '../../src/metrics/types.js';
import type { Mode } from '../../src/scenario/types.js';
import { loadScenario, parseLoaded, type LoadedScenario } from '../load.js';
import { defaultWorkers, type Override } from '../options.js';
import { startProgress } from '../output/progress.js';
import type { KernelName } from '../../src/kernel/index.js';
import { runReplications, workersFor } from '../replicate/runner.js';
import { expectedConcerns, printWarnings, tasksFor } from '../simulation.js';
import { sweepRows, type SweepRow } from './rows.js';

export interface SweepRequest {
  file: string;
  param: string;
  values: readonly string[];
  overrides: Override[];
  /** Organisations to run; none given = every organisation the file describes. */
  mode?: Mode;
  workers?: number;
  quiet?: boolean;
  kernel?: KernelName;
}

export interface SweepResult {
  base: LoadedScenario;
  modes: Mode[];
  rows: SweepRow[];
}

export async function runSweep(request: SweepRequest): Promise<SweepResult> {
  const { file, param, values, overrides } = request;
  const modes = request.mode ? [request.mode] : presentModes(loadScenario(file, overrides, 'any'));
  const parseMode = modes.length === 2 ? 'both' : modes[0];
  const base = loadScenario(file, overrides, parseMode);
  let expected = 0;
  const perValue = values.map((value) => {
    const loaded = parseLoaded(file, base.text, [...overrides, { path: param, value }], parseMode);
    printWarnings(loaded, request.quiet, `${param}=${value}: `);
    const tasks = tasksFor(loaded, modes);
    expected += expectedConcerns(loaded.scenario) * tasks.length;
    return tasks;
  });
  const progress = startProgress(perValue.flat().length, `sweep ${param}`, request.quiet);
  let metrics: Metrics[];
  try {
    metrics = await runReplications(
      {
        tasks: perValue.flat(),
        sinks: {},
        excel: false,
        kernel: request.kernel,
        onTaskDone: () => progress.tick(),
      },
      workersFor(request.workers, expected, defaultWorkers()),
    );
  } finally {
    progress.stop();
  }
  let offset = 0;
  const results = perValue.map((tasks) => {
    const byMode: Record<Mode, Metrics[]> = { silo: [], team: [] };
    tasks.forEach((task, i) => byMode[task.mode].push(metrics[offset + i]));
    offset += tasks.length;
    return byMode;
  });
  return { base, modes, rows: sweepRows(values, modes, results) };
}

function presentModes(loaded: LoadedScenario): Mode[] {
  const { silo, team } = loaded.scenario;
  return [...(silo ? ['silo' as const] : []), ...(team ? ['team' as const] : [])];
}
