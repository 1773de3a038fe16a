// Absences (docs/model.md#absences): each person alternates present and absent spells, an
// alternating renewal process on a random stream of her own. The stream is keyed by the
// person's index in her organisation, not by the organisation, so person k of the silo is
// away exactly when person k of the team is (common random numbers).
import type { Kernel } from '../kernel/kernel.js';
import { createRng } from '../random/rng.js';
import { deriveSeed } from '../random/seed.js';
import type { Absence } from '../scenario/types.js';
import { replicationSeed } from './streams.js';

/** What the organisation does when one of its people leaves or comes back. */
export interface AbsenceHandlers {
  /** Person leaves now until `until`. */
  leave(until: number): void;
  back(): void;
}

/**
 * Runs person `person`'s absences up to the horizon and returns a reader of when her next
 * absence starts (the model asks it before she starts a piece of work, so a piece that an
 * absence will cut short is known as such from its start). At time 0 she is away with
 * probability `share` (the long-run share), so the process starts in balance.
 */
export function runAbsences(
  kernel: Kernel,
  absence: Absence,
  seed: number,
  replication: number,
  person: number,
  horizon: number,
  handlers: AbsenceHandlers,
): () => number {
  const rng = createRng(deriveSeed(replicationSeed(seed, replication), 'absence', person));
  let awayAt = Infinity;
  const leaveAt = (at: number): void => {
    awayAt = at;
    if (at > horizon) return;
    kernel.schedule(at - kernel.now(), () => {
      const until = at + absence.duration.sample(rng);
      handlers.leave(until);
      if (until > horizon) return;
      kernel.schedule(until - at, () => {
        // The next absence is known before she takes work again, so back() sees it.
        leaveAt(until + absence.present.sample(rng));
        handlers.back();
      });
    });
  };
  leaveAt(rng.next() < absence.share ? 0 : absence.present.sample(rng));
  return () => awayAt;
}
