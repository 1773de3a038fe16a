// A shard's partial result (--shard K/N --out FILE): what the command was asked to do (the
// scenario text, overrides and sweep values, so that `orgflow merge` rebuilds the same
// experiment and prints the same warnings), a hash of the experiment, which slice of its
// tasks this part holds and each task's Metrics. JSON, written whole or not at all.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { MODES, type Metrics, type Mode, type Override, type Stats } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { AtomicFile } from '../output/atomic.js';
import { writeFailure } from '../output/run-outputs.js';

/** Raised when the layout of a part changes; merge refuses parts of another version. */
export const PART_VERSION = 1;
const FORMAT = 'orgflow-shard';

/** What the user asked for, as far as it shapes the result: enough to rebuild the experiment. */
export type Invocation = {
  /** The scenario file as the user named it (and as warnings print it). */
  file: string;
  text: string;
  /** --set, then --seed and --replications. */
  overrides: Override[];
} & (
  | { command: 'run'; mode: Mode; param: null; values: null }
  | { command: 'compare'; mode: null; param: null; values: null }
  /** --mode when given, --param, and the values of --values or --range. */
  | { command: 'sweep'; mode: Mode | null; param: string; values: string[] }
);

/** One task's result: which task it is (checked against the plan at merge) and its Metrics. */
export interface PartRow {
  variant: number;
  mode: Mode;
  replication: number;
  metrics: Metrics;
}

export interface Part {
  version: number;
  /** sha256 of the experiment (cli/shard/hash.ts): parts of one experiment share it. */
  hash: string;
  shard: { k: number; n: number };
  /** All tasks of the experiment, and the slice [from, to) this part holds. */
  tasks: { total: number; from: number; to: number };
  invocation: Invocation;
  rows: PartRow[];
}

// JSON has no NaN, Infinity or -0, and a metric can be any of them (a mean of no concerns is
// NaN): they are written as these strings. Every other double survives JSON exactly.
const SPECIAL = { NaN, Infinity, '-Infinity': -Infinity, '-0': -0 } as const;
type Special = keyof typeof SPECIAL;

function encodeNumber(x: number): number | Special {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return Object.is(x, -0) ? '-0' : x;
}

function encodeMetrics(tree: unknown): unknown {
  if (typeof tree === 'number') return encodeNumber(tree);
  if (tree === null || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, encodeMetrics(value)]));
}

const num = z.union([z.number(), z.enum(Object.keys(SPECIAL) as [Special, ...Special[]]).transform((s) => SPECIAL[s])]);
const stats: z.ZodType<Stats, unknown> = z.strictObject({ mean: num, p50: num, p85: num, p95: num, max: num });
const metrics: z.ZodType<Metrics, unknown> = z.strictObject({
  arrived: num,
  completed: num,
  open: num,
  failureDemand: num,
  throughputPerDay: num,
  leadTime: stats,
  waitTime: stats,
  touchTime: stats,
  flowEfficiency: num,
  handoffsPerConcern: num,
  errorRate: num,
  errors: z.strictObject({ order: num, infoLoss: num, misroute: num }),
  wip: num,
  utilisation: z.strictObject({ overall: num, byUnit: z.record(z.string(), num) }),
  headcount: num,
});

const count = z.int().nonnegative();
const mode = z.enum(MODES);
const scenario = { file: z.string(), text: z.string(), overrides: z.array(z.strictObject({ path: z.string(), value: z.string() })) };
const partSchema: z.ZodType<Part, unknown> = z.strictObject({
  version: z.literal(PART_VERSION),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  shard: z.strictObject({ k: z.int().positive(), n: z.int().positive() }).refine(({ k, n }) => k <= n, 'k must not exceed n'),
  tasks: z.strictObject({ total: count, from: count, to: count }),
  invocation: z.discriminatedUnion('command', [
    z.strictObject({ ...scenario, command: z.literal('run'), mode, param: z.null(), values: z.null() }),
    z.strictObject({ ...scenario, command: z.literal('compare'), mode: z.null(), param: z.null(), values: z.null() }),
    z.strictObject({
      ...scenario,
      command: z.literal('sweep'),
      mode: mode.nullable(),
      param: z.string(),
      values: z.array(z.string()).min(1),
    }),
  ]),
  rows: z.array(z.strictObject({ variant: count, mode, replication: count, metrics })),
});

/** Opened before the tasks run, so that a path that cannot be written fails at once. */
export class PartFile {
  private readonly file: AtomicFile;

  constructor(readonly path: string) {
    try {
      this.file = new AtomicFile(path);
    } catch (err) {
      throw writeFailure(err, path);
    }
  }

  commit(part: Part): void {
    const rows = part.rows.map((row) => ({ ...row, metrics: encodeMetrics(row.metrics) }));
    try {
      this.file.write(`${JSON.stringify({ format: FORMAT, ...part, rows })}\n`);
      this.file.commit();
    } catch (err) {
      this.file.abort();
      throw writeFailure(err, this.path);
    }
  }

  abort(): void {
    this.file.abort();
  }
}

/** Reads and checks one part; anything but a whole part of this version is bad usage (exit 2). */
export function readPart(path: string): Part {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new UsageError(`cannot read part ${path}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not a shard part: not JSON (cut short or damaged?)`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FORMAT) {
    throw new UsageError(`${path} is not a shard part written by orgflow --shard K/N --out FILE`);
  }
  const { format: _format, ...rest } = json as Record<string, unknown>;
  if (rest.version !== PART_VERSION) {
    throw new UsageError(`${path} is a shard part of format version ${String(rest.version)}; this orgflow reads version ${PART_VERSION}`);
  }
  const parsed = partSchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path} is a damaged shard part: ${issue.path.join('.') || 'the part'}: ${issue.message}`);
  }
  return parsed.data;
}
