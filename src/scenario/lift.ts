// Lifts a distribution as written in the file into the engine's Distribution, once, so
// the model never branches on whether the user wrote `12`, `"15m"` or `{dist: ...}`.
import type { Distribution, DistributionSpec } from '../random/distribution.js';
import { createDistribution } from '../random/distributions.js';
import type { DistributionInput } from './distribution-schema.js';
import { parseDuration } from './units.js';

const t = parseDuration;

/** The spec with every time-valued parameter in minutes. Input must be schema-valid. */
export function toSpec(d: DistributionInput): DistributionSpec {
  if (typeof d === 'number' || typeof d === 'string') return { dist: 'constant', value: t(d) };
  switch (d.dist) {
    case 'constant':
      return { dist: 'constant', value: t(d.value) };
    case 'exponential':
      return { dist: 'exponential', mean: t(d.mean) };
    case 'uniform':
      return { dist: 'uniform', min: t(d.min), max: t(d.max) };
    case 'triangular':
      return { dist: 'triangular', min: t(d.min), mode: t(d.mode), max: t(d.max) };
    case 'normal':
      return { dist: 'normal', mean: t(d.mean), sd: t(d.sd) };
    case 'lognormal':
      return { dist: 'lognormal', mean: t(d.mean), sd: t(d.sd) };
    case 'gamma':
      return { dist: 'gamma', mean: t(d.mean), cv: d.cv };
    case 'erlang':
      return { dist: 'erlang', k: d.k, mean: t(d.mean) };
    case 'empirical':
      return { dist: 'empirical', values: d.values.map(t) };
  }
}

/** A Distribution for a file value; `fallback` minutes (a constant) when it is absent. */
export function lift(d: DistributionInput | undefined, fallback = 0): Distribution {
  return createDistribution(d === undefined ? { dist: 'constant', value: fallback } : toSpec(d));
}

/** The theoretical mean of a file value, NaN when its parameters are invalid (reported elsewhere). */
export function meanOf(d: DistributionInput): number {
  try {
    return lift(d).mean;
  } catch {
    return Number.NaN;
  }
}
