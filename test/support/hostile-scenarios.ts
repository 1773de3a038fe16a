// Hostile scenario files for the property test (test/cli/hostile.property.test.ts) and the
// long fuzz run (scripts/fuzz-cli.ts): valid scenarios (the shipped ones and the good
// fixtures), mutated at random — numbers to extremes, types swapped, keys dropped or
// duplicated, control characters, very long strings, deep nesting, raw bytes — and a check
// of what the CLI does with each: exit 0 or 2 within a time bound, never 1 or a signal, never
// a stack trace, never a raw control character on the terminal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { loadParser } from '../../src/index.js';
import { ROOT, runCli, type BoundedResult } from './spawn-cli.js';

/** A line of a stack trace ("    at fn (file:1:2)"), as in test/cli/helpers.ts. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
/** A control character other than tab and newline: none may reach the terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

type Data = null | boolean | number | string | Data[] | { [key: string]: Data };
type Path = (string | number)[];

export interface Base {
  name: string;
  data: Data;
}

/** The valid scenarios mutations start from. */
export function validBases(): Base[] {
  const from = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, data: parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Data }));
  return [...from('scenarios'), ...from('test/fixtures/good')];
}

const KINDS = [
  'limit',
  'number',
  'duration',
  'raw-number',
  'type',
  'drop',
  'duplicate-key',
  'unknown-key',
  'control',
  'long',
  'nest',
  'list',
  'many',
  'name',
  'raw-text',
] as const;
export type MutationKind = (typeof KINDS)[number];

/** One change: `at` picks the place (modulo the candidates), `pick` the variant. */
export interface Mutation {
  kind: MutationKind;
  at: number;
  pick: number;
}

/** Values at the edges of what the checks allow somewhere: most are valid for some field, so the file still runs. */
const LIMITS: Data[] = [
  0,
  1,
  1e-6,
  0.001,
  0.99,
  10,
  1000,
  10_000,
  1e9,
  5_256_000,
  52_560_000,
  9_007_199_254_740_991,
  1e6,
  1.9025875190258754e-7,
  '3650d',
  '36500d',
  '1000000/m',
  '1/w',
];
const NUMBERS = [
  0,
  -1,
  1e308,
  -1e308,
  1e-308,
  5e-324,
  Number.NaN,
  Infinity,
  -Infinity,
  2 ** 31,
  2 ** 53 + 2,
  1e15,
  0.5,
  1.5,
  -1e-6,
  1e6,
  1e4,
  10001,
  1e5,
];
const RAW_NUMBERS = [
  '18446744073709551615',
  '1e400',
  '-1e400',
  '.nan',
  '.inf',
  '-.inf',
  '0x7fffffff',
  '0o17',
  '9007199254740993',
  '1e-400',
  '-0',
  '+12',
  '1_000',
  '.5e1',
];
const DURATIONS = [
  '99999999999999999999999999999999999999d',
  '1e3m',
  '0.000000001m',
  '36501d',
  '36500d',
  '3650d',
  '-1h',
  '1000000000/h',
  '0/h',
  '1/w',
  ' 2 h ',
  '1h30m',
  '',
  '0.0000001/d',
];
const TYPES: Data[] = [null, true, false, 'text', [], {}, [1, 2], { a: 1 }, 42, '12/h', { dist: 'exponential', mean: 5 }, { dist: 'nope' }];
const CONTROLS = [
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u009b2J',
  '\u0000',
  '\r',
  '\b',
  '\u007f',
  '\u2028',
  '\u202e',
  '\f',
  '\u0085',
  '\t',
  '\n',
];
const NAMES = ['intake', '__proto__', 'constructor', '', ' ', 'toString', 'hasOwnProperty', 'x'.repeat(300), 'ä€😀', '0', 'a.b', 'd1'];
const LONG = [1_000, 50_000, 400_000, 1_100_000];
const DEPTHS = [50, 1_000, 10_000];
/** Entries of a list or keys of a mapping blown up: checks that compare each with each take for ever. */
const MANY = [100, 5_000, 30_000];
const RAW_TEXT = [
  '\u0007',
  '\u0000',
  '\t',
  '\u001b[2J',
  '\r',
  '\ufeff',
  '\u0085',
  ': :',
  '{',
  '&a ',
  '*a',
  '!!binary ',
  '%YAML 1.1\n---\n',
  '\n---\n',
  '<<: *a\n',
  '\u009b',
  '"',
  "'",
  '\\',
];

const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length];

interface Node {
  path: Path;
  value: Data;
}

function nodes(data: Data, path: Path = []): Node[] {
  const here: Node = { path, value: data };
  if (Array.isArray(data)) return [here, ...data.flatMap((v, i) => nodes(v, [...path, i]))];
  if (data !== null && typeof data === 'object') return [here, ...Object.entries(data).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return [here];
}

const isMapping = (v: Data): v is { [key: string]: Data } => v !== null && typeof v === 'object' && !Array.isArray(v);

function get(data: Data, path: Path): Data {
  return path.reduce<Data>((v, seg) => (v as Record<string | number, Data>)[seg], data);
}

function set(data: Data, path: Path, value: Data): Data {
  if (path.length === 0) return value;
  const parent = get(data, path.slice(0, -1)) as Record<string | number, Data>;
  parent[path[path.length - 1]] = value;
  return data;
}

/** Text spliced in after YAML is written (literals YAML would quote, duplicate keys, nesting). */
class Literals {
  readonly texts: string[] = [];
  add(text: string): string {
    this.texts.push(text);
    return `RAWLIT${this.texts.length - 1}Z`;
  }
}

function nested(depth: number, mapping: boolean): string {
  return mapping ? `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** Applies one tree mutation; returns the (possibly replaced) root. */
function mutate(data: Data, m: Mutation, literals: Literals): Data {
  const all = nodes(data);
  const choose = (candidates: Node[]): Node => pickFrom(candidates.length > 0 ? candidates : all, m.at);
  switch (m.kind) {
    case 'limit': {
      const n = choose(all.filter((x) => typeof x.value === 'number' || (typeof x.value === 'string' && /^\s*[-+.\d]/.test(x.value))));
      return set(data, n.path, pickFrom(LIMITS, m.pick));
    }
    case 'number': {
      const n = choose(all.filter((x) => typeof x.value === 'number'));
      return set(data, n.path, pickFrom(NUMBERS, m.pick));
    }
    case 'duration': {
      const n = choose(all.filter((x) => typeof x.value === 'number' || (typeof x.value === 'string' && /^\s*[-+.\d]/.test(x.value))));
      return set(data, n.path, pickFrom(DURATIONS, m.pick));
    }
    case 'raw-number': {
      const n = choose(all.filter((x) => typeof x.value === 'number'));
      return set(data, n.path, literals.add(pickFrom(RAW_NUMBERS, m.pick)));
    }
    case 'type':
      return set(data, choose(all).path, structuredClone(pickFrom(TYPES, m.pick)));
    case 'nest':
      return set(data, choose(all.slice(1)).path, literals.add(nested(pickFrom(DEPTHS, m.pick), m.pick % 2 === 1)));
    case 'drop': {
      const n = choose(all.filter((x) => x.path.length > 0 && isMapping(get(data, x.path.slice(0, -1)))));
      if (n.path.length === 0) return data;
      delete (get(data, n.path.slice(0, -1)) as Record<string, Data>)[n.path[n.path.length - 1] as string];
      return data;
    }
    case 'duplicate-key':
    case 'unknown-key': {
      const n = choose(all.filter((x) => isMapping(x.value) && Object.keys(x.value).length > 0));
      if (!isMapping(n.value)) return data;
      const keys = Object.keys(n.value);
      const key = m.kind === 'duplicate-key' ? literals.add(JSON.stringify(pickFrom(keys, m.pick))) : `${pickFrom(keys, m.pick)}x`;
      n.value[key] = m.pick % 3 === 0 ? structuredClone(pickFrom(TYPES, m.pick)) : structuredClone(n.value[pickFrom(keys, m.pick)]);
      return data;
    }
    case 'control': {
      const control = pickFrom(CONTROLS, m.pick);
      const n = choose(all.filter((x) => typeof x.value === 'string' || (m.pick % 2 === 1 && isMapping(x.value))));
      if (typeof n.value === 'string') return set(data, n.path, `${n.value.slice(0, 3)}${control}${n.value.slice(3)}`);
      if (isMapping(n.value) && Object.keys(n.value).length > 0) {
        const key = pickFrom(Object.keys(n.value), m.pick);
        n.value[`${key}${control}`] = n.value[key];
        delete n.value[key];
      }
      return data;
    }
    case 'long': {
      const n = choose(all.filter((x) => typeof x.value === 'string'));
      return set(data, n.path, 'x'.repeat(pickFrom(LONG, m.pick)));
    }
    case 'many': {
      const n = choose(all.filter((x) => (Array.isArray(x.value) || isMapping(x.value)) && Object.keys(x.value).length > 0));
      const count = pickFrom(MANY, m.pick);
      if (Array.isArray(n.value)) {
        const first = n.value[0];
        for (let i = 0; i < count; i++) n.value.push(structuredClone(first));
      } else if (isMapping(n.value)) {
        const first = Object.values(n.value)[0];
        for (let i = 0; i < count; i++) n.value[`k${i}`] = structuredClone(first);
      }
      return data;
    }
    case 'name': {
      const n = choose(all.filter((x) => typeof x.value === 'string' && /(^|\.)(id|skill|\d+)$/.test(x.path.join('.'))));
      return set(data, n.path, pickFrom(NAMES, m.pick));
    }
    case 'list': {
      const n = choose(all.filter((x) => Array.isArray(x.value) && x.value.length > 0));
      if (!Array.isArray(n.value)) return data;
      if (m.pick % 3 === 0) n.value.length = 0;
      else if (m.pick % 3 === 1) n.value.push(structuredClone(n.value[m.pick % n.value.length]));
      else n.value.reverse();
      return data;
    }
    case 'raw-text':
      return data; // applied to the text, see hostileText
  }
}

/** The scenario `base` with the mutations applied, as the text of a file. */
export function hostileText(base: Data, mutations: readonly Mutation[]): string {
  const literals = new Literals();
  let data = structuredClone(base);
  for (const m of mutations) data = mutate(data, m, literals);
  let text = stringify(data, { lineWidth: 0 }).replace(/RAWLIT(\d+)Z/g, (_, n: string) => literals.texts[Number(n)]);
  for (const m of mutations.filter((x) => x.kind === 'raw-text')) {
    const at = m.at % (text.length + 1);
    text = `${text.slice(0, at)}${pickFrom(RAW_TEXT, m.pick)}${text.slice(at)}`;
  }
  return text;
}

export interface HostileCase {
  base: string;
  mutations: Mutation[];
  text: string;
}

const mutationOf = (kind: fc.Arbitrary<MutationKind>): fc.Arbitrary<Mutation> =>
  fc.record({ kind, at: fc.nat({ max: 10_000 }), pick: fc.nat({ max: 1_000 }) });

export const mutation = mutationOf(fc.constantFrom(...KINDS));

/**
 * A valid base with one to three mutations; printed briefly when fast-check reports it. Half
 * the cases only move numbers to their limits: those files often still validate, so they
 * reach the simulation, where a value that slipped through would crash or hang.
 */
export function hostileCase(bases: readonly Base[]): fc.Arbitrary<HostileCase> {
  const mutations = fc.oneof(
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    fc.array(mutationOf(fc.constant('limit')), { minLength: 1, maxLength: 3 }),
  );
  return fc.record({ base: fc.nat({ max: bases.length - 1 }), mutations }).map(({ base, mutations }) => {
    const text = hostileText(bases[base].data, mutations);
    return {
      base: bases[base].name,
      mutations,
      text,
      [fc.toStringMethod]: () =>
        `${bases[base].name} with ${JSON.stringify(mutations)}\n--- text (${text.length} characters) ---\n${JSON.stringify(text.slice(0, 1500))}`,
    };
  });
}

/** What was wrong with one CLI run; empty when it ended as the issue demands. */
export function problemsOf(args: readonly string[], r: BoundedResult, boundMs: number): string[] {
  const command = `orgflow ${args.join(' ')}`;
  const problems: string[] = [];
  if (r.timedOut) problems.push(`${command}: still running after ${boundMs / 1000} s`);
  else if (r.signal !== null) problems.push(`${command}: ended by ${r.signal}`);
  else if (r.code !== 0 && r.code !== 2) problems.push(`${command}: exit code ${r.code}`);
  if (STACK_LINE.test(r.stderr) || STACK_LINE.test(r.stdout)) problems.push(`${command}: printed a stack trace`);
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    const c = CONTROL_OUTPUT.exec(text);
    if (c) problems.push(`${command}: raw control character U+${c[0].charCodeAt(0).toString(16).padStart(4, '0')} on ${name}`);
  }
  if (problems.length > 0) problems.push(`stderr: ${JSON.stringify(r.stderr.slice(0, 2000))}`);
  return problems;
}

/**
 * Arrivals a checked run simulates at most: the horizon is cut so that a valid file with any
 * rate stays a run of a second or so (a run's size is another check's business, not this one's).
 */
const ARRIVALS = 2000;

export interface CaseOutcome {
  /** True when the file validated and was run as well. */
  ran: boolean;
  problems: string[];
}

/**
 * Writes `text` to `file` and runs `validate`; when that passes, a short `compare` (or `run`
 * for a file with one organisation) with 2 replications in this process. Problems of either.
 */
export async function checkCase(text: string, file: string, boundMs: number): Promise<CaseOutcome> {
  writeFileSync(file, text);
  const validate = ['validate', file];
  const checked = await runCli(validate, boundMs);
  const problems = problemsOf(validate, checked, boundMs);
  if (problems.length > 0 || checked.code !== 0) return { ran: false, problems };

  const { parseScenario } = await loadParser();
  const scenario = parseScenario(text, { mode: 'any' }).scenario;
  if (!scenario) return { ran: false, problems: ['validate said ok, but parseScenario found issues'] };
  const horizon = Math.min(1440, ARRIVALS / scenario.arrivals.rate);
  const which = scenario.silo && scenario.team ? ['compare'] : ['run', '--mode', scenario.silo ? 'silo' : 'team'];
  const args = [...which, file, '-r', '2', '--workers', '1', '--set', `time.horizon=${horizon}`, '--set', 'time.warmup=0'];
  return { ran: true, problems: problemsOf(args, await runCli(args, boundMs), boundMs) };
}
