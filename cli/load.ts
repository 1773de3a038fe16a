// Reading a scenario file for a command: the text, the validated data (what worker threads
// rebuild the Scenario from), the Scenario and its warnings. Invalid input becomes a
// ScenarioError with located lines.
import { readFileSync } from 'node:fs';
import {
  formatIssue,
  loadParser,
  runSettingOverrides,
  type Override,
  type Scenario,
  type ScenarioFile,
  type ScenarioIssue,
} from '../src/index.js';
import { ScenarioError, UsageError } from './errors.js';
import type { CommonOptions } from './options.js';

// Commands that read a scenario file need the parser (yaml, zod); pool threads never import this module.
const { parseScenario } = await loadParser();

export type { ModeRequest as ParseMode } from '../src/index.js';
import type { ModeRequest as ParseMode } from '../src/index.js';

export interface LoadedScenario {
  file: string;
  text: string;
  overrides: Override[];
  scenario: Scenario;
  /** The validated file `scenario` was built from: what worker threads get. */
  data: ScenarioFile;
  warnings: ScenarioIssue[];
}

/** The file's text; a missing or unreadable file is bad usage (the user named it). */
export function readScenarioText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((err as Error).message);
    throw new UsageError(`cannot read scenario file ${file}: ${why}`);
  }
}

/** --set first, then --seed and --replications, so the dedicated flags win. */
export function overridesFrom(options: CommonOptions): Override[] {
  return [...(options.set ?? []), ...runSettingOverrides(options)];
}

export function loadScenario(file: string, overrides: Override[], mode: ParseMode): LoadedScenario {
  const text = readScenarioText(file);
  return parseLoaded(file, text, overrides, mode);
}

export function parseLoaded(file: string, text: string, overrides: Override[], mode: ParseMode): LoadedScenario {
  const result = parseScenario(text, { file, overrides, mode });
  if (result.issues.length > 0 || result.scenario === null || result.file === null) {
    throw new ScenarioError(result.issues.map((issue) => formatIssue(file, issue)));
  }
  return { file, text, overrides, scenario: result.scenario, data: result.file, warnings: result.warnings };
}

export function warningLines(file: string, warnings: readonly ScenarioIssue[]): string[] {
  return warnings.map((w) => `warning: ${formatIssue(file, w)}`);
}
