// A handoff moves work between people who do not share context: it takes the transport
// delay, then waits for the next pickup instant (the traffic light turns green at every
// multiple of `pickup` from time 0), and may lose context, which costs the receiver rework.
import type { Handoff } from '../scenario/types.js';
import type { OrganisationStreams } from './streams.js';

/** When work handed off at `now` reaches the receiver's queue. */
export function readyAt(now: number, handoff: Handoff, streams: OrganisationStreams): number {
  const arrival = now + handoff.delay.sample(streams.delay);
  return handoff.pickup > 0 ? Math.ceil(arrival / handoff.pickup) * handoff.pickup : arrival;
}

/** The receiver's extra work if context was lost on this handoff, or -1 if it survived. */
export function lostContextRework(handoff: Handoff, streams: OrganisationStreams): number {
  if (handoff.infoLoss <= 0 || streams.infoLoss.next() >= handoff.infoLoss) return -1;
  return handoff.rework.sample(streams.rework);
}
