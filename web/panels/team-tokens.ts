// Token placement in the Kreisverkehr panel: concerns waiting in a team circulate on its
// ring, work sits at the desk of the member doing it, a handoff inside the team drives
// along the ring to the member who continues, and concerns held by the WIP limit wait on
// the entry road.
import { activeAt, type Replay } from '../replay/replay.js';
import { onRing, RING_LANE, type TeamGeometry } from './team-geometry.js';
import { capacity, slot } from './slots.js';
import { bump, tokenFor, type Frame } from './tokens.js';

/** One lap takes this many real seconds whatever the playback speed. */
export const LAP_SECONDS = 8;
/** Tokens drawn on one ring; the rest are summarised as "+N" on the island. */
export const RING_CAPACITY = 48;
const GOLDEN = 2.399963229728653;

/** The angle travelled clockwise from a to b, in [0, 2π). */
export function clockwise(a: number, b: number): number {
  const d = (b - a) % (2 * Math.PI);
  return d < 0 ? d + 2 * Math.PI : d;
}

export function teamFrame(g: TeamGeometry, replay: Replay, t: number, speed: number): Frame {
  const frame: Frame = { tokens: [], overflow: [], queued: new Map(), busy: new Map() };
  const lap = Math.max(1, speed * LAP_SECONDS);
  let held = 0;
  for (const s of activeAt(replay, t)) {
    if (s.kind === 'held') {
      const i = held++;
      if (i >= capacity(g.held)) continue;
      const p = slot(g.held, i);
      frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
      continue;
    }
    const r = g.teams.get(s.kind === 'handoff' ? s.to : s.unit);
    if (!r) continue;
    if (s.kind === 'queue') {
      if (bump(frame.queued, s.unit) >= RING_CAPACITY) continue;
      // Spread by the part's index (golden angle), then drive round at a steady pace.
      const angle = s.part * GOLDEN + (2 * Math.PI * (t - s.start)) / lap;
      const p = onRing(r, angle, s.part % 2 === 0 ? -RING_LANE : RING_LANE);
      frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
    } else if (s.kind === 'work') {
      bump(frame.busy, s.unit);
      const desk = r.desks[Math.min(s.worker, r.desks.length - 1)];
      frame.tokens.push(tokenFor(replay, s, t, desk.x, desk.y));
    } else if (s.kind === 'handoff') {
      const from = r.angles[Math.max(0, Math.min(s.worker, r.angles.length - 1))] ?? 0;
      const to = s.nextWorker >= 0 ? r.angles[Math.min(s.nextWorker, r.angles.length - 1)] : from + Math.PI;
      const f = s.end > s.start ? (t - s.start) / (s.end - s.start) : 1;
      const p = onRing(r, from + clockwise(from, to) * f, 0);
      frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
    }
  }
  // A full ring needs no "+N": the count above it ("22 waiting") names every waiting concern.
  if (held > capacity(g.held)) {
    const p = slot(g.held, capacity(g.held) - 1);
    frame.overflow.push({ key: 'held', x: p.x, y: p.y + (g.held.along.y < 0 ? -22 : 34), count: held - capacity(g.held) });
  }
  return frame;
}
