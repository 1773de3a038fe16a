// One entry point from a DistributionSpec (docs/model.md#distributions, already in minutes) to a
// Distribution: a sampler that draws only from the Rng it is given, plus exact theory.
import { constant, empirical, exponential, triangular, uniform } from './basic.js';
import type { Distribution, DistributionSpec } from './distribution.js';
import { erlang, gamma } from './gamma.js';
import { lognormal, truncatedNormal } from './normal.js';

export { constant, exponential };

export function createDistribution(spec: DistributionSpec): Distribution {
  switch (spec.dist) {
    case 'constant':
      return constant(spec.value);
    case 'exponential':
      return exponential(spec.mean);
    case 'uniform':
      return uniform(spec.min, spec.max);
    case 'triangular':
      return triangular(spec.min, spec.mode, spec.max);
    case 'normal':
      return truncatedNormal(spec.mean, spec.sd);
    case 'lognormal':
      return lognormal(spec.mean, spec.sd);
    case 'gamma':
      return gamma(spec.mean, spec.cv);
    case 'erlang':
      return erlang(spec.k, spec.mean);
    case 'empirical':
      return empirical(spec.values);
    default:
      return unknownKind(spec);
  }
}

function unknownKind(spec: never): never {
  throw new RangeError(`createDistribution: unknown dist ${JSON.stringify((spec as { dist?: unknown }).dist)}`);
}
