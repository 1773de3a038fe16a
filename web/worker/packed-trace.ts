// A replication's trace as columns of typed arrays, for the trip from the simulation worker
// to the page. Posted as ~80,000 event objects, the trace cost the page ~250 ms of
// deserialisation on its main thread after every run (also while the next run computed);
// typed arrays are transferred without copying, and unpacking them is a plain loop.
import { ERROR_KINDS, type PieceKind, type TraceEvent, type TraceEventType } from '../../src/trace/events.js';

const TYPES: readonly TraceEventType[] = ['arrived', 'held', 'queued', 'started', 'finished', 'handoff', 'error', 'resolved'];
const PIECES: readonly PieceKind[] = ['intake', 'task', 'misroute', 'correction'];

/**
 * Event i is TYPES[type[i]] at at[i] of concern strings[concern[i]]. The other columns hold
 * what its type has (unused entries are 0): `text` the task (for 'arrived' the concern
 * type), `code` the piece (for 'error' the kind), `unit` the unit (for 'handoff' the
 * sender), `to` the receiver, `worker`, `value` the duration or readyAt, `flag` failureDemand.
 */
export interface PackedTrace {
  count: number;
  /** Every string the events name, each once; the columns hold indices into it. */
  strings: string[];
  type: Uint8Array;
  at: Float64Array;
  concern: Int32Array;
  text: Int32Array;
  code: Uint8Array;
  unit: Int32Array;
  to: Int32Array;
  worker: Int32Array;
  value: Float64Array;
  flag: Uint8Array;
}

/** The buffers to list as transferable when posting `trace`. */
export function transferablesOf(trace: PackedTrace): ArrayBuffer[] {
  const { type, at, concern, text, code, unit, to, worker, value, flag } = trace;
  return [type, at, concern, text, code, unit, to, worker, value, flag].map((column) => column.buffer as ArrayBuffer);
}

/** Collects events (use `push` as a TraceSink), then `finish()` packs them. */
export class TracePacker {
  private count = 0;
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private columns = emptyColumns(1024);

  readonly push = (event: TraceEvent): void => {
    if (this.count === this.columns.type.length) this.columns = grown(this.columns);
    const c = this.columns;
    const i = this.count++;
    c.type[i] = TYPES.indexOf(event.type);
    c.at[i] = event.at;
    c.concern[i] = this.id(event.concern);
    switch (event.type) {
      case 'arrived':
        c.text[i] = this.id(event.concernType);
        c.flag[i] = event.failureDemand ? 1 : 0;
        break;
      case 'held':
      case 'resolved':
        break;
      case 'queued':
      case 'started':
      case 'finished':
        c.text[i] = this.id(event.task);
        c.code[i] = PIECES.indexOf(event.piece);
        c.unit[i] = this.id(event.unit);
        if (event.type !== 'queued') c.worker[i] = event.worker;
        if (event.type === 'started') c.value[i] = event.duration;
        break;
      case 'handoff':
        c.text[i] = this.id(event.task);
        c.unit[i] = this.id(event.from);
        c.to[i] = this.id(event.to);
        c.value[i] = event.readyAt;
        break;
      case 'error':
        c.text[i] = this.id(event.task);
        c.code[i] = ERROR_KINDS.indexOf(event.kind);
        break;
    }
  };

  finish(): PackedTrace {
    const n = this.count;
    const c = this.columns;
    return {
      count: n, strings: this.strings,
      type: c.type.slice(0, n), at: c.at.slice(0, n), concern: c.concern.slice(0, n), text: c.text.slice(0, n),
      code: c.code.slice(0, n), unit: c.unit.slice(0, n), to: c.to.slice(0, n), worker: c.worker.slice(0, n),
      value: c.value.slice(0, n), flag: c.flag.slice(0, n),
    };
  }

  private id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }
}

/** The events again, equal to those packed. */
export function unpackTrace(trace: PackedTrace): TraceEvent[] {
  const { strings: s, type, at, concern, text, code, unit, to, worker, value, flag } = trace;
  const events: TraceEvent[] = new Array<TraceEvent>(trace.count);
  for (let i = 0; i < trace.count; i++) {
    const kind = TYPES[type[i]];
    const t = at[i];
    const c = s[concern[i]];
    switch (kind) {
      case 'arrived': events[i] = { type: kind, at: t, concern: c, concernType: s[text[i]], failureDemand: flag[i] === 1 }; break;
      case 'held': events[i] = { type: kind, at: t, concern: c }; break;
      case 'queued': events[i] = { type: kind, at: t, concern: c, task: s[text[i]], piece: PIECES[code[i]], unit: s[unit[i]] }; break;
      case 'started':
        events[i] = { type: kind, at: t, concern: c, task: s[text[i]], piece: PIECES[code[i]], unit: s[unit[i]], worker: worker[i], duration: value[i] };
        break;
      case 'finished':
        events[i] = { type: kind, at: t, concern: c, task: s[text[i]], piece: PIECES[code[i]], unit: s[unit[i]], worker: worker[i] };
        break;
      case 'handoff': events[i] = { type: kind, at: t, concern: c, task: s[text[i]], from: s[unit[i]], to: s[to[i]], readyAt: value[i] }; break;
      case 'error': events[i] = { type: kind, at: t, concern: c, task: s[text[i]], kind: ERROR_KINDS[code[i]] }; break;
      case 'resolved': events[i] = { type: kind, at: t, concern: c }; break;
      default: throw new Error(`packed trace: unknown event type code ${type[i]}`);
    }
  }
  return events;
}

type Columns = Pick<PackedTrace, 'type' | 'at' | 'concern' | 'text' | 'code' | 'unit' | 'to' | 'worker' | 'value' | 'flag'>;

function emptyColumns(n: number): Columns {
  return {
    type: new Uint8Array(n), at: new Float64Array(n), concern: new Int32Array(n), text: new Int32Array(n),
    code: new Uint8Array(n), unit: new Int32Array(n), to: new Int32Array(n), worker: new Int32Array(n),
    value: new Float64Array(n), flag: new Uint8Array(n),
  };
}

/** Twice the capacity, the entries so far copied. */
function grown(c: Columns): Columns {
  const next = emptyColumns(c.type.length * 2);
  for (const key of Object.keys(c) as (keyof Columns)[]) (next[key] as Float64Array).set(c[key] as unknown as ArrayLike<number>);
  return next;
}
