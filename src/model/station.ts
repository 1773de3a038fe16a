// A silo station (the intake or a department): one queue and `staff` identical people.
// `fifo` serves the part that arrived first; `shortest-first` the part with the least work
// (ties: the one that arrived first), the department's own goal of closing many items.
import type { DepartmentPolicy, Hours } from '../scenario/types.js';
import type { PieceKind } from '../trace/events.js';
import type { Concern } from './concern.js';
import { Fifo } from './fifo.js';
import { MinHeap } from './heap.js';

/** A piece of a concern's work waiting for, or being done at, a station. */
export interface Part {
  concern: Concern;
  /** Task index in the concern type's listed tasks (-1 for intake triage). */
  task: number;
  piece: PieceKind;
  work: number;
  /** Extra work because context was lost on the way here. */
  rework: number;
}

interface PartQueue {
  readonly size: number;
  push(part: Part): void;
  /** Puts a part ahead of every waiting one (work an absent person put back). */
  pushFront(part: Part): void;
  shift(): Part | undefined;
}

export interface Station {
  id: string;
  queue: PartQueue;
  /** Indices of idle people; the lowest index is taken first. */
  idle: number[];
  /** The part each person is working on (null while idle). */
  working: (Part | null)[];
  /**
   * Each person's "finished" action, made once: a start schedules this instead of a new
   * closure, so starting work allocates nothing. It reads the part from `working`.
   */
  finishers: (() => void)[];
  /** When the station works; null around the clock. */
  hours: Hours;
  /** Absences, when anyone here can be absent (docs/model.md#absences); else null. */
  absence: StationAbsence | null;
}

/** Who is away, when each person's next absence starts, and the pieces an absence will cut short. */
export interface StationAbsence {
  away: boolean[];
  nextAway: (() => number)[];
  /** True while the piece in hand will be cut short by the person's next absence. */
  cut: boolean[];
  /** Work left of that piece when it is cut. */
  left: number[];
}

/** `finish(station, worker, part)` runs when a person finishes the part she started. */
export function createStation(
  id: string,
  staff: number,
  policy: DepartmentPolicy,
  finish: (station: Station, worker: number, part: Part) => void,
  hours: Hours = null,
): Station {
  const idle: number[] = [];
  for (let worker = staff - 1; worker >= 0; worker--) idle.push(worker);
  const station: Station = {
    id,
    queue: policy === 'shortest-first' ? shortestFirst() : new PartFifo(),
    idle,
    working: new Array<Part | null>(staff).fill(null),
    finishers: [],
    hours,
    absence: null,
  };
  for (let worker = 0; worker < staff; worker++) {
    station.finishers.push(() => {
      const part = station.working[worker];
      if (part === null) throw new Error(`invariant: ${id}#${worker} finished without a part in hand`);
      station.working[worker] = null;
      finish(station, worker, part);
    });
  }
  return station;
}

function shortestFirst(): PartQueue {
  const heap = new MinHeap<Part>();
  return {
    get size() {
      return heap.size;
    },
    push: (part) => heap.push(part.work + part.rework, part),
    pushFront: (part) => heap.push(-Infinity, part),
    shift: () => heap.pop(),
  };
}

class PartFifo extends Fifo<Part> implements PartQueue {
  pushFront(part: Part): void {
    this.unshift(part);
  }
}
