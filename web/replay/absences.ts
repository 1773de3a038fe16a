// Who is away at a playback instant: the replay keeps each `absent` event's [at, until) per
// person (docs/model.md#absences); the panels draw those people as away.
import type { Replay } from './replay.js';

/** The key of a person: her unit and her index among its people, as the trace numbers them. */
export function personKey(unit: string, worker: number): string {
  return `${unit}#${worker}`;
}

/** The people away at t (start <= t < end). A few hundred absences: a scan per frame is cheap. */
export function awayAt(replay: Replay, t: number): Set<string> {
  const away = new Set<string>();
  for (const a of replay.absences) if (a.start <= t && t < a.end) away.add(personKey(a.unit, a.worker));
  return away;
}
