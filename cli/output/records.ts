// The per-concern, per-hour and per-event outputs of one replication (DESIGN §7):
// their columns and how one record becomes a CSV row or a JSON line.
import type { ConcernRecord, HourRow } from '../../src/metrics/types.js';
import type { Mode } from '../../src/scenario/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import type { Cell } from './csv.js';

export const CONCERN_COLUMNS = [
  'id',
  'type',
  'mode',
  'replication',
  'arrival',
  'completion',
  'lead',
  'wait',
  'touch',
  'handoffs',
  'errors',
  'failureDemand',
] as const;
export const TIMESERIES_COLUMNS = ['mode', 'replication', 'hour', 'arrived', 'started', 'completed', 'wip'] as const;

export function concernRow(r: ConcernRecord, mode: Mode, replication: number): Cell[] {
  return [r.id, r.type, mode, replication, r.arrival, r.completion, r.lead, r.wait, r.touch, r.handoffs, r.errors, r.failureDemand];
}

export function hourRow(h: HourRow, mode: Mode, replication: number): Cell[] {
  return [mode, replication, h.hour, h.arrived, h.started, h.completed, h.wip];
}

/** One JSON Lines record: which run it came from first, then the event as the model emitted it. */
export function traceLine(event: TraceEvent, mode: Mode, replication: number): string {
  return `${JSON.stringify({ mode, replication, ...event })}\n`;
}
