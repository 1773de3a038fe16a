// `--set path=value` (and the web sliders) change the parsed YAML document before
// validation, so an override is checked exactly like the file. A misspelled path must not
// add an ignored key, and an index past a list's end must not silently append.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import type { Finding, Override } from './issues.js';
import { schemaAt, knownKeys } from './schema-walk.js';
import { quote } from './quote.js';

/** A finding caused by an override, to be shown as the override rather than a file position. */
export interface OverrideFinding extends Finding {
  override: Override;
}

const INDEX = /^\d+$/;

/** `-- set a.0.b=x` as a readable label. */
export function overrideLabel(o: Override): string {
  return `--set ${o.path}=${o.value}`;
}

function problem(o: Override, code: string, message: string, expected: string, found: string): OverrideFinding {
  return { code, path: o.path.split('.'), message, expected, found, override: o };
}

/**
 * The path as keys and indices, checked against the document and the schema; a problem
 * when it does not name a scenario field or an existing list entry.
 */
function resolve(doc: Document, o: Override, root: z.core.$ZodType, data: unknown): (string | number)[] | OverrideFinding {
  const segments = o.path.split('.');
  if (o.path.trim() === '' || segments.some((s) => s === '')) {
    return problem(
      o,
      'UNKNOWN_OVERRIDE_PATH',
      'an override needs a dotted field path',
      'a path like organisations.silo.departments.0.staff',
      JSON.stringify(o.path),
    );
  }
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (const seg of segments) {
    const here = path.join('.') || 'the scenario';
    if (isSeq(node) || (node === undefined && INDEX.test(seg))) {
      const length = isSeq(node) ? node.items.length : 0;
      if (!INDEX.test(seg)) {
        return problem(
          o,
          'UNKNOWN_OVERRIDE_PATH',
          `${here} is a list, indexed by number`,
          `an index from 0 to ${length - 1}`,
          JSON.stringify(seg),
        );
      }
      if (Number(seg) >= length) {
        return problem(
          o,
          'OVERRIDE_INDEX',
          `${here} has ${length} ${length === 1 ? 'entry' : 'entries'}, so index ${seg} does not exist`,
          `an index from 0 to ${length - 1}`,
          seg,
        );
      }
      path.push(Number(seg));
    } else if (isMap(node) || node === undefined || node === null) {
      const exists = isMap(node) && node.has(seg);
      if (!exists && schemaAt(root, [...path, seg], data) === undefined) {
        const keys = knownKeys(root, path, data);
        return problem(
          o,
          'UNKNOWN_OVERRIDE_PATH',
          `${here} has no field "${seg}"`,
          keys.length > 0 ? `one of ${keys.join(', ')}` : 'a scenario field',
          JSON.stringify(seg),
        );
      }
      path.push(seg);
    } else {
      const value = isScalar(node) ? JSON.stringify(node.value) : 'a value';
      return problem(o, 'UNKNOWN_OVERRIDE_PATH', `${here} is ${value}, which has no field "${seg}"`, 'a path to a scenario field', o.path);
    }
    node = isMap(node) || isSeq(node) ? node.get(path[path.length - 1], true) : undefined;
  }
  return path;
}

/** The value as YAML flow: `5`, `14/h`, `2h`, `[a, b]`, `{"dist": "exponential", "mean": 5}`. */
function parseValue(o: Override): { value: unknown } | OverrideFinding {
  let parsed: Document;
  try {
    parsed = parseDocument(o.value);
  } catch (e) {
    // yaml's parser can overflow the stack on some broken input (see parse.ts).
    return problem(
      o,
      'INVALID_OVERRIDE_VALUE',
      `the value is not valid YAML: ${(e as Error).message}`,
      'a YAML or JSON value',
      quote(o.value),
    );
  }
  if (parsed.errors.length > 0) {
    return problem(
      o,
      'INVALID_OVERRIDE_VALUE',
      `the value is not valid YAML: ${parsed.errors[0].message.split('\n')[0]}`,
      'a YAML or JSON value',
      JSON.stringify(o.value),
    );
  }
  try {
    // As in the file (parse.ts): aliases are expanded at most 1000 times; an unknown alias throws.
    return { value: parsed.toJS({ maxAliasCount: 1000 }) };
  } catch (e) {
    return problem(
      o,
      'INVALID_OVERRIDE_VALUE',
      `the value cannot be read: ${(e as Error).message}`,
      'a YAML or JSON value',
      quote(o.value),
    );
  }
}

/** Applies each override in turn; the ones that cannot be applied come back as findings. */
export function applyOverrides(doc: Document, overrides: readonly Override[], root: z.core.$ZodType, data: unknown): OverrideFinding[] {
  const problems: OverrideFinding[] = [];
  for (const o of overrides) {
    const path = resolve(doc, o, root, data);
    if (!Array.isArray(path)) {
      problems.push(path);
      continue;
    }
    const value = parseValue(o);
    if ('code' in value) {
      problems.push(value);
      continue;
    }
    try {
      doc.setIn(path, doc.createNode(value.value));
    } catch (e) {
      // yaml refuses to descend through a scalar it cannot replace; report, don't throw.
      problems.push(
        problem(o, 'UNKNOWN_OVERRIDE_PATH', `cannot set this path: ${(e as Error).message}`, 'a path to a scenario field', o.path),
      );
    }
  }
  return problems;
}
