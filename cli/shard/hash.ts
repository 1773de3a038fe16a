// The identity of an experiment, shared by its shards: a sha256 of everything that shapes
// its results, i.e. the command, the organisations, the sweep's parameter and values, and each
// variant's validated scenario data after overrides (seed and replications included). The
// event list (--kernel) and --workers are left out: they never change a result
// (CONTRIBUTING.md, "Bit-identical results"), so shards may differ in them.
import { createHash } from 'node:crypto';
import type { Experiment } from '../experiment.js';
import { PART_VERSION, type Invocation } from './part.js';

export function experimentHash(invocation: Invocation, experiment: Experiment): string {
  const { plan } = experiment;
  const identity = {
    version: PART_VERSION,
    command: invocation.command,
    param: invocation.param,
    modes: plan.modes,
    variants: plan.variants,
    tasks: plan.tasks.length,
  };
  // A validated scenario can hold Infinity (an unlimited WIP limit), which JSON would turn into null.
  const text = JSON.stringify(identity, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isFinite(value) ? `number:${value}` : value,
  );
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
