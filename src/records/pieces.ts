// Pieces of work for tasks.csv: a piece runs from its `started` trace event to its
// `finished` event, and was ready when it last entered the unit's queue (docs/model.md#csv-files).
// trackPieces is the one place that turns trace calls into piece records, so a new event
// (an interruption, a pause) is handled here and nowhere else. Hot path when tasks.csv is
// written (four pieces per concern in the silo): a piece's record is made when it is
// queued, completed when it finishes, and reused after onPiece has seen it, so a long run
// allocates no record per piece.
import type { Scenario } from '../scenario/types.js';
import type { PieceKind } from '../trace/events.js';
import type { TraceRecorder, TracedConcern } from '../trace/recorder.js';

/** One row of tasks.csv before it is written: times in clock minutes. */
export interface PieceRecord {
  concern: string;
  /** The concern's type. */
  type: string;
  task: string;
  piece: PieceKind;
  /** The task's skill; empty for intake and misroute pieces, which need none. */
  skill: string;
  unit: string;
  worker: number;
  /** When the piece entered the unit's queue; a piece taken up without queueing is ready when it starts. */
  ready: number;
  started: number;
  finished: number;
}

interface ConcernPieces {
  type: string;
  skills: ReadonlyMap<string, string>;
  /** Pieces queued or in hand; `started` is NaN while a piece waits, `worker` −1. */
  open: PieceRecord[];
}

/** Task id → skill, per concern type. */
function skillTable(scenario: Scenario): Map<string, ReadonlyMap<string, string>> {
  return new Map(scenario.concernTypes.map((t) => [t.id, new Map(t.tasks.map((task) => [task.id, task.skill]))]));
}

const NO_SKILLS: ReadonlyMap<string, string> = new Map();

/**
 * A recorder that passes every call on to `next` (the metrics fold) and calls `onPiece` with
 * each piece of work when it finishes, in the order pieces finish. The record is valid only
 * during the call: it is reused afterwards.
 */
export function trackPieces(next: TraceRecorder, scenario: Scenario, onPiece: (piece: PieceRecord) => void): TraceRecorder {
  const skills = skillTable(scenario);
  const spare: PieceRecord[] = [];
  const spareConcerns: ConcernPieces[] = [];
  const openPiece = (
    state: ConcernPieces,
    concern: TracedConcern,
    task: string,
    piece: PieceKind,
    unit: string,
    worker: number,
    ready: number,
    started: number,
  ): void => {
    const p = spare.pop() ?? {
      concern: '',
      type: '',
      task: '',
      piece,
      skill: '',
      unit: '',
      worker: 0,
      ready: 0,
      started: 0,
      finished: NaN,
    };
    p.concern = concern.id;
    p.type = state.type;
    p.task = task;
    p.piece = piece;
    p.skill = piece === 'intake' || piece === 'misroute' ? '' : (state.skills.get(task) ?? '');
    p.unit = unit;
    p.worker = worker;
    p.ready = ready;
    p.started = started;
    state.open.push(p);
  };
  const pieces = (concern: TracedConcern): ConcernPieces => {
    const found = concern.pieces as ConcernPieces | null;
    if (found === null) throw new Error(`trackPieces: concern ${concern.id} has work but never arrived`);
    return found;
  };
  return {
    arrived(at, concern, concernType, failureDemand) {
      next.arrived(at, concern, concernType, failureDemand);
      const state = spareConcerns.pop() ?? { type: '', skills: NO_SKILLS, open: [] };
      state.type = concernType;
      state.skills = skills.get(concernType) ?? NO_SKILLS;
      concern.pieces = state;
    },
    held(at, concern) {
      next.held(at, concern);
    },
    queued(at, concern, task, piece, unit) {
      next.queued(at, concern, task, piece, unit);
      openPiece(pieces(concern), concern, task, piece, unit, -1, at, NaN);
    },
    started(at, concern, task, piece, unit, worker, duration) {
      next.started(at, concern, task, piece, unit, worker, duration);
      const state = pieces(concern);
      // Plain loops: this runs for every piece of a million-concern run.
      for (const p of state.open) {
        if (p.task === task && p.piece === piece && p.unit === unit && Number.isNaN(p.started)) {
          p.worker = worker;
          p.started = at;
          return;
        }
      }
      openPiece(state, concern, task, piece, unit, worker, at, at);
    },
    finished(at, concern, task, piece, unit, worker) {
      next.finished(at, concern, task, piece, unit, worker);
      const { open } = pieces(concern);
      let i = 0;
      while (
        i < open.length &&
        !(
          open[i].worker === worker &&
          open[i].task === task &&
          open[i].piece === piece &&
          open[i].unit === unit &&
          !Number.isNaN(open[i].started)
        )
      )
        i++;
      if (i === open.length) throw new Error(`trackPieces: ${concern.id} finished ${piece} ${task} at ${unit} that never started`);
      const done = open[i];
      if (i === open.length - 1) open.pop();
      else open.splice(i, 1);
      done.finished = at;
      onPiece(done);
      spare.push(done);
    },
    handoff(at, concern, task, from, to, readyAt) {
      next.handoff(at, concern, task, from, to, readyAt);
    },
    absent(at, unit, worker, until) {
      next.absent(at, unit, worker, until);
    },
    interrupted(at, concern, task, piece, unit, worker) {
      next.interrupted(at, concern, task, piece, unit, worker);
      // An absence sends the piece back to its queue by a handoff: the rest of
      // it is a new piece from its next `queued`; the interrupted stretch has no row.
      const { open } = pieces(concern);
      const i = open.findIndex((p) => p.worker === worker && p.task === task && p.piece === piece && p.unit === unit);
      if (i >= 0) spare.push(...open.splice(i, 1));
    },
    error(at, concern, task, kind) {
      next.error(at, concern, task, kind);
    },
    resolved(at, concern) {
      next.resolved(at, concern);
      const state = concern.pieces as ConcernPieces | null;
      concern.pieces = null;
      // Pieces never finished (none in a complete trace) go back to the spares with it.
      if (state !== null) {
        for (const p of state.open) spare.push(p);
        state.open.length = 0;
        spareConcerns.push(state);
      }
    },
  };
}
