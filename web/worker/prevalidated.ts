// The shipped scenarios as validated at build time (web/build/prevalidated-scenarios.ts).
// A run of an unchanged shipped file takes them instead of parsing: yaml and zod then load
// only for the first edited or overridden file. The worker parses a shipped file once
// anyway, later, and checks that the result is the same (checkShipped in validate.ts).
import type { ScenarioFile } from '../../src/index.js';
import type { RunRequest, WarningView } from './protocol.js';

export interface PrevalidatedScenario {
  file: string;
  /** The file's text: a run uses this entry only when it sends exactly this text. */
  text: string;
  /** parseScenario's `file`: the validated data that normalise() turns into the Scenario. */
  data: ScenarioFile;
  /** parseScenario's `plain.original` (without overrides `current` is the same). */
  plain: Record<string, unknown>;
  warnings: WarningView[];
}

/** The entry for a run of an unchanged shipped file without overrides, else null. */
export function prevalidatedFor(
  entries: readonly PrevalidatedScenario[],
  req: Pick<RunRequest, 'file' | 'text' | 'overrides'>,
): PrevalidatedScenario | null {
  if (req.overrides.length > 0) return null;
  return entries.find((e) => e.file === req.file && e.text === req.text) ?? null;
}
