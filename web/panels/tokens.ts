// What a panel draws at time t: one token per piece of work in the system, placed by the
// organisation's own rules (silo-tokens.ts, team-tokens.ts).
import type { Replay, Segment } from '../replay/replay.js';

export interface Token {
  /** The part's key (concern|task): stable across frames for the data join. */
  key: string;
  concern: string;
  type: number;
  x: number;
  y: number;
  /** The concern has had an error by now. */
  error: boolean;
  /** The concern is failure demand (a customer coming back). */
  returning: boolean;
  state: Segment['kind'];
}

/** Tokens beyond a queue's drawing capacity, shown as "+N" at `x, y`. */
export interface Overflow {
  key: string;
  x: number;
  y: number;
  count: number;
}

export interface Frame {
  tokens: Token[];
  overflow: Overflow[];
  /** Per unit: how many wait in its queue, how many people are busy. */
  queued: Map<string, number>;
  busy: Map<string, number>;
  /** Ampel only: per department, how many parts wait for a prerequisite (order error). */
  blocked?: Map<string, number>;
}

export function tokenFor(replay: Replay, s: Segment, t: number, x: number, y: number): Token {
  const part = replay.parts[s.part];
  const j = replay.journeys.get(part.concern);
  return {
    key: part.key,
    concern: part.concern,
    type: part.type,
    x,
    y,
    error: j !== undefined && j.firstErrorAt <= t,
    returning: j?.failureDemand ?? false,
    state: s.kind,
  };
}

export function bump(map: Map<string, number>, key: string): number {
  const n = map.get(key) ?? 0;
  map.set(key, n + 1);
  return n;
}
