// The model's side of the trace: one call per event, with the event's fields as arguments.
// The metrics fold implements it directly, so a run that only needs metrics builds no event
// objects; `teeToSink` also builds the TraceEvent objects of events.ts for whoever wants the
// stream (--trace, the browser replay, tests).
import type { ConcernId, ErrorKind, PieceKind, TraceSink } from './events.js';

/** A concern as the recorder sees it. */
export interface TracedConcern {
  readonly id: ConcernId;
  /**
   * Reserved for the metrics fold: its tally of this concern while it is open, so that no
   * event needs a lookup by id. The engine sets it to null when it creates the concern and
   * never touches it again.
   */
  tally: object | null;
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
  };
}
