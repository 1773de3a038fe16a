// Named random streams of one replication. The arrival stream is shared by both
// organisations (common random numbers); every chance event of an organisation has its own
// stream, so changing, say, the info-loss probability does not shift the handoff delays.
import { createRng } from '../random/rng.js';
import type { Rng } from '../random/distribution.js';
import { deriveSeed } from '../random/seed.js';
import type { Mode } from '../scenario/types.js';

export interface OrganisationStreams {
  delay: Rng;
  infoLoss: Rng;
  rework: Rng;
  intake: Rng;
  misroute: Rng;
  failure: Rng;
}

/** The seed of replication r (0-based) of a run with seed `seed`. */
export function replicationSeed(seed: number, replication: number): number {
  return deriveSeed(seed, 'replication', replication);
}

export function arrivalStream(seed: number, replication: number): Rng {
  return createRng(deriveSeed(replicationSeed(seed, replication), 'arrivals'));
}

export function organisationStreams(seed: number, replication: number, mode: Mode): OrganisationStreams {
  const base = replicationSeed(seed, replication);
  const stream = (name: string): Rng => createRng(deriveSeed(base, mode, name));
  return {
    delay: stream('delay'),
    infoLoss: stream('infoLoss'),
    rework: stream('rework'),
    intake: stream('intake'),
    misroute: stream('misroute'),
    failure: stream('failure'),
  };
}
