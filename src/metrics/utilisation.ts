// Busy and absent time per unit inside the measured window [warmup, horizon], for
// utilisation and availability. A unit with working hours counts only its open minutes,
// in both the busy time and the time it could have been busy (docs/model.md#working-time).
import type { Metrics } from './types.js';
import type { WeekPattern } from '../working-time/week-pattern.js';

/** A department, the intake or a team, its number of people and its hours (absent: around the clock). */
export interface Unit {
  id: string;
  capacity: number;
  hours?: WeekPattern | null;
}

export class BusyTime {
  private readonly index = new Map<string, number>();
  private readonly busy: Float64Array;
  private readonly away: Float64Array;
  private readonly hours: (WeekPattern | null)[];

  constructor(
    private readonly units: readonly Unit[],
    private readonly warmup: number,
    private readonly horizon: number,
  ) {
    this.busy = new Float64Array(units.length);
    this.away = new Float64Array(units.length);
    this.hours = units.map((unit) => unit.hours ?? null);
    units.forEach((unit, i) => {
      if (this.index.has(unit.id)) throw new Error(`metrics: unit ids must be unique, "${unit.id}" appears twice`);
      if (!(unit.capacity >= 0)) throw new Error(`metrics: unit "${unit.id}" needs a capacity >= 0, got ${unit.capacity}`);
      this.index.set(unit.id, i);
    });
  }

  /** The unit's working hours (null: around the clock). */
  hoursOf(unit: string): WeekPattern | null {
    return this.hours[this.unitIndex(unit)];
  }

  /**
   * Adds the part of `duration` minutes of work started at `at` that falls inside the
   * window: work running at the horizon counts up to the horizon, work started before
   * warmup counts from warmup. Returns when the work ends on the wall clock (later than
   * at + duration when the unit closes in between).
   */
  add(unit: string, at: number, duration: number): number {
    const i = this.unitIndex(unit);
    const hours = this.hours[i];
    const from = at > this.warmup ? at : this.warmup;
    const end = hours === null ? at + duration : hours.advance(at, duration);
    const to = end < this.horizon ? end : this.horizon;
    if (to > from) this.busy[i] += hours === null ? to - from : hours.integral(from, to);
    return end;
  }

  /** A person of `unit` is away over [from, until]: the scheduled part inside the window counts. */
  addAbsence(unit: string, from: number, until: number): void {
    const i = this.unitIndex(unit);
    const a = from > this.warmup ? from : this.warmup;
    const b = until < this.horizon ? until : this.horizon;
    const hours = this.hours[i];
    if (b > a) this.away[i] += hours === null ? b - a : hours.integral(a, b);
  }

  /** Busy share per unit (every unit listed, idle ones 0) and overall (Σ busy / Σ scheduled time). */
  result(): Metrics['utilisation'] {
    return this.shares(this.busy, (busy) => busy);
  }

  /** Share of scheduled time people were present, per unit and overall. */
  availability(): Metrics['utilisation'] {
    return this.shares(this.away, (away, scheduled) => (scheduled > 0 ? scheduled - away : 0));
  }

  private shares(amounts: Float64Array, of: (amount: number, scheduled: number) => number): Metrics['utilisation'] {
    const byUnit: Record<string, number> = {};
    let total = 0;
    let capacity = 0;
    let scheduled = 0;
    this.units.forEach((unit, i) => {
      const open = this.openMinutes(i);
      const amount = of(amounts[i], unit.capacity * open);
      byUnit[unit.id] = share(amount, unit.capacity, open);
      total += amount;
      capacity += unit.capacity;
      scheduled += unit.capacity * open;
    });
    // Without hours every unit has the same window: capacity × window, as it always was.
    const overall = this.hours.every((h) => h === null) ? share(total, capacity, this.horizon - this.warmup) : share(total, 1, scheduled);
    return { overall, byUnit };
  }

  /** Minutes of the window in which the unit is open. */
  private openMinutes(i: number): number {
    const hours = this.hours[i];
    return hours === null ? this.horizon - this.warmup : hours.integral(this.warmup, this.horizon);
  }

  private unitIndex(unit: string): number {
    const i = this.index.get(unit);
    if (i === undefined) throw new Error(`metrics: an event names unit "${unit}", which is not in FoldContext.units`);
    return i;
  }
}

/** An idle unit is 0 even with no people; an empty window measured nothing (NaN). */
function share(amount: number, capacity: number, window: number): number {
  if (!(window > 0)) return NaN;
  return amount === 0 ? 0 : amount / (capacity * window);
}
