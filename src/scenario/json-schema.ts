// The published JSON Schema (`orgflow schema`) comes from the same zod schema that
// validates files, so editors and the CLI can never disagree about a field's shape.
import * as z from 'zod';
import { ScenarioFile } from './schema.js';

/** JSON Schema (draft 2020-12) of the scenario file as written, before defaults. */
export function scenarioJsonSchema(): object {
  // Range rules are zod refinements; their bounds appear via `.meta` (minimum, maximum).
  return z.toJSONSchema(ScenarioFile, { io: 'input', target: 'draft-2020-12' }) as object;
}
