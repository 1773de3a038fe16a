// Failure demand: a wrong reply makes the customer come back after a while, as a new
// concern of the same type, flagged so it can be counted.
import { createReturn, type Concern } from './concern.js';
import type { ModelContext } from './organisation.js';

export function maybeComeBack(ctx: ModelContext, concern: Concern, arrive: (concern: Concern) => void): void {
  const demand = ctx.scenario.failureDemand;
  if (!demand || demand.probability <= 0) return;
  const rng = ctx.streams.failure;
  if (rng.next() >= demand.probability) return;
  const delay = demand.delay.sample(rng);
  ctx.kernel.schedule(delay, () => arrive(createReturn(concern, ctx.kernel.now(), rng)));
}
