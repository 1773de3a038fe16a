// Checking that shard parts make one whole experiment: every part readable, all of one
// experiment (same hash, same N), every K exactly once and each holding exactly its slice of
// the tasks; then each task's Metrics in plan order. Every failure is bad usage (exit 2)
// with one line that names the file or the shards at fault.
import { shardRange, type Metrics, type Plan } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { readPart, type Part } from './part.js';

export interface NamedPart {
  path: string;
  part: Part;
}

/** How many missing shards an error lists before it says "and n more". */
const LISTED = 20;

/** Reads the parts and checks that they are one experiment's N shards; returned in K order. */
export function readParts(paths: readonly string[]): NamedPart[] {
  const parts = paths.map((path) => ({ path, part: readPart(path) }));
  const first = parts[0];
  const { n } = first.part.shard;
  for (const { path, part } of parts.slice(1)) {
    if (part.hash !== first.part.hash) {
      throw new UsageError(
        `${path} is from another experiment than ${first.path} ` +
          '(scenario, --set, seed, replications, organisations, sweep values or command differ)',
      );
    }
    if (part.shard.n !== n) {
      throw new UsageError(
        `${path} is shard ${label(part)}, but ${first.path} is shard ${label(first.part)}: all parts must be cut into the same N`,
      );
    }
  }
  const byK = new Map<number, NamedPart>();
  for (const file of parts) {
    const twin = byK.get(file.part.shard.k);
    if (twin) throw new UsageError(`shard ${label(file.part)} is given twice: ${twin.path} and ${file.path}`);
    byK.set(file.part.shard.k, file);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length > 0) {
    const listed = missing.slice(0, LISTED).map((k) => `${k}/${n}`);
    const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
    throw new UsageError(`missing shard${missing.length === 1 ? '' : 's'} ${listed.join(', ')}${more}`);
  }
  const inOrder = [...byK.values()].sort((a, b) => a.part.shard.k - b.part.shard.k);
  for (const file of inOrder) checkSlice(file, first.part.tasks.total);
  return inOrder;
}

/** A part holds exactly the slice --shard K/N gives of the experiment's tasks. */
function checkSlice({ path, part }: NamedPart, total: number): void {
  const { from, to } = shardRange(total, part.shard.k, part.shard.n);
  const { tasks, rows } = part;
  if (tasks.total !== total || tasks.from !== from || tasks.to !== to || rows.length !== to - from) {
    throw new UsageError(`${path} is a damaged shard part: shard ${label(part)} of ${total} tasks must hold tasks ${from + 1}–${to}`);
  }
}

/** Every task's Metrics in plan order, each row checked against the task the plan has there. */
export function mergedMetrics(parts: readonly NamedPart[], plan: Plan): Metrics[] {
  const metrics: Metrics[] = [];
  for (const { path, part } of parts) {
    part.rows.forEach((row, i) => {
      const task = plan.tasks[part.tasks.from + i];
      if (task?.variant !== row.variant || task.mode !== row.mode || task.replication !== row.replication) {
        throw new UsageError(`${path} is a damaged shard part: its row ${i + 1} is not task ${part.tasks.from + i + 1} of the plan`);
      }
      metrics.push(row.metrics);
    });
  }
  if (metrics.length !== plan.tasks.length) {
    throw new UsageError(`the parts hold ${metrics.length} tasks, but their experiment has ${plan.tasks.length}`);
  }
  return metrics;
}

const label = (part: Part): string => `${part.shard.k}/${part.shard.n}`;
