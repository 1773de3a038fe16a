// parseScenario: text in, a runnable Scenario or every problem at once out. Never throws on
// user input. Stages: size guard, YAML (with positions), overrides, schema, cross-field
// checks, then normalisation and warnings for a valid file.
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { dotted, type Finding, type Override, type ParseResult, type ScenarioIssue } from './issues.js';
import { locate, writtenNumber } from './locate.js';
import { applyOverrides, overrideLabel, type OverrideFinding } from './overrides.js';
import { ScenarioFile } from './schema.js';
import { translate } from './zod-issues.js';
import { checkReferences } from './references.js';
import { checkCoverage, type ModeRequest } from './coverage.js';
import { checkPeople } from './people.js';
import { normalise } from './normalise.js';
import { scenarioWarnings } from './warnings.js';
import { duplicateKeys } from './duplicate-keys.js';

export interface ParseOptions {
  /** The file the text came from. Issues carry no file name (formatIssue adds it), so this is informational. */
  file?: string;
  overrides?: Override[];
  /** Which organisations must be present: 'both' (default), one of them, or 'any' (validate). */
  mode?: ModeRequest;
}

/** Larger files are refused before parsing: a scenario is a page of YAML, not a data set. */
export const MAX_BYTES = 1024 * 1024;
/** Aliases expanded per document; far above honest use, far below a "billion laughs". */
const MAX_ALIASES = 1000;
/**
 * Problems listed per file. A hostile file can hold hundreds of thousands (one per broken
 * token or key); the first ones are what to fix, and every further line only costs time.
 */
export const MAX_ISSUES = 100;

/** At most MAX_ISSUES of `issues`, and a last line saying how many were left out. */
function capped(issues: ScenarioIssue[], total: number): ScenarioIssue[] {
  if (total <= issues.length) return issues;
  const more = total - issues.length;
  return [
    ...issues,
    {
      code: 'TOO_MANY_ISSUES',
      path: '',
      line: 0,
      column: 0,
      message: `${more} more ${more === 1 ? 'problem' : 'problems'} not listed (at most ${MAX_ISSUES} are): fix these and check again`,
      params: { count: more, max: MAX_ISSUES },
    },
  ];
}

const whole = (code: string, message: string, expected?: string, found?: string): ScenarioIssue => ({
  code,
  path: '',
  line: 1,
  column: 1,
  message,
  ...(expected ? { expected } : {}),
  ...(found ? { found } : {}),
});

function byteLength(text: string): number {
  // Only count exactly when it matters: a UTF-8 character is at most 3 bytes per UTF-16 unit.
  return text.length * 3 <= MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/**
 * The document with positions, or the message of the exception yaml threw: its parser
 * recurses per line in some broken block mappings, and a few thousand lines then overflow
 * the stack (found by the fuzzer). parseScenario must never throw on user input.
 */
function parseYaml(text: string, lc: LineCounter): { doc: Document } | { error: string } {
  try {
    // logLevel 'error': yaml would otherwise print warnings itself; we return them as data.
    // uniqueKeys false: duplicate-keys.ts does that check in linear time.
    return { doc: parseDocument(text, { lineCounter: lc, prettyErrors: true, logLevel: 'error', uniqueKeys: false }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function toJS(doc: Document): { data: unknown } | { error: string } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function firstAlias(doc: Document, lc: LineCounter): { line: number; column: number } {
  let at = { line: 1, column: 1 };
  visit(doc, {
    Alias(_key, node) {
      if (node.range) {
        const p = lc.linePos(node.range[0]);
        at = { line: p.line, column: p.col };
      }
      return visit.BREAK;
    },
  });
  return at;
}

/**
 * Drops a finding when another with the same code says the same about a field inside it.
 * Linear in the number of findings (times the path depth): a hostile file can make tens of
 * thousands, and comparing each with each took minutes.
 */
function dedupe(findings: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.code}|${dotted(f.path)}|${f.message}`;
  // code|path of every field that has a finding of that code somewhere inside it.
  const enclosing = new Set<string>();
  for (const g of findings) for (let n = 0; n < g.path.length; n++) enclosing.add(`${g.code}|${dotted(g.path.slice(0, n))}`);
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (seen.has(key(f))) return false;
    seen.add(key(f));
    return !enclosing.has(`${f.code}|${dotted(f.path)}`);
  });
}

/** The override sharing the longest leading path with `path` (the last one on a tie). */
function closestOverride(path: string, overrides: readonly Override[]): Override | undefined {
  const segments = path.split('.');
  const shared = (o: Override) => {
    const other = o.path.split('.');
    let n = 0;
    while (n < segments.length && n < other.length && segments[n] === other[n]) n++;
    return n;
  };
  let best: Override | undefined;
  for (const o of overrides) if (shared(o) > 0 && (!best || shared(o) >= shared(best))) best = o;
  return best;
}

function place(f: Finding, doc: Document, lc: LineCounter, text: string, overrides: readonly Override[]): ScenarioIssue {
  const { at: _at, path, ...rest } = f;
  const given = (f as Partial<OverrideFinding>).override;
  const pos = given ? null : locate(doc, lc, path, f.at);
  const written = pos && f.at !== 'key' && f.found !== undefined ? writtenNumber(doc, text, path) : null;
  if (written !== null) rest.found = `${written} (read as ${f.found})`;
  if (pos) return { ...rest, path: dotted(path), line: pos.line, column: pos.column };
  // No place in the file: the value came from the override whose path is closest to it.
  const p = dotted(path);
  const source = given ?? closestOverride(p, overrides);
  if (!source) return { ...rest, path: p, line: 0, column: 0 };
  const label = overrideLabel(source);
  const where = p === source.path ? '' : `${p}: `;
  return { ...rest, message: `${label}: ${where}${f.message}`, path: p, line: 0, column: 0, source: label };
}

/** yaml's message without the position and source excerpt it appends (we report those as fields). */
const firstLine = (m: string) => m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

const order = (a: ScenarioIssue, b: ScenarioIssue) => a.line - b.line || a.column - b.column;

export function parseScenario(text: string, options: ParseOptions = {}): ParseResult {
  const fail = (issues: ScenarioIssue[]): ParseResult => ({ scenario: null, file: null, plain: null, issues, warnings: [] });
  const size = byteLength(text);
  if (size > MAX_BYTES) return fail([whole('TOO_LARGE', 'the scenario file is too large', `at most ${MAX_BYTES} bytes`, `${size} bytes`)]);

  const lc = new LineCounter();
  const parsed = parseYaml(text, lc);
  if ('error' in parsed) return fail([whole('YAML_SYNTAX', `${parsed.error} (RESOURCE_EXHAUSTION)`)]);
  const doc = parsed.doc;
  const syntax: ScenarioIssue[] = [
    ...doc.errors.map((e) => ({
      code: 'YAML_SYNTAX',
      path: '',
      line: e.linePos?.[0].line ?? 1,
      column: e.linePos?.[0].col ?? 1,
      message: `${firstLine(e.message)} (${e.code})`,
    })),
    ...duplicateKeys(doc, lc).map((at) => ({
      code: 'YAML_SYNTAX',
      path: '',
      ...at,
      message: 'Map keys must be unique (DUPLICATE_KEY)',
    })),
  ];
  if (syntax.length > 0) return fail(capped(syntax.sort(order).slice(0, MAX_ISSUES), syntax.length));
  const yamlWarnings: ScenarioIssue[] = doc.warnings.map((w) => ({
    code: 'YAML_WARNING',
    path: '',
    line: w.linePos?.[0].line ?? 1,
    column: w.linePos?.[0].col ?? 1,
    message: firstLine(w.message),
  }));

  const before = toJS(doc);
  if ('error' in before)
    return fail([
      {
        ...whole('YAML_ALIAS_LIMIT', `too many aliases: ${before.error}`, `at most ${MAX_ALIASES} alias expansions`),
        ...firstAlias(doc, lc),
      },
    ]);
  const overrides = options.overrides ?? [];
  const overrideProblems = applyOverrides(doc, overrides, ScenarioFile, before.data);
  const after = overrides.length > 0 ? toJS(doc) : before;
  if ('error' in after) return fail([{ ...whole('YAML_ALIAS_LIMIT', `too many aliases: ${after.error}`), ...firstAlias(doc, lc) }]);

  const checked = ScenarioFile.safeParse(after.data);
  const findings = dedupe([
    ...overrideProblems,
    ...(checked.success ? [] : checked.error.issues.flatMap((i) => translate(i, ScenarioFile, after.data))),
    ...checkReferences(after.data),
    ...checkPeople(after.data),
    ...checkCoverage(after.data, options.mode ?? 'both'),
  ]);
  // Only the listed findings are located: a lookup in a mapping is linear in its keys.
  const located = (fs: Finding[]) =>
    capped(
      fs
        .slice(0, MAX_ISSUES)
        .map((f) => place(f, doc, lc, text, overrides))
        .sort(order),
      fs.length,
    );
  const plain = { original: before.data, current: after.data };
  if (findings.length > 0 || !checked.success)
    return { scenario: null, file: null, plain, issues: located(findings), warnings: yamlWarnings };

  const scenario = normalise(checked.data);
  return { scenario, file: checked.data, plain, issues: [], warnings: [...yamlWarnings, ...located(scenarioWarnings(scenario))] };
}
