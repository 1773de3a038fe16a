// Builders for hand-written traces, so each test reads as the story of a few concerns.
import type { ErrorKind, PieceKind, TraceEvent, TraceSink } from '../../src/trace/events.js';
import { createMetricsFold, type FoldContext, type MetricsFold, type MetricsHooks } from '../../src/metrics/fold.js';
import { recorderSink } from '../../src/trace/recorder.js';

export const arrived = (at: number, concern: string, concernType = 'move', failureDemand = false): TraceEvent => ({
  type: 'arrived',
  at,
  concern,
  concernType,
  failureDemand,
});

export const started = (at: number, concern: string, unit: string, duration: number, piece: PieceKind = 'task'): TraceEvent => ({
  type: 'started',
  at,
  concern,
  task: 't',
  piece,
  unit,
  worker: 0,
  duration,
});

export const finished = (at: number, concern: string, unit: string, piece: PieceKind = 'task'): TraceEvent => ({
  type: 'finished',
  at,
  concern,
  task: 't',
  piece,
  unit,
  worker: 0,
});

export const queued = (at: number, concern: string, unit: string): TraceEvent => ({
  type: 'queued',
  at,
  concern,
  task: 't',
  piece: 'task',
  unit,
});

export const handoff = (at: number, concern: string, from: string, to: string, readyAt: number): TraceEvent => ({
  type: 'handoff',
  at,
  concern,
  task: 't',
  from,
  to,
  readyAt,
});

export const error = (at: number, concern: string, kind: ErrorKind): TraceEvent => ({
  type: 'error',
  at,
  concern,
  task: 't',
  kind,
});

export const resolved = (at: number, concern: string): TraceEvent => ({ type: 'resolved', at, concern });

/** Sorts by time, keeping the written order for ties (Array#sort is stable). */
export const inTimeOrder = (events: TraceEvent[]): TraceEvent[] => [...events].sort((a, b) => a.at - b.at);

/** A metrics fold that also takes stored events (`push`), as a replayed log feeds it. */
export function createStoredFold(ctx: FoldContext, hooks?: MetricsHooks): MetricsFold & { push: TraceSink } {
  const fold = createMetricsFold(ctx, hooks);
  return Object.assign(fold, { push: recorderSink(fold) });
}
