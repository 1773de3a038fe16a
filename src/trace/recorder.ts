// The model's side of the trace: one call per event, with the event's fields as arguments
// in the order of events.ts. This positional form exists for speed (it is the hot path): the
// metrics fold implements it directly, so a run that only needs metrics builds no event
// objects. TraceEvent (events.ts) stays the one definition of what an event holds; the two
// functions below are the only translations between the forms.
import type { ConcernId, ErrorKind, PieceKind, TraceEvent, TraceSink } from './events.js';

/** A concern as the recorder sees it. */
export interface TracedConcern {
  readonly id: ConcernId;
  /**
   * Reserved for the metrics fold: its tally of this concern while it is open, so that no
   * event needs a lookup by id. The engine sets it to null when it creates the concern and
   * never touches it again.
   */
  tally: object | null;
  /** Reserved the same way for trackPieces (src/records/pieces.ts): the concern's pieces while tasks.csv is written. */
  pieces: object | null;
}

/** Receives the trace in time order (ties in the order they happened); see TraceEvent. */
export interface TraceRecorder {
  arrived(at: number, concern: TracedConcern, concernType: string, failureDemand: boolean): void;
  held(at: number, concern: TracedConcern): void;
  queued(at: number, concern: TracedConcern, task: string, piece: PieceKind, unit: string): void;
  started(at: number, concern: TracedConcern, task: string, piece: PieceKind, unit: string, worker: number, duration: number): void;
  finished(at: number, concern: TracedConcern, task: string, piece: PieceKind, unit: string, worker: number): void;
  handoff(at: number, concern: TracedConcern, task: string, from: string, to: string, readyAt: number): void;
  error(at: number, concern: TracedConcern, task: string, kind: ErrorKind): void;
  resolved(at: number, concern: TracedConcern): void;
  absent(at: number, unit: string, worker: number, until: number): void;
  interrupted(at: number, concern: TracedConcern, task: string, piece: PieceKind, unit: string, worker: number): void;
}

/**
 * A recorder that first hands each call to `first` (the metrics fold), then builds the
 * TraceEvent object (keys in the order of events.ts, which --trace writes) for `sink`.
 */
export function teeToSink(first: TraceRecorder, sink: TraceSink): TraceRecorder {
  return {
    arrived(at, concern, concernType, failureDemand) {
      first.arrived(at, concern, concernType, failureDemand);
      sink({ type: 'arrived', at, concern: concern.id, concernType, failureDemand });
    },
    held(at, concern) {
      first.held(at, concern);
      sink({ type: 'held', at, concern: concern.id });
    },
    queued(at, concern, task, piece, unit) {
      first.queued(at, concern, task, piece, unit);
      sink({ type: 'queued', at, concern: concern.id, task, piece, unit });
    },
    started(at, concern, task, piece, unit, worker, duration) {
      first.started(at, concern, task, piece, unit, worker, duration);
      sink({ type: 'started', at, concern: concern.id, task, piece, unit, worker, duration });
    },
    finished(at, concern, task, piece, unit, worker) {
      first.finished(at, concern, task, piece, unit, worker);
      sink({ type: 'finished', at, concern: concern.id, task, piece, unit, worker });
    },
    handoff(at, concern, task, from, to, readyAt) {
      first.handoff(at, concern, task, from, to, readyAt);
      sink({ type: 'handoff', at, concern: concern.id, task, from, to, readyAt });
    },
    error(at, concern, task, kind) {
      first.error(at, concern, task, kind);
      sink({ type: 'error', at, concern: concern.id, task, kind });
    },
    resolved(at, concern) {
      first.resolved(at, concern);
      sink({ type: 'resolved', at, concern: concern.id });
    },
    absent(at, unit, worker, until) {
      first.absent(at, unit, worker, until);
      sink({ type: 'absent', at, unit, worker, until });
    },
    interrupted(at, concern, task, piece, unit, worker) {
      first.interrupted(at, concern, task, piece, unit, worker);
      sink({ type: 'interrupted', at, concern: concern.id, task, piece, unit, worker });
    },
  };
}

/**
 * The other way round: a sink that feeds stored TraceEvent objects (a log, a test's story)
 * into a recorder, in the order given. Concerns are matched by id from their arrival on.
 */
export function recorderSink(recorder: TraceRecorder): TraceSink {
  const byId = new Map<ConcernId, TracedConcern>();
  return (event) => {
    if (event.type === 'absent') return recorder.absent(event.at, event.unit, event.worker, event.until);
    let concern = byId.get(event.concern);
    if (concern === undefined) {
      concern = { id: event.concern, tally: null, pieces: null };
      if (event.type === 'arrived') byId.set(event.concern, concern);
    }
    replay(recorder, event, concern);
    if (event.type === 'resolved') byId.delete(event.concern);
  };
}

function replay(recorder: TraceRecorder, event: TraceEvent, concern: TracedConcern): void {
  switch (event.type) {
    case 'arrived':
      return recorder.arrived(event.at, concern, event.concernType, event.failureDemand);
    case 'held':
      return recorder.held(event.at, concern);
    case 'queued':
      return recorder.queued(event.at, concern, event.task, event.piece, event.unit);
    case 'started':
      return recorder.started(event.at, concern, event.task, event.piece, event.unit, event.worker, event.duration);
    case 'finished':
      return recorder.finished(event.at, concern, event.task, event.piece, event.unit, event.worker);
    case 'handoff':
      return recorder.handoff(event.at, concern, event.task, event.from, event.to, event.readyAt);
    case 'error':
      return recorder.error(event.at, concern, event.task, event.kind);
    case 'resolved':
      return recorder.resolved(event.at, concern);
    case 'interrupted':
      return recorder.interrupted(event.at, concern, event.task, event.piece, event.unit, event.worker);
    case 'absent':
      return recorder.absent(event.at, event.unit, event.worker, event.until);
    default: {
      const unknown: never = event;
      throw new Error(`trace: unknown event type ${JSON.stringify((unknown as { type?: unknown }).type)}`);
    }
  }
}
