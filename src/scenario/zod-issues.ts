// Translates zod's issues into findings with our stable codes and plain messages. A union
// (number | duration string | {dist}) fails in every branch at once; we report the branch
// the value was meant for, not all three.
import type * as z from 'zod';
import { describeValue, type Finding } from './issues.js';
import { quote } from './quote.js';
import { describedAs, knownKeys, schemaAt } from './schema-walk.js';
import { DURATION_PATTERN, RATE_PATTERN } from './units.js';
import type { RuleParams } from './values.js';

type Path = (string | number)[];
type Issue = z.core.$ZodIssue;

const NOUNS: Record<string, string> = {
  number: 'a number',
  string: 'a string',
  object: 'a mapping',
  array: 'a list',
  record: 'a mapping',
  boolean: 'true or false',
  int: 'a whole number',
};

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) v = (v as Record<string | number, unknown> | null | undefined)?.[seg];
  return v;
}

/** True when an issue only says "this branch takes another kind of value" (nested unions too). */
function wrongKind(i: Issue): boolean {
  if (i.path.length > 0) return false;
  if (i.code === 'invalid_type') return true;
  return i.code === 'invalid_union' && !('discriminator' in i && i.discriminator) && i.errors.every((b) => b.every(wrongKind));
}

/** The branch of a failed union the value belongs to: the one that failed for more than its type. */
function meantBranch(errors: Issue[][]): Issue[] | null {
  const typed = errors.filter((branch) => !branch.every(wrongKind));
  return typed.length === 1 ? typed[0] : null;
}

export function translate(issue: Issue, root: z.core.$ZodType, data: unknown, prefix: Path = []): Finding[] {
  const path: Path = [...prefix, ...(issue.path as Path)];
  const value = valueAt(data, path);
  const found = describeValue(value);
  const last = path.length > 0 ? String(path[path.length - 1]) : 'the scenario';
  const absent = value === undefined || value === null;

  // YAML reads .inf, .nan and 1e400 as numbers zod refuses as a wrong type; say what they are.
  if (typeof value === 'number' && !Number.isFinite(value) && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const expected = issue.code === 'invalid_union' ? describedAs(schemaAt(root, path, data)) : NOUNS[issue.expected];
    return [
      {
        code: 'NOT_FINITE',
        path,
        message: `${last} must be a finite number`,
        expected: expected ?? 'a finite number',
        found,
      },
    ];
  }

  switch (issue.code) {
    case 'custom': {
      const params = issue.params as RuleParams | undefined;
      if (!params) break;
      return [{ code: params.code, path, message: issue.message, expected: params.expected, found }];
    }
    case 'unrecognized_keys': {
      const keys = knownKeys(root, path, data);
      return issue.keys.map((key) => ({
        code: 'UNKNOWN_KEY',
        path: [...path, key],
        at: 'key' as const,
        message: `unknown key ${quote(key)}${suggest(key, keys)}`,
        ...(keys.length > 0 ? { expected: `one of ${keys.join(', ')}` } : {}),
        found: quote(key),
        params: { key, suggestion: nearest(key, keys) ?? '', options: keys.join(', ') },
      }));
    }
    case 'invalid_union': {
      const branch = meantBranch(issue.errors);
      if (branch) return branch.flatMap((i) => translate(i, root, data, path));
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return [
          {
            code: absent ? 'MISSING' : 'INVALID_VALUE',
            path,
            message: absent ? `missing "${last}"` : `unknown ${last === 'dist' ? 'distribution' : last} ${describeValue(value)}`,
            expected: `one of ${options.join(', ')}`,
            found,
            params: { options: options.join(', ') },
          },
        ];
      }
      return [typeIssue(path, last, value, describedAs(schemaAt(root, path, data)) ?? 'another kind of value', found)];
    }
    case 'invalid_type':
      return [typeIssue(path, last, value, NOUNS[issue.expected] ?? issue.expected, found)];
    case 'invalid_key': {
      // A mapping's key broke the key's rule (a member's skill name): point at the key itself.
      const key = quote(String(last));
      return issue.issues
        .flatMap((i) => translate(i, root, data, path))
        .map((f) => ({ ...f, at: 'key' as const, message: f.code === 'TOO_SMALL' ? 'a key cannot be empty' : f.message, found: key }));
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? issue.pattern : undefined;
      if (pattern === String(DURATION_PATTERN)) {
        return [
          {
            code: 'INVALID_DURATION',
            path,
            message: 'not a valid duration',
            expected: 'minutes or a number with a unit s, m, h, d, w, e.g. "15m" or "1.5h"',
            found,
          },
        ];
      }
      if (pattern === String(RATE_PATTERN)) {
        return [
          {
            code: 'INVALID_RATE',
            path,
            message: 'not a valid rate',
            expected: 'a number per minute or a count per unit, e.g. "12/h" or "90/d"',
            found,
          },
        ];
      }
      break;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const expected =
        issue.origin === 'array'
          ? `at least ${min} ${min === 1 ? 'entry' : 'entries'}`
          : issue.origin === 'string'
            ? 'a non-empty text'
            : `at least ${min}`;
      return [{ code: 'TOO_SMALL', path, message: `${last} is too small`, expected, found }];
    }
    case 'invalid_value':
      return [
        {
          code: absent ? 'MISSING' : 'INVALID_VALUE',
          path,
          message: absent ? `missing "${last}"` : `${last} has no such option`,
          expected: `one of ${issue.values.map(String).join(', ')}`,
          found,
          params: { options: issue.values.map(String).join(', ') },
        },
      ];
    default:
      break;
  }
  return [{ code: issue.code.toUpperCase(), path, message: issue.message, found }];
}

function typeIssue(path: Path, last: string, value: unknown, expected: string, found: string): Finding {
  if (value !== undefined && value !== null) return { code: 'INVALID_TYPE', path, message: `${last} has the wrong type`, expected, found };
  const message = path.length === 0 ? 'the scenario is empty' : value === null ? `"${last}" has no value` : `missing "${last}"`;
  return { code: 'MISSING', path, message, expected, found };
}

/** The known key one or two typos away from `key`, if any. */
function nearest(key: string, known: string[]): string | undefined {
  return known.find((k) => k !== key && editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
}

/** ' (did you mean "departments"?)' when a known key is one or two typos away. */
function suggest(key: string, known: string[]): string {
  const near = nearest(key, known);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** Levenshtein distance, small strings only (keys). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
