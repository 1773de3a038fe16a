// Turns one replication's trace into what the panels replay: per piece of work ("part",
// a concern's task; a concern split in parallel has several at once) a list of segments
// (held, queue, work, handoff, blocked), computed once. Drawing a frame then only asks which
// segments are active at t, through hour buckets, so a 20-day horizon stays smooth.
import type { TraceEvent, ErrorKind, Mode } from '../../src/index.js';

/**
 * 'blocked': a part finished before its prerequisite (an order error, silo with a parallel
 * split) and waits at its department until the correction is queued.
 */
export type SegmentKind = 'held' | 'queue' | 'work' | 'handoff' | 'blocked';

export interface Segment {
  part: number;
  kind: SegmentKind;
  start: number;
  end: number;
  /** Where it happens: the unit (queue, work, blocked; held: ''), or the sender of a handoff. */
  unit: string;
  /** Receiver of a handoff. */
  to: string;
  /** The person working (work), or who last worked on the concern (handoff); else -1. */
  worker: number;
  /** For a handoff: the person who picks the work up next (-1 if unknown). */
  nextWorker: number;
}

export interface Part {
  key: string;
  concern: string;
  task: string;
  /** Index into the layout's concern types (-1 if unknown). */
  type: number;
}

export interface Journey {
  concern: string;
  type: number;
  failureDemand: boolean;
  arrival: number;
  resolved: number | null;
  errors: { at: number; kind: ErrorKind; task: string }[];
  parts: number[];
  segments: number[];
  firstErrorAt: number;
}

export interface Replay {
  mode: Mode;
  horizon: number;
  parts: Part[];
  segments: Segment[];
  journeys: Map<string, Journey>;
  /** Segment indices overlapping each hour [h·60, (h+1)·60). */
  buckets: number[][];
  /** Arrival and resolution instants, ascending (for "in system" and "done" counters). */
  arrivals: Float64Array;
  resolutions: Float64Array;
}

export const BUCKET = 60;

export function buildReplay(mode: Mode, events: readonly TraceEvent[], horizon: number, typeIds: readonly string[]): Replay {
  const parts: Part[] = [];
  const partIndex = new Map<string, number>();
  const segments: Segment[] = [];
  const journeys = new Map<string, Journey>();
  const open = new Map<number, number>(); // part -> index of its open segment
  // The person who last worked on a concern: where a team-internal handoff sets off.
  const lastWorker = new Map<string, number>();
  // The unit a part was last queued or worked at: where it waits after an order error.
  const lastUnit = new Map<number, string>();

  const journeyOf = (concern: string): Journey => {
    let j = journeys.get(concern);
    if (!j) {
      j = {
        concern,
        type: -1,
        failureDemand: false,
        arrival: 0,
        resolved: null,
        errors: [],
        parts: [],
        segments: [],
        firstErrorAt: Infinity,
      };
      journeys.set(concern, j);
    }
    return j;
  };
  const partOf = (concern: string, task: string): number => {
    const key = `${concern}|${task}`;
    let p = partIndex.get(key);
    if (p === undefined) {
      p = parts.length;
      const j = journeyOf(concern);
      parts.push({ key, concern, task, type: j.type });
      partIndex.set(key, p);
      j.parts.push(p);
    }
    return p;
  };
  const close = (part: number, at: number): void => {
    const s = open.get(part);
    if (s === undefined) return;
    segments[s].end = Math.max(segments[s].start, Math.min(segments[s].end, at));
    open.delete(part);
  };
  const begin = (part: number, seg: Omit<Segment, 'part'>): void => {
    close(part, seg.start);
    const i = segments.length;
    segments.push({ part, ...seg });
    open.set(part, i);
    journeyOf(parts[part].concern).segments.push(i);
  };

  for (const e of events) {
    switch (e.type) {
      case 'arrived': {
        const j = journeyOf(e.concern);
        j.type = typeIds.indexOf(e.concernType);
        j.failureDemand = e.failureDemand;
        j.arrival = e.at;
        break;
      }
      case 'held':
        begin(partOf(e.concern, ''), { kind: 'held', start: e.at, end: Infinity, unit: '', to: '', worker: -1, nextWorker: -1 });
        break;
      case 'queued': {
        const held = partIndex.get(`${e.concern}|`);
        if (held !== undefined) close(held, e.at);
        const p = partOf(e.concern, e.task);
        begin(p, { kind: 'queue', start: e.at, end: Infinity, unit: e.unit, to: '', worker: -1, nextWorker: -1 });
        lastUnit.set(p, e.unit);
        break;
      }
      case 'started': {
        const p = partOf(e.concern, e.task);
        begin(p, { kind: 'work', start: e.at, end: e.at + e.duration, unit: e.unit, to: '', worker: e.worker, nextWorker: -1 });
        lastWorker.set(e.concern, e.worker);
        lastUnit.set(p, e.unit);
        break;
      }
      case 'finished':
      case 'interrupted':
        close(partOf(e.concern, e.task), e.at);
        break;
      case 'handoff': {
        const p = partOf(e.concern, e.task);
        begin(p, {
          kind: 'handoff',
          start: e.at,
          end: e.readyAt,
          unit: e.from,
          to: e.to,
          worker: lastWorker.get(e.concern) ?? -1,
          nextWorker: -1,
        });
        open.delete(p); // its end is known; a later event of the part must not shorten it
        break;
      }
      case 'error': {
        const j = journeyOf(e.concern);
        j.errors.push({ at: e.at, kind: e.kind, task: e.task });
        j.firstErrorAt = Math.min(j.firstErrorAt, e.at);
        // The wrong reply is out; the part waits at its department for its prerequisite, until
        // the correction enters the queue (its 'queued' event closes this segment).
        const p = partIndex.get(`${e.concern}|${e.task}`);
        if (e.kind === 'order' && p !== undefined && !open.has(p) && lastUnit.has(p)) {
          begin(p, { kind: 'blocked', start: e.at, end: Infinity, unit: lastUnit.get(p)!, to: '', worker: -1, nextWorker: -1 });
        }
        break;
      }
      case 'resolved': {
        const j = journeyOf(e.concern);
        j.resolved = e.at;
        for (const p of j.parts) close(p, e.at);
        break;
      }
    }
  }
  for (const [p] of open) close(p, horizon);
  linkNextWorkers(segments, journeys);
  const arrivals = Float64Array.from([...journeys.values()].map((j) => j.arrival)).sort();
  const resolutions = Float64Array.from([...journeys.values()].flatMap((j) => (j.resolved === null ? [] : [j.resolved]))).sort();
  return { mode, horizon, parts, segments, journeys, buckets: bucketise(segments, horizon), arrivals, resolutions };
}

/** A handoff inside a team travels the ring to whoever starts the part next. */
function linkNextWorkers(segments: Segment[], journeys: Map<string, Journey>): void {
  for (const j of journeys.values()) {
    for (const p of j.parts) {
      let pending: Segment | null = null;
      for (const i of j.segments) {
        const s = segments[i];
        if (s.part !== p) continue;
        if (s.kind === 'handoff') pending = s;
        else if (s.kind === 'work' && pending) {
          pending.nextWorker = s.worker;
          pending = null;
        }
      }
    }
  }
}

function bucketise(segments: readonly Segment[], horizon: number): number[][] {
  const n = Math.max(1, Math.ceil(horizon / BUCKET));
  const buckets: number[][] = Array.from({ length: n }, () => []);
  segments.forEach((s, i) => {
    if (!(s.end > s.start)) return;
    const first = Math.max(0, Math.floor(s.start / BUCKET));
    const last = Math.min(n - 1, Math.floor(Math.min(s.end, horizon) / BUCKET));
    for (let b = first; b <= last; b++) buckets[b].push(i);
  });
  return buckets;
}

/** Segments in progress at t (start <= t < end), in start order. */
export function activeAt(replay: Replay, t: number): Segment[] {
  const b = Math.min(replay.buckets.length - 1, Math.max(0, Math.floor(t / BUCKET)));
  const out: Segment[] = [];
  for (const i of replay.buckets[b]) {
    const s = replay.segments[i];
    if (s.start <= t && t < s.end) out.push(s);
  }
  return out;
}

/** How many of the ascending `instants` are at or before t. */
export function countUpTo(instants: Float64Array, t: number): number {
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (instants[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
