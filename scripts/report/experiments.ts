// Runs a scenario text (with optional --set style overrides) in both organisations, all its
// replications, in this process through the experiment core (the same code the CLI runs,
// so the same numbers).
import {
  formatIssue,
  groupByVariant,
  loadParser,
  modesOf,
  planExperiment,
  runHere,
  toCompareResult,
  type CompareResult,
  type ConcernRecord,
  type Metrics,
  type Mode,
  type Override,
  type Scenario,
  type ScenarioIssue,
} from '../../src/index.js';

const { parseScenario } = await loadParser();

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

/** Parses; an invalid scenario is a broken shipped file, so it throws with every issue. */
function parse(text: string, file: string, overrides: Override[]) {
  const parsed = parseScenario(text, { file, overrides, mode: 'both' });
  if (!parsed.scenario || !parsed.file) {
    throw new Error(`${file} is not a valid scenario:\n${parsed.issues.map((i) => formatIssue(file, i)).join('\n')}`);
  }
  return { scenario: parsed.scenario, data: parsed.file, warnings: parsed.warnings };
}

/** Parses and runs every replication of both organisations. */
export async function runScenario(text: string, file: string, options: RunOptions = {}): Promise<Runs> {
  const parsed = parse(text, file, options.overrides ?? []);
  const scenario = parsed.scenario;
  const plan = planExperiment([{ value: null, data: parsed.data, replications: scenario.replications }], modesOf(scenario));
  const { onConcern } = options;
  const metrics = await runHere(plan, {
    records: onConcern ? (task) => ({ onConcern: (record) => onConcern(task.mode, record) }) : undefined,
  });
  const [byMode] = groupByVariant(plan, metrics);
  return { scenario, warnings: parsed.warnings, ...byMode, compare: toCompareResult(scenario, byMode) };
}

/** The comparison at each of several override sets (a sweep's values), run as one plan. */
export async function compareEach(text: string, file: string, overrideSets: readonly Override[][]): Promise<CompareResult[]> {
  const variants = overrideSets.map((overrides) => parse(text, file, overrides));
  const plan = planExperiment(
    variants.map((v) => ({ value: null, data: v.data, replications: v.scenario.replications })),
    modesOf(variants[0].scenario),
  );
  const groups = groupByVariant(plan, await runHere(plan));
  return groups.map((byMode, i) => toCompareResult(variants[i].scenario, byMode));
}
