// Problems in a scenario are data with stable codes and positions (STYLE habit 5); they
// become text only at the edge, through formatIssue.
import type { Scenario } from './types.js';
import type { ScenarioFile } from './schema.js';
import { escapeControls, quote } from './quote.js';

export interface ScenarioIssue {
  /** Stable UPPER_SNAKE code, e.g. UNKNOWN_KEY, STAFF_TOO_SMALL. */
  code: string;
  /** Dotted field path, e.g. `organisations.silo.departments.0.staff`; '' for the whole file. */
  path: string;
  /** 1-based; 0 when the value came from an override, not from the file. */
  line: number;
  column: number;
  message: string;
  expected?: string;
  found?: string;
  /** Set when the value came from `--set`: the override as typed, e.g. `--set a.b=5`. */
  source?: string;
  /**
   * The message's values as data (ids, counts, ratios), for front ends that word the message
   * in another language by `code` (the page does); the CLI prints `message` and ignores them.
   */
  params?: IssueParams;
}

/** Structured values of a message: names as written in the file, numbers unformatted. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * Every code a scenario issue or warning can carry (docs/model.md#what-is-checked and
 * #warnings). A front end that words messages itself covers each of these; anything else
 * (a zod code no rule translates) it shows as the English message.
 */
export const ISSUE_CODES = [
  'TOO_LARGE',
  'NOT_FINITE',
  'YAML_SYNTAX',
  'YAML_ALIAS_LIMIT',
  'UNKNOWN_KEY',
  'MISSING',
  'INVALID_TYPE',
  'INVALID_VALUE',
  'INVALID_DURATION',
  'INVALID_RATE',
  'NEGATIVE_VALUE',
  'TOO_SMALL',
  'NOT_INTEGER',
  'STAFF_TOO_SMALL',
  'NON_POSITIVE_MEAN',
  'NON_POSITIVE_RATE',
  'NON_POSITIVE_SHARE',
  'PROBABILITY_RANGE',
  'PROFICIENCY_RANGE',
  'COORDINATION_RANGE',
  'INVALID_PARAMETER',
  'ZERO_DELAY',
  'HEADCOUNT_LIMIT',
  'SKILL_LIMIT',
  'CONTROL_CHARACTER',
  'RESERVED_NAME',
  'CONFLICTING_KEYS',
  'DUPLICATE_ID',
  'UNKNOWN_TASK',
  'DEPENDENCY_CYCLE',
  'UNKNOWN_SKILL',
  'TEAM_LACKS_SKILL',
  'MISSING_ORGANISATION',
  'WARMUP_NOT_BEFORE_HORIZON',
  'UNKNOWN_OVERRIDE_PATH',
  'OVERRIDE_INDEX',
  'INVALID_OVERRIDE_VALUE',
  'TOO_MANY_ISSUES',
  'HEADCOUNT_DIFFERS',
  'OVERLOAD',
  'YAML_WARNING',
  // Working time (calendars, arrival profiles, absences).
  'INVALID_HOURS',
  'NO_ARRIVALS',
  'ABSENCE_SHARE_RANGE',
] as const;

export interface ParseResult {
  /** Null whenever `issues` is non-empty. */
  scenario: Scenario | null;
  /**
   * The validated file behind `scenario` (plain data, overrides applied): `normalise` turns it
   * into the same Scenario without yaml and zod, so worker threads and helper workers need
   * not load them. Null whenever `scenario` is.
   */
  file: ScenarioFile | null;
  /**
   * The file as plain data before validation, as written and with the overrides applied
   * (the web page reads its sliders' ranges and positions from it, without parsing YAML
   * itself). Null when the text is not YAML a scenario can be read from.
   */
  plain: { original: unknown; current: unknown } | null;
  issues: ScenarioIssue[];
  warnings: ScenarioIssue[];
}

/** One `--set path=value` from the command line or a slider. */
export interface Override {
  path: string;
  value: string;
}

/**
 * `file:line:column path: message (expected X, found Y)`. An issue from an override has no
 * position in the file; its message starts with the override instead: `file: --set a.b=5: ...`.
 * Always one line without control characters, whatever the file's keys and values hold.
 */
export function formatIssue(file: string, issue: ScenarioIssue): string {
  const path = issue.path === '' ? '' : ` ${issue.path}`;
  const head = issue.line > 0 ? `${file}:${issue.line}:${issue.column}${path}` : file;
  const detail = [issue.expected !== undefined ? `expected ${issue.expected}` : '', issue.found !== undefined ? `found ${issue.found}` : '']
    .filter((s) => s !== '')
    .join(', ');
  return escapeControls(`${head}: ${issue.message}${detail ? ` (${detail})` : ''}`);
}

/** Keys a mapping is described by before the rest is summed up as "…". */
const KEYS_SHOWN = 8;

/** How a value reads in a message: strings quoted, structures by kind, absence as "nothing". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    const shown = keys.slice(0, KEYS_SHOWN).map((k) => (/^[\w-]{1,40}$/.test(k) ? k : quote(k)));
    return `a mapping {${[...shown, ...(keys.length > KEYS_SHOWN ? [`… ${keys.length - KEYS_SHOWN} more`] : [])].join(', ')}}`;
  }
  return typeof v;
}

/** Joins a field path the way messages show it. */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** An issue before it has a position: what the checks produce, locate.ts adds line:column. */
export interface Finding {
  code: string;
  path: (string | number)[];
  /** 'key' points at the key itself (an unknown key); default: the value, or its parent if absent. */
  at?: 'key' | 'value';
  message: string;
  expected?: string;
  found?: string;
  params?: IssueParams;
}
