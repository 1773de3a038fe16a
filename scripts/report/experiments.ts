// Runs a scenario text (with optional --set style overrides) in both organisations, all its
// replications, in-process through src/ (the same code the CLI runs, so the same numbers).
import type { ConcernRecord, Metrics } from '../../src/metrics/types.js';
import { simulate, toCompareResult, type CompareResult } from '../../src/run.js';
import { formatIssue, parseScenario, type Override, type Scenario, type ScenarioIssue } from '../../src/scenario/index.js';
import { MODES, type Mode } from '../../src/scenario/types.js';

export interface Runs {
  scenario: Scenario;
  warnings: ScenarioIssue[];
  silo: Metrics[];
  team: Metrics[];
  compare: CompareResult;
}

export interface RunOptions {
  overrides?: Override[];
  /** Every measured concern of every replication (e.g. for a lead-time chart). */
  onConcern?(mode: Mode, record: ConcernRecord): void;
}

/** Parses and runs; an invalid scenario is a broken shipped file, so it throws with every issue. */
export function runScenario(text: string, file: string, options: RunOptions = {}): Runs {
  const parsed = parseScenario(text, { file, overrides: options.overrides ?? [] });
  if (!parsed.scenario) throw new Error(`${file} is not a valid scenario:\n${parsed.issues.map((i) => formatIssue(file, i)).join('\n')}`);
  const scenario = parsed.scenario;
  const results = {} as Record<Mode, Metrics[]>;
  for (const mode of MODES) {
    const onConcern = options.onConcern;
    results[mode] = [];
    for (let r = 0; r < scenario.replications; r++) {
      results[mode].push(simulate(scenario, mode, r, onConcern ? { onConcern: (record) => onConcern(mode, record) } : {}));
    }
  }
  return { scenario, warnings: parsed.warnings, ...results, compare: toCompareResult(scenario, results.silo, results.team) };
}
