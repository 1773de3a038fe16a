// A run request's scenario, for the simulation worker: an unchanged shipped file from its
// build-time validation (web/build/prevalidated-scenarios.ts), anything else parsed with
// yaml and zod, which are loaded only then. On a page load that takes the parser's loading
// and first, slow parse off the first run.
import PREVALIDATED from 'virtual:prevalidated-scenarios';
import {
  formatIssue,
  loadParser,
  normalise,
  runSettingOverrides,
  type Override,
  type Scenario,
  type ScenarioFile,
} from '../../src/index.js';
import { warningView, type IssueView, type RunRequest, type ScenarioValues, type WarningView } from './protocol.js';
import { prevalidatedFor, type PrevalidatedScenario } from './prevalidated.js';

export interface Accepted {
  scenario: Scenario;
  data: ScenarioFile;
  values: ScenarioValues;
  warnings: WarningView[];
  shipped: PrevalidatedScenario | null;
}

/** The run's scenario: an unchanged shipped file from the build's validation, anything else parsed. */
export async function validate(req: RunRequest): Promise<Accepted | IssueView[]> {
  // The page's ?seed= is an override of run.seed, as the CLI's --seed is.
  const overrides: Override[] = [...req.overrides, ...runSettingOverrides({ seed: req.seed })];
  const shipped = prevalidatedFor(PREVALIDATED, { ...req, overrides });
  if (shipped) {
    const values = { original: shipped.plain, current: shipped.plain };
    return { scenario: normalise(shipped.data), data: shipped.data, values, warnings: shipped.warnings, shipped };
  }
  const { parseScenario } = await loadParser();
  const parsed = parseScenario(req.text, { file: req.file, overrides, mode: 'any' });
  if (!parsed.scenario || !parsed.file || !parsed.plain) {
    return parsed.issues.map((i) => ({
      code: i.code,
      path: i.path,
      line: i.line,
      column: i.column,
      message: i.message,
      params: i.params ?? {},
      source: i.source ?? null,
      text: formatIssue(req.file, i),
    }));
  }
  const values = { original: parsed.plain.original as Record<string, unknown>, current: parsed.plain.current as Record<string, unknown> };
  return { scenario: parsed.scenario, data: parsed.file, values, warnings: parsed.warnings.map(warningView), shipped: null };
}

/**
 * Once its KPIs are out, a shipped file is parsed after all, once per file: the result
 * must equal the build's. This also loads and warms yaml and zod while the page shows the
 * KPIs, before the first slider move needs them.
 */
export async function checkShipped(req: RunRequest, shipped: PrevalidatedScenario, checked: Set<string>): Promise<void> {
  if (checked.has(shipped.file)) return;
  checked.add(shipped.file);
  const { parseScenario } = await loadParser();
  const parsed = parseScenario(req.text, { file: req.file, mode: 'any' });
  if (JSON.stringify(parsed.file) !== JSON.stringify(shipped.data)) {
    throw new Error(`internal error: ${shipped.file} parses differently from the build's validation of it; rebuild the page`);
  }
}
