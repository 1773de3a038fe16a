// "Why?": per department (silo) or team, the figures that explain a result, and the reason
// in one sentence chosen from those numbers. Utilisation is the mean over all replications
// (the KPIs' run); queue length and errors per unit come from the replayed replication,
// whose trace names the unit of every wait and every error.
import type { ErrorKind } from '../../src/index.js';
import type { Replay } from '../replay/replay.js';

export interface UnitFigures {
  id: string;
  label: string;
  people: number;
  /** Busy share, mean over the replications (NaN when unknown). */
  utilisation: number;
  /** Time-average number of pieces of work waiting in the unit's queue over the measured window. */
  queue: number;
  /** Mean wait of a piece of work in the queue, minutes (NaN when nothing queued). */
  wait: number;
  /** Errors that happened at this unit in the replayed replication, by kind. */
  errors: Record<ErrorKind, number>;
  /** Pieces of work the unit started in the measured window (to put the errors in proportion). */
  pieces: number;
  /** `policy: shortest-first` (departments only). */
  shortestFirst: boolean;
}

export interface UnitInfo {
  id: string;
  label: string;
  people: number;
  shortestFirst: boolean;
}

/** The figures of every unit in `units`, from the replay and the utilisation by unit. */
export function unitFigures(
  replay: Replay,
  units: readonly UnitInfo[],
  utilisation: Readonly<Record<string, number>>,
  window: { from: number; to: number },
): UnitFigures[] {
  const span = Math.max(1e-9, window.to - window.from);
  const figures = new Map<string, UnitFigures>(
    units.map((u) => [
      u.id,
      { ...u, utilisation: utilisation[u.id] ?? NaN, queue: 0, wait: NaN, errors: { order: 0, infoLoss: 0, misroute: 0 }, pieces: 0 },
    ]),
  );
  const waits = new Map<string, { total: number; n: number }>();
  for (const s of replay.segments) {
    const f = figures.get(s.unit);
    if (!f) continue;
    if (s.kind === 'queue') {
      const overlap = Math.min(s.end, window.to) - Math.max(s.start, window.from);
      if (overlap > 0) f.queue += overlap / span;
      if (s.start >= window.from) {
        const w = waits.get(s.unit) ?? { total: 0, n: 0 };
        w.total += Math.min(s.end, window.to) - s.start;
        w.n++;
        waits.set(s.unit, w);
      }
    } else if (s.kind === 'work' && s.start >= window.from) f.pieces++;
  }
  for (const [id, w] of waits) figures.get(id)!.wait = w.n > 0 ? w.total / w.n : NaN;
  const partOf = new Map(replay.parts.map((p, i) => [p.key, i]));
  for (const j of replay.journeys.values()) {
    for (const e of j.errors) {
      if (e.at < window.from) continue;
      const unit = errorUnit(replay, j.segments, partOf.get(`${j.concern}|${e.task}`), e.at, e.kind);
      const f = unit === null ? undefined : figures.get(unit);
      if (f) f.errors[e.kind]++;
    }
  }
  return units.map((u) => figures.get(u.id)!);
}

/**
 * Where an error happened: a wrong reply (order) at the unit that worked the part last; lost
 * context and a misrouted part at the unit that receives it next.
 */
function errorUnit(replay: Replay, segments: readonly number[], part: number | undefined, at: number, kind: ErrorKind): string | null {
  if (part === undefined) return null;
  let before: string | null = null;
  let after: string | null = null;
  for (const i of segments) {
    const s = replay.segments[i];
    if (s.part !== part || s.unit === '' || s.kind === 'handoff' || s.kind === 'held') continue;
    if (s.start <= at) before = s.unit;
    else if (after === null) after = s.unit;
  }
  return kind === 'order' ? (before ?? after) : (after ?? before);
}

export type ReasonKind = 'shortestFirst' | 'orderErrors' | 'saturated' | 'infoLoss' | 'spare' | 'steady';

/**
 * The main reason behind a unit's figures, by priority: its own goal (shortest first) makes
 * long parts wait; wrong replies (answers before their prerequisite) bring customers back;
 * near-full utilisation lets small peaks grow long queues; lost context costs rework; a
 * unit with little to do waits at the handoffs; else it keeps up.
 */
export function reasonOf(f: UnitFigures): ReasonKind {
  const errors = f.errors.order + f.errors.infoLoss + f.errors.misroute;
  if (f.shortestFirst) return 'shortestFirst';
  // Wrong replies arise only where parts are answered in parallel (the silo's parallel split).
  if (f.errors.order > 0 && f.errors.order >= 0.05 * Math.max(1, f.pieces)) return 'orderErrors';
  if (f.utilisation >= 0.85) return 'saturated';
  if (errors > 0 && f.errors.infoLoss >= 0.05 * Math.max(1, f.pieces)) return 'infoLoss';
  if (f.utilisation < 0.5) return 'spare';
  return 'steady';
}
