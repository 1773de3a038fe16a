// A built Replay as columns of typed arrays, for the trip from the simulation worker to the
// page. The worker builds the replay (buildReplay) right where the trace is made, packs it,
// and transfers the buffers without copying; the page only unpacks it. Before, the page
// received the ~80,000 trace events and built the replay itself: ~0.4 s of its main thread
// after every run, in which the page did not respond and the next run's workers shared the
// CPU with it.
import { ERROR_KINDS } from '../../src/index.js';
import type { Journey, Part, Replay, Segment, SegmentKind } from './replay.js';

const KINDS: readonly SegmentKind[] = ['held', 'queue', 'work', 'handoff', 'blocked'];

/**
 * Index arrays of one list per item are stored flat: item i's entries are
 * list[offsets[i] .. offsets[i + 1]). Strings (concern ids, tasks, units) are indices into
 * `strings`. A resolution time of NaN stands for "not resolved" (null).
 */
export interface PackedReplay {
  mode: Replay['mode'];
  horizon: number;
  strings: string[];
  part: { concern: Int32Array; task: Int32Array; type: Int32Array };
  segment: {
    part: Int32Array;
    kind: Uint8Array;
    start: Float64Array;
    end: Float64Array;
    unit: Int32Array;
    to: Int32Array;
    worker: Int32Array;
    nextWorker: Int32Array;
  };
  journey: {
    concern: Int32Array;
    type: Int32Array;
    failureDemand: Uint8Array;
    arrival: Float64Array;
    resolved: Float64Array;
    firstErrorAt: Float64Array;
    partOffsets: Int32Array;
    parts: Int32Array;
    segmentOffsets: Int32Array;
    segments: Int32Array;
    errorOffsets: Int32Array;
    errorAt: Float64Array;
    errorKind: Uint8Array;
    errorTask: Int32Array;
  };
  bucket: { offsets: Int32Array; segments: Int32Array };
  arrivals: Float64Array;
  resolutions: Float64Array;
  absence: { unit: Int32Array; worker: Int32Array; start: Float64Array; end: Float64Array };
}

/** Every typed array's buffer, to list as transferable when posting `packed`. */
export function transferablesOf(packed: PackedReplay): ArrayBuffer[] {
  const columns = [
    ...Object.values(packed.part),
    ...Object.values(packed.segment),
    ...Object.values(packed.journey),
    ...Object.values(packed.bucket),
    packed.arrivals,
    packed.resolutions,
    ...Object.values(packed.absence),
  ] as ArrayBufferView[];
  return columns.map((c) => c.buffer as ArrayBuffer);
}

export function packReplay(replay: Replay): PackedReplay {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const { parts, segments } = replay;
  const journeys = [...replay.journeys.values()];
  const jParts = flat(journeys.map((j) => j.parts));
  const jSegments = flat(journeys.map((j) => j.segments));
  const errors = journeys.flatMap((j) => j.errors);
  const errorOffsets = offsetsOf(journeys.map((j) => j.errors.length));
  const buckets = flat(replay.buckets);
  return {
    mode: replay.mode,
    horizon: replay.horizon,
    strings,
    part: {
      concern: Int32Array.from(parts, (p) => id(p.concern)),
      task: Int32Array.from(parts, (p) => id(p.task)),
      type: Int32Array.from(parts, (p) => p.type),
    },
    segment: {
      part: Int32Array.from(segments, (s) => s.part),
      kind: Uint8Array.from(segments, (s) => KINDS.indexOf(s.kind)),
      start: Float64Array.from(segments, (s) => s.start),
      end: Float64Array.from(segments, (s) => s.end),
      unit: Int32Array.from(segments, (s) => id(s.unit)),
      to: Int32Array.from(segments, (s) => id(s.to)),
      worker: Int32Array.from(segments, (s) => s.worker),
      nextWorker: Int32Array.from(segments, (s) => s.nextWorker),
    },
    journey: {
      concern: Int32Array.from(journeys, (j) => id(j.concern)),
      type: Int32Array.from(journeys, (j) => j.type),
      failureDemand: Uint8Array.from(journeys, (j) => (j.failureDemand ? 1 : 0)),
      arrival: Float64Array.from(journeys, (j) => j.arrival),
      resolved: Float64Array.from(journeys, (j) => j.resolved ?? NaN),
      firstErrorAt: Float64Array.from(journeys, (j) => j.firstErrorAt),
      partOffsets: jParts.offsets,
      parts: jParts.list,
      segmentOffsets: jSegments.offsets,
      segments: jSegments.list,
      errorOffsets,
      errorAt: Float64Array.from(errors, (e) => e.at),
      errorKind: Uint8Array.from(errors, (e) => ERROR_KINDS.indexOf(e.kind)),
      errorTask: Int32Array.from(errors, (e) => id(e.task)),
    },
    bucket: { offsets: buckets.offsets, segments: buckets.list },
    arrivals: replay.arrivals,
    resolutions: replay.resolutions,
    absence: {
      unit: Int32Array.from(replay.absences, (a) => id(a.unit)),
      worker: Int32Array.from(replay.absences, (a) => a.worker),
      start: Float64Array.from(replay.absences, (a) => a.start),
      end: Float64Array.from(replay.absences, (a) => a.end),
    },
  };
}

/** offsets[i] = the sum of lengths[0 .. i), for n + 1 entries. */
function offsetsOf(lengths: readonly number[]): Int32Array {
  const offsets = new Int32Array(lengths.length + 1);
  lengths.forEach((n, i) => {
    offsets[i + 1] = offsets[i] + n;
  });
  return offsets;
}

function flat(lists: readonly (readonly number[])[]): { offsets: Int32Array; list: Int32Array } {
  const offsets = offsetsOf(lists.map((l) => l.length));
  const list = new Int32Array(offsets[lists.length]);
  lists.forEach((l, i) => list.set(l, offsets[i]));
  return { offsets, list };
}

/** The Replay again, equal to the one packed. */
export function unpackReplay(packed: PackedReplay): Replay {
  const { strings: str, part: p, segment: s, journey: j, bucket: b } = packed;
  const listOf = (offsets: Int32Array, list: Int32Array, i: number): number[] => Array.from(list.subarray(offsets[i], offsets[i + 1]));
  const parts: Part[] = new Array<Part>(p.concern.length);
  for (let i = 0; i < parts.length; i++) {
    const concern = str[p.concern[i]];
    const task = str[p.task[i]];
    parts[i] = { key: `${concern}|${task}`, concern, task, type: p.type[i] };
  }
  const segments: Segment[] = new Array<Segment>(s.part.length);
  for (let i = 0; i < segments.length; i++) {
    segments[i] = {
      part: s.part[i],
      kind: KINDS[s.kind[i]],
      start: s.start[i],
      end: s.end[i],
      unit: str[s.unit[i]],
      to: str[s.to[i]],
      worker: s.worker[i],
      nextWorker: s.nextWorker[i],
    };
  }
  const journeys = new Map<string, Journey>();
  for (let i = 0; i < j.concern.length; i++) {
    const concern = str[j.concern[i]];
    const errors: Journey['errors'] = [];
    for (let e = j.errorOffsets[i]; e < j.errorOffsets[i + 1]; e++) {
      errors.push({ at: j.errorAt[e], kind: ERROR_KINDS[j.errorKind[e]], task: str[j.errorTask[e]] });
    }
    const resolved = j.resolved[i];
    journeys.set(concern, {
      concern,
      type: j.type[i],
      failureDemand: j.failureDemand[i] === 1,
      arrival: j.arrival[i],
      resolved: Number.isNaN(resolved) ? null : resolved,
      errors,
      parts: listOf(j.partOffsets, j.parts, i),
      segments: listOf(j.segmentOffsets, j.segments, i),
      firstErrorAt: j.firstErrorAt[i],
    });
  }
  const buckets: number[][] = [];
  for (let i = 0; i + 1 < b.offsets.length; i++) buckets.push(listOf(b.offsets, b.segments, i));
  return {
    mode: packed.mode,
    horizon: packed.horizon,
    parts,
    segments,
    journeys,
    buckets,
    arrivals: packed.arrivals,
    resolutions: packed.resolutions,
    absences: Array.from(packed.absence.start, (start, i) => ({
      unit: str[packed.absence.unit[i]],
      worker: packed.absence.worker[i],
      start,
      end: packed.absence.end[i],
    })),
  };
}
