// Planning an experiment: which replications of which organisations of which scenario
// variants to run. A plain run or compare has one variant; a sweep has one per value. Tasks
// are plain data, so any scheduler (this thread, a worker pool, the page's helper workers)
// can hand them out; results come back in task order.
import type { ScenarioFile } from '../scenario/schema.js';
import type { Mode } from '../scenario/types.js';

/** One scenario variant, as validated data every thread can rebuild the Scenario from (normalise). */
export interface Variant {
  /** The sweep's value as given ("12/h"), or null outside a sweep. */
  value: string | null;
  data: ScenarioFile;
  /** The variant's run.replications (after defaults and overrides). */
  replications: number;
}

/** One simulation: replication `replication` (0-based) of organisation `mode`. */
export interface ReplicationTask {
  mode: Mode;
  replication: number;
}

export interface Task extends ReplicationTask {
  /** Index into the plan's variants. */
  variant: number;
}

export interface Plan {
  variants: Variant[];
  modes: Mode[];
  /** Variant by variant, then organisation by organisation, then replication 0…n−1. */
  tasks: Task[];
}

export function planExperiment(variants: readonly Variant[], modes: readonly Mode[]): Plan {
  const tasks = variants.flatMap((v, variant) =>
    modes.flatMap((mode) => Array.from({ length: v.replications }, (_, replication) => ({ variant, mode, replication }))),
  );
  return { variants: [...variants], modes: [...modes], tasks };
}

/** Task indices `from` (inclusive) to `to` (exclusive). */
export interface TaskRange {
  from: number;
  to: number;
}

/**
 * Shard k of n (1 ≤ k ≤ n) of `total` tasks: n contiguous slices in plan order whose sizes
 * differ by at most one; with more shards than tasks some slices are empty.
 */
export function shardRange(total: number, k: number, n: number): TaskRange {
  if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 1 && k <= n)) throw new Error(`invariant: shard ${k}/${n} needs 1 ≤ k ≤ n`);
  return { from: Math.floor(((k - 1) * total) / n), to: Math.floor((k * total) / n) };
}
