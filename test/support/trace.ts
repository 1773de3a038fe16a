// Runs one replication and returns its trace as compact lines, e.g. "30 handoff 1 b A>B @60".
import { simulate } from '../../src/simulate.js';
import type { Mode, Scenario } from '../../src/scenario/types.js';
import type { TraceEvent } from '../../src/trace/events.js';

export function traceOf(s: Scenario, mode: Mode): TraceEvent[] {
  const events: TraceEvent[] = [];
  simulate(s, mode, 0, { sink: (e) => events.push(e) });
  return events;
}

export function line(e: TraceEvent): string {
  switch (e.type) {
    case 'arrived':
      return `${e.at} arrived ${e.concern}${e.failureDemand ? ' (failure demand)' : ''}`;
    case 'held':
      return `${e.at} held ${e.concern}`;
    case 'queued':
      return `${e.at} queued ${e.concern} ${e.task} at ${e.unit}${e.piece === 'task' ? '' : ` (${e.piece})`}`;
    case 'started':
      return `${e.at} started ${e.concern} ${e.task} at ${e.unit}#${e.worker} for ${e.duration}`;
    case 'finished':
      return `${e.at} finished ${e.concern} ${e.task} at ${e.unit}#${e.worker}`;
    case 'handoff':
      return `${e.at} handoff ${e.concern} ${e.task} ${e.from}>${e.to} ready ${e.readyAt}`;
    case 'error':
      return `${e.at} error ${e.kind} ${e.concern} ${e.task}`;
    case 'resolved':
      return `${e.at} resolved ${e.concern}`;
    case 'absent':
      return `${e.at} absent ${e.unit}#${e.worker} until ${e.until}`;
    case 'interrupted':
      return `${e.at} interrupted ${e.concern} ${e.task} at ${e.unit}#${e.worker}`;
  }
}

export const linesOf = (s: Scenario, mode: Mode): string[] => traceOf(s, mode).map(line);
