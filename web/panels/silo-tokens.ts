// Token placement in the Ampel panel: queues as lines before each desk, work on the seat of
// the person doing it, handoffs travelling the roads and then waiting at the light until
// the pickup instant (the trace's readyAt). A part that finished before its prerequisite
// (order error) waits in the tray under its department's desk until its correction is queued.
import { activeAt, type Replay } from '../replay/replay.js';
import { pointAt } from './polyline.js';
import { lane, type SiloGeometry } from './silo-geometry.js';
import { capacity, slot } from './slots.js';
import { bump, tokenFor, type Frame } from './tokens.js';

export interface SiloTiming {
  /** Minutes between pickup instants (0: no light). */
  pickup: number;
  /** Mean transport delay: how long the drive takes on screen. */
  delayMean: number;
}

/**
 * When a handed-off piece reaches the light. The trace gives only readyAt (the pickup
 * instant); the arrival lies in (readyAt − pickup, readyAt], so the mean delay is clamped
 * into that window.
 */
export function arrivalAtLight(start: number, readyAt: number, timing: SiloTiming): number {
  if (timing.pickup <= 0) return readyAt;
  return Math.min(readyAt, Math.max(start + timing.delayMean, readyAt - timing.pickup, start));
}

export function siloFrame(g: SiloGeometry, replay: Replay, t: number, timing: SiloTiming): Frame {
  const frame: Frame = { tokens: [], overflow: [], queued: new Map(), busy: new Map() };
  const waiting = new Map<string, number>();
  const blocked = new Map<string, number>();
  frame.blocked = blocked;
  for (const s of activeAt(replay, t)) {
    if (s.kind === 'queue') {
      const st = g.stations.get(s.unit);
      const i = bump(frame.queued, s.unit);
      if (!st || i >= capacity(st.queue)) continue;
      const p = slot(st.queue, i);
      frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
    } else if (s.kind === 'work') {
      const st = g.stations.get(s.unit);
      bump(frame.busy, s.unit);
      if (!st) continue;
      const seat = st.seats[Math.min(s.worker, st.seats.length - 1)];
      frame.tokens.push(tokenFor(replay, s, t, seat.x, seat.y));
    } else if (s.kind === 'handoff') {
      const arrival = arrivalAtLight(s.start, s.end, timing);
      const road = lane(g, s.unit, s.to);
      if (t < arrival) {
        const p = pointAt(road, (t - s.start) / (arrival - s.start));
        frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
      } else {
        const st = g.stations.get(s.to);
        const i = bump(waiting, s.to);
        if (!st?.waiting || i >= capacity(st.waiting)) continue;
        const p = slot(st.waiting, i);
        frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
      }
    } else if (s.kind === 'blocked') {
      const st = g.stations.get(s.unit);
      const i = bump(blocked, s.unit);
      if (!st?.blocked || i >= capacity(st.blocked)) continue;
      const p = slot(st.blocked, i);
      frame.tokens.push(tokenFor(replay, s, t, p.x, p.y));
    }
  }
  for (const [unit, n] of frame.queued) {
    const st = g.stations.get(unit);
    if (st && n > capacity(st.queue)) {
      const p = slot(st.queue, capacity(st.queue) - 1);
      frame.overflow.push({ key: `q:${unit}`, x: p.x, y: p.y - 20, count: n - capacity(st.queue) });
    }
  }
  for (const [unit, n] of waiting) {
    const st = g.stations.get(unit);
    if (st?.waiting && n > capacity(st.waiting)) {
      const p = slot(st.waiting, capacity(st.waiting) - 1);
      frame.overflow.push({ key: `w:${unit}`, x: p.x, y: p.y - 20, count: n - capacity(st.waiting) });
    }
  }
  for (const [unit, n] of blocked) {
    const st = g.stations.get(unit);
    if (st?.blocked && n > capacity(st.blocked)) {
      // "+N" right after the tray's last token.
      const { anchor, along, perRow } = st.blocked;
      frame.overflow.push({
        key: `b:${unit}`,
        x: anchor.x + along.x * perRow,
        y: anchor.y + along.y * perRow + 6,
        count: n - capacity(st.blocked),
      });
    }
  }
  return frame;
}

/**
 * The light is green for a short moment at every pickup instant (always, without pickup).
 * Not at time 0: work handed off after time 0 is first released at `pickup` itself
 * (docs/model.md#handoffs: the next multiple of pickup at or after its arrival), so nothing passes before.
 */
export function lightIsGreen(t: number, pickup: number, greenMinutes: number): boolean {
  if (pickup <= 0) return true;
  if (t < pickup) return false;
  const since = t - Math.floor(t / pickup) * pickup;
  return since < greenMinutes;
}
