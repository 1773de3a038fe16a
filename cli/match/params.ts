// The staff fields `orgflow match` may add people to: the silo's intake and departments.
// A --param that names anything else is refused before anything runs, with the place in
// the scenario file it points at and the fields it could have named.
import { LineCounter, parseDocument } from 'yaml';
import { formatIssue, type ScenarioFile } from '../../src/index.js';
import { ScenarioError, UsageError } from '../errors.js';
import type { LoadedScenario } from '../load.js';

/** A silo staff field: its dotted path, the unit it staffs and its headcount before the search. */
export interface StaffField {
  path: string;
  unit: string;
  from: number;
}

/** Every staff field of the silo, in file order: the intake (if any), then each department. */
export function siloStaffFields(data: ScenarioFile): StaffField[] {
  const silo = data.organisations.silo;
  if (!silo) return [];
  const fields: StaffField[] = [];
  if (silo.intake) fields.push({ path: 'organisations.silo.intake.staff', unit: 'intake', from: silo.intake.staff });
  silo.departments.forEach((d, i) => fields.push({ path: `organisations.silo.departments.${i}.staff`, unit: d.id, from: d.staff }));
  return fields;
}

/** The named fields, each checked; a located error (exit 2) for every one that is not a silo staff field. */
export function staffParams(params: readonly string[], loaded: LoadedScenario): StaffField[] {
  const fields = siloStaffFields(loaded.data);
  const problems: string[] = [];
  const chosen: StaffField[] = [];
  for (const param of params) {
    const field = fields.find((f) => f.path === param);
    if (!field) problems.push(notAStaffField(param, fields, loaded));
    else if (chosen.includes(field)) problems.push(located(param, loaded, `--param ${param} is given twice`, 'each staff field once'));
    else chosen.push(field);
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  if (chosen.length === 0) throw new UsageError('name at least one silo staff field with --param', 'see orgflow match --help');
  return chosen;
}

function notAStaffField(param: string, fields: readonly StaffField[], loaded: LoadedScenario): string {
  const choices = `one of ${fields.map((f) => `${f.path} (${f.unit})`).join(', ')}`;
  const value = valueAt(loaded.data, param);
  const why = !param.startsWith('organisations.silo.')
    ? param.startsWith('organisations.team.')
      ? 'is a field of the team organisation; match adds people to the silo only'
      : 'is not a field of the silo organisation; match adds people to the silo only'
    : value === undefined
      ? 'names no field of this scenario'
      : typeof value === 'number'
        ? 'is a number but not a headcount; match adds whole people to staff fields'
        : 'is not a staff field (a whole number of people)';
  return located(param, loaded, `--param ${param} ${why}`, choices);
}

/** The value at a dotted path of the validated data, or undefined when there is none. */
function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `file:line:column path: message (expected …)`, at the field or its nearest enclosing one written in the file. */
function located(param: string, loaded: LoadedScenario, message: string, expected: string): string {
  const { line, column } = position(loaded.text, param);
  return formatIssue(loaded.file, { code: 'MATCH_PARAM', path: param, line, column, message, expected });
}

function position(text: string, param: string): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const parts = param.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = parts.length; n > 0; n--) {
    const node = doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
