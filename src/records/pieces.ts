// Pieces of work for tasks.csv: a piece runs from its `started` trace event to its
// `finished` event, and was ready when it last entered the unit's queue (docs/model.md#csv-files).
// trackPieces is the one place that turns trace calls into piece records, so a new event
// (an interruption, a pause) is handled here and nowhere else.
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

/** A piece queued or in hand; `started` is NaN while it waits. */
interface OpenPiece {
  task: string;
  piece: PieceKind;
  unit: string;
  worker: number;
  ready: number;
  started: number;
}

interface ConcernPieces {
  type: string;
  skills: ReadonlyMap<string, string>;
  open: OpenPiece[];
}

/** Task id → skill, per concern type. */
function skillTable(scenario: Scenario): Map<string, ReadonlyMap<string, string>> {
  return new Map(scenario.concernTypes.map((t) => [t.id, new Map(t.tasks.map((task) => [task.id, task.skill]))]));
}

const NO_SKILLS: ReadonlyMap<string, string> = new Map();

/**
 * A recorder that passes every call on to `next` (the metrics fold) and calls `onPiece` with
 * each piece of work when it finishes, in the order pieces finish.
 */
export function trackPieces(next: TraceRecorder, scenario: Scenario, onPiece: (piece: PieceRecord) => void): TraceRecorder {
  const skills = skillTable(scenario);
  const concerns = new Map<TracedConcern, ConcernPieces>();
  const pieces = (concern: TracedConcern): ConcernPieces => {
    const found = concerns.get(concern);
    if (found === undefined) throw new Error(`trackPieces: concern ${concern.id} has work but never arrived`);
    return found;
  };
  return {
    arrived(at, concern, concernType, failureDemand) {
      next.arrived(at, concern, concernType, failureDemand);
      concerns.set(concern, { type: concernType, skills: skills.get(concernType) ?? NO_SKILLS, open: [] });
    },
    held(at, concern) {
      next.held(at, concern);
    },
    queued(at, concern, task, piece, unit) {
      next.queued(at, concern, task, piece, unit);
      pieces(concern).open.push({ task, piece, unit, worker: -1, ready: at, started: NaN });
    },
    started(at, concern, task, piece, unit, worker, duration) {
      next.started(at, concern, task, piece, unit, worker, duration);
      const { open } = pieces(concern);
      // Plain loops: this runs for every piece of a million-concern run.
      for (const p of open) {
        if (p.task === task && p.piece === piece && p.unit === unit && Number.isNaN(p.started)) {
          p.worker = worker;
          p.started = at;
          return;
        }
      }
      open.push({ task, piece, unit, worker, ready: at, started: at });
    },
    finished(at, concern, task, piece, unit, worker) {
      next.finished(at, concern, task, piece, unit, worker);
      const state = pieces(concern);
      const { open } = state;
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
      const skill = piece === 'intake' || piece === 'misroute' ? '' : (state.skills.get(task) ?? '');
      onPiece({
        concern: concern.id,
        type: state.type,
        task,
        piece,
        skill,
        unit,
        worker,
        ready: done.ready,
        started: done.started,
        finished: at,
      });
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
      const state = pieces(concern);
      const i = state.open.findIndex((p) => p.worker === worker && p.task === task && p.piece === piece && p.unit === unit);
      if (i >= 0) state.open.splice(i, 1);
    },
    error(at, concern, task, kind) {
      next.error(at, concern, task, kind);
    },
    resolved(at, concern) {
      next.resolved(at, concern);
      concerns.delete(concern);
    },
  };
}
