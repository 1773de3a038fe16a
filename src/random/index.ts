export type { Distribution, DistributionKind, DistributionSpec, Rng } from './distribution.js';
export { constant, createDistribution, exponential } from './distributions.js';
export { deriveSeed } from './seed.js';
export { createRng } from './rng.js';
