// A source of uniform random numbers and the distributions built on it.
// Randomness is always passed in (never global) so that the same seed gives the same trace
// in Node and in the browser.

/** A seeded source of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

export type DistributionKind =
  'constant' | 'exponential' | 'uniform' | 'triangular' | 'normal' | 'lognormal' | 'gamma' | 'erlang' | 'empirical';

/** A distribution carries its theory (mean, variance) next to its sampler. */
export interface Distribution {
  readonly kind: DistributionKind;
  readonly mean: number;
  readonly variance: number;
  /** Draws one non-negative sample. */
  sample(rng: Rng): number;
}

/** A distribution as the scenario layer hands it over: every parameter already in minutes. */
export type DistributionSpec =
  | { dist: 'constant'; value: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'erlang'; k: number; mean: number }
  | { dist: 'empirical'; values: number[] };
