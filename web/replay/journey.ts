// One customer's journey through one organisation, for the "follow a customer" swimlanes:
// one row per piece of work (a task, or the intake), each a list of waiting, working and
// handoff spans, plus the errors and the lead time.
import type { ErrorKind } from '../../src/index.js';
import type { Replay, SegmentKind } from './replay.js';

export interface Span {
  kind: SegmentKind;
  start: number;
  end: number;
  unit: string;
  to: string;
}
export interface JourneyRow {
  task: string;
  spans: Span[];
}

export interface JourneyView {
  concern: string;
  type: number;
  failureDemand: boolean;
  arrival: number;
  resolved: number | null;
  leadTime: number | null;
  rows: JourneyRow[];
  errors: { at: number; kind: ErrorKind; task: string }[];
  /** Minutes spent waiting (queues, lights, transport) vs. being worked on, over all rows. */
  working: number;
  handoffs: number;
}

export function journeyOf(replay: Replay, concern: string): JourneyView | null {
  const j = replay.journeys.get(concern);
  if (!j) return null;
  const rows = new Map<number, JourneyRow>();
  let working = 0;
  let handoffs = 0;
  for (const i of j.segments) {
    const s = replay.segments[i];
    const part = replay.parts[s.part];
    let row = rows.get(s.part);
    if (!row) {
      row = { task: part.task, spans: [] };
      rows.set(s.part, row);
    }
    row.spans.push({ kind: s.kind, start: s.start, end: s.end, unit: s.unit, to: s.to });
    if (s.kind === 'work') working += s.end - s.start;
    if (s.kind === 'handoff') handoffs++;
  }
  return {
    concern,
    type: j.type,
    failureDemand: j.failureDemand,
    arrival: j.arrival,
    resolved: j.resolved,
    leadTime: j.resolved === null ? null : j.resolved - j.arrival,
    rows: [...rows.values()],
    errors: j.errors,
    working,
    handoffs,
  };
}

/** Later visits of the same customer: "17/1", "17/2", … (and "17/1/1"). */
export function returnsOf(replay: Replay, concern: string): string[] {
  const prefix = `${concern}/`;
  return [...replay.journeys.keys()].filter((id) => id.startsWith(prefix));
}
