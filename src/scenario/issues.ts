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
}

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
}
