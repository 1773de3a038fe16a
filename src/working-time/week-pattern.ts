// A piecewise-constant level over the week that repeats for ever: a unit's working hours
// (level 1 while open) or an arrival profile (level = arrivals per minute). Clock minute 0
// is Monday 00:00. Hot path: the model asks when work started now ends (advance) and
// whether a unit is open (level) on every start; both walk a handful of segments.
import { WEEK, type WeekIntervals } from './hours.js';

export class WeekPattern {
  /** Segment starts, ends and levels within one week, sorted; levels > 0, gaps are level 0. */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly levels: Float64Array;
  /** ∫ level over one week. */
  readonly perWeek: number;

  constructor(segments: readonly (readonly [number, number, number])[]) {
    const kept = segments.filter(([from, to, level]) => to > from && level > 0).sort((a, b) => a[0] - b[0]);
    this.starts = Float64Array.from(kept, (s) => s[0]);
    this.ends = Float64Array.from(kept, (s) => s[1]);
    this.levels = Float64Array.from(kept, (s) => s[2]);
    this.perWeek = kept.reduce((sum, [from, to, level]) => sum + (to - from) * level, 0);
  }

  /** Working hours: level 1 where open. */
  static hours(open: WeekIntervals): WeekPattern {
    return new WeekPattern(open.map(([from, to]) => [from, to, 1] as const));
  }

  /** True when the pattern covers the whole week at level 1: the same as no hours at all. */
  get alwaysOne(): boolean {
    return this.starts.length === 1 && this.starts[0] === 0 && this.ends[0] === WEEK && this.levels[0] === 1;
  }

  get segmentCount(): number {
    return this.starts.length;
  }

  /** The level at clock minute t (segments are [start, end)). */
  level(t: number): number {
    const week = Math.floor(t / WEEK);
    const r = t - week * WEEK;
    const { starts, ends } = this;
    for (let i = 0; i < starts.length; i++) {
      if (r < starts[i]) return 0;
      if (r < ends[i]) return this.levels[i];
    }
    return 0;
  }

  /**
   * The segment at or after t as [absolute start, absolute end, level]: start ≤ t when t lies
   * inside it. `out` is reused to avoid an allocation per call.
   */
  private segmentFrom(t: number, out: Float64Array): void {
    let week = Math.floor(t / WEEK);
    const r = t - week * WEEK;
    const { starts, ends } = this;
    let i = 0;
    while (i < starts.length && ends[i] <= r) i++;
    if (i === starts.length) {
      i = 0;
      week++;
    }
    out[0] = week * WEEK + starts[i];
    out[1] = week * WEEK + ends[i];
    out[2] = this.levels[i];
  }

  /** The earliest minute ≥ t with a positive level (t itself when it has one). */
  nextPositive(t: number): number {
    if (this.starts.length === 0) return Infinity;
    this.segmentFrom(t, scratch);
    return scratch[0] > t ? scratch[0] : t;
  }

  /**
   * The earliest T ≥ t with ∫ level over [t, T] = amount (amount ≥ 0): when work of `amount`
   * open minutes started at t is done, or when the next arrival comes for a unit-rate
   * exponential `amount`. Inside one segment the result is t + amount / level exactly.
   */
  advance(t: number, amount: number): number {
    if (!(amount > 0)) return t;
    if (this.perWeek === 0) return Infinity;
    let now = t;
    let left = amount;
    for (;;) {
      this.segmentFrom(now, scratch);
      const from = scratch[0] > now ? scratch[0] : now;
      const end = scratch[1];
      const level = scratch[2];
      const capacity = (end - from) * level;
      if (left <= capacity) return from + left / level;
      left -= capacity;
      now = end;
      // Whole weeks at once, so a long piece of work costs no more than a short one.
      if (left > this.perWeek) {
        const weeks = Math.ceil(left / this.perWeek) - 1;
        now += weeks * WEEK;
        left -= weeks * this.perWeek;
      }
    }
  }

  /** ∫ level over [a, b] (open minutes for working hours). */
  integral(a: number, b: number): number {
    return b > a ? this.before(b) - this.before(a) : 0;
  }

  /** ∫ level over [0, t]. */
  private before(t: number): number {
    const week = Math.floor(t / WEEK);
    const r = t - week * WEEK;
    let sum = week * this.perWeek;
    const { starts, ends, levels } = this;
    for (let i = 0; i < starts.length && starts[i] < r; i++) sum += ((r < ends[i] ? r : ends[i]) - starts[i]) * levels[i];
    return sum;
  }

  /** The first start of a segment after t that follows a gap (an opening), or Infinity. */
  nextOpening(t: number): number {
    const n = this.starts.length;
    if (n === 0) return Infinity;
    for (let week = Math.floor(t / WEEK); ; week++) {
      for (let i = 0; i < n; i++) {
        const previousEnd = i > 0 ? this.ends[i - 1] : this.ends[n - 1] - WEEK;
        if (this.starts[i] === previousEnd) continue;
        const at = week * WEEK + this.starts[i];
        if (at > t) return at;
      }
      if (week > Math.floor(t / WEEK) + 1) return Infinity; // no gaps at all: never "opens"
    }
  }
}

const scratch = new Float64Array(3);
