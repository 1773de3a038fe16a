// Runs a sweep: the scenario validated at every value first (a bad value fails before any
// work), the whole sweep sized up and planned as one experiment (a sweep too large is
// refused before its --csv file is opened), then every (value, organisation, replication)
// runs as one plan, so a pool stays busy across values.
import { modesOf, sweepRows, type KernelName, type MetricsByMode, type Mode, type SweepRow } from '../../src/index.js';
import { prepareExperiment, printWarnings, type Experiment, type LoadedVariant } from '../experiment.js';
import { parseLoaded, readScenarioText, type LoadedScenario } from '../load.js';
import type { Override } from '../options.js';

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
  yes?: boolean;
  /** The scenario file's text when it is known already (merge has it from a part); else the file is read. */
  text?: string;
  /** Run only shard k of n of the tasks (--shard K/N). */
  shard?: { k: number; n: number };
}

/** A sweep validated, sized up and planned, not yet started. */
export interface PreparedSweep {
  base: LoadedScenario;
  modes: Mode[];
  values: readonly string[];
  experiment: Experiment;
}

export interface SweepResult {
  base: LoadedScenario;
  modes: Mode[];
  rows: SweepRow[];
}

export function prepareSweep(request: SweepRequest): PreparedSweep {
  const { file, param, values, overrides } = request;
  const text = request.text ?? readScenarioText(file);
  const modes = request.mode ? [request.mode] : modesOf(parseLoaded(file, text, overrides, 'any').scenario);
  const parseMode = modes.length === 2 ? 'both' : modes[0];
  const base = parseLoaded(file, text, overrides, parseMode);
  const variants: LoadedVariant[] = values.map((value) => {
    const loaded = parseLoaded(file, base.text, [...overrides, { path: param, value }], parseMode);
    printWarnings(loaded, request.quiet, `${param}=${value}: `);
    return { value, loaded };
  });
  // Only the options a sweep has: its --csv is one file of rows, not a directory of records.
  const { workers, quiet, kernel, yes, shard } = request;
  const experiment = prepareExperiment(variants, modes, { workers, quiet, kernel, yes, shard, label: `sweep ${param}` });
  return { base, modes, values, experiment };
}

/** A sweep's rows from each value's replications (`groups[i]`: value i's). */
export function sweepResult({ base, modes, values }: PreparedSweep, groups: readonly MetricsByMode[]): SweepResult {
  return { base, modes, rows: sweepRows(values, modes, groups) };
}
