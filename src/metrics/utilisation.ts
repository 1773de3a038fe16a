// Busy time per unit inside the measured window [warmup, horizon], for utilisation.
import type { Metrics } from './types.js';

/** A department, the intake or a team, and its number of people. */
export interface Unit {
  id: string;
  capacity: number;
}

export class BusyTime {
  private readonly index = new Map<string, number>();
  private readonly busy: Float64Array;

  constructor(
    private readonly units: readonly Unit[],
    private readonly warmup: number,
    private readonly horizon: number,
  ) {
    this.busy = new Float64Array(units.length);
    units.forEach((unit, i) => {
      if (this.index.has(unit.id)) throw new Error(`metrics: unit ids must be unique, "${unit.id}" appears twice`);
      if (!(unit.capacity >= 0)) throw new Error(`metrics: unit "${unit.id}" needs a capacity >= 0, got ${unit.capacity}`);
      this.index.set(unit.id, i);
    });
  }

  /**
   * Adds the part of [at, at + duration] that overlaps the window: work running at the
   * horizon counts up to the horizon, work started before warmup counts from warmup.
   */
  add(unit: string, at: number, duration: number): void {
    const i = this.index.get(unit);
    if (i === undefined) throw new Error(`metrics: a started event names unit "${unit}", which is not in FoldContext.units`);
    const from = at > this.warmup ? at : this.warmup;
    const end = at + duration;
    const to = end < this.horizon ? end : this.horizon;
    if (to > from) this.busy[i] += to - from;
  }

  /** Busy share per unit (every unit listed, idle ones 0) and overall (Σ busy / Σ capacity). */
  result(): Metrics['utilisation'] {
    const window = this.horizon - this.warmup;
    const byUnit: Record<string, number> = {};
    let busy = 0;
    let capacity = 0;
    this.units.forEach((unit, i) => {
      byUnit[unit.id] = share(this.busy[i], unit.capacity, window);
      busy += this.busy[i];
      capacity += unit.capacity;
    });
    return { overall: share(busy, capacity, window), byUnit };
  }
}

/** An idle unit is 0 even with no people; an empty window measured nothing (NaN). */
function share(busy: number, capacity: number, window: number): number {
  if (!(window > 0)) return NaN;
  return busy === 0 ? 0 : busy / (capacity * window);
}
