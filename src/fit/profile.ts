// The weekly arrival profile: arrivals counted per hour of the week against the hours each
// slot was observed, then adjacent slots merged while a Poisson likelihood-ratio test finds
// their rates alike (docs/model.md#fitting-a-scenario-to-data).
import gammainc from '@stdlib/math-base-special-gammainc';
import { log } from '../random/portable-math.js';
import { HOURS_PER_WEEK, slotOf } from './week.js';

/** An observed stretch of time [from, to) in minutes and the arrival instants in it. */
export interface ObservationPeriod {
  from: number;
  to: number;
  arrivals: readonly number[];
}

/** Slots [from, to) of the week (hours) with one rate, arrivals per hour. */
export interface ProfileSegment {
  from: number;
  to: number;
  arrivals: number;
  hours: number;
  ratePerHour: number;
}

export interface ArrivalProfile {
  /** Arrivals per hour over all observed time. */
  ratePerHour: number;
  arrivals: number;
  hours: number;
  segments: ProfileSegment[];
  /** Hours of the week the export never covered (written as rate 0: not listed). */
  unobserved: number;
  /** True when the merged profile does not differ significantly from one constant rate. */
  flat: boolean;
  /** p-value of the test "one constant rate" against the merged segments. */
  flatP: number;
}

/** χ²(1) quantile 0.999: two neighbours stay apart only when p < 0.001. */
export const MERGE_THRESHOLD = 10.828;
/** The profile is written as a constant rate when the test against it gives p ≥ 0.01. */
export const FLAT_LEVEL = 0.01;

const xLogRate = (c: number, e: number): number => (c > 0 ? c * log(c / e) : 0);

/**
 * Twice the log-likelihood ratio of two Poisson rates against one common rate. Slots the
 * export never covered join each other freely and never an observed one (Infinity): nothing
 * is known about their rate.
 */
export function mergeStatistic(a: { arrivals: number; hours: number }, b: { arrivals: number; hours: number }): number {
  if (a.hours === 0 || b.hours === 0) return a.hours === b.hours ? 0 : Infinity;
  const joint = xLogRate(a.arrivals + b.arrivals, a.hours + b.hours);
  return 2 * (xLogRate(a.arrivals, a.hours) + xLogRate(b.arrivals, b.hours) - joint);
}

/** Arrivals and observed hours per slot of the week. */
export function slotCounts(periods: readonly ObservationPeriod[]): { arrivals: number[]; hours: number[] } {
  const arrivals = new Array<number>(HOURS_PER_WEEK).fill(0);
  const hours = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const period of periods) {
    for (const t of period.arrivals) arrivals[slotOf(t)]++;
    let t = period.from;
    while (t < period.to) {
      const next = Math.min(period.to, (Math.floor(t / 60) + 1) * 60);
      hours[slotOf(t)] += (next - t) / 60;
      t = next;
    }
  }
  return { arrivals, hours };
}

export function fitProfile(periods: readonly ObservationPeriod[]): ArrivalProfile {
  const { arrivals, hours } = slotCounts(periods);
  let segments: ProfileSegment[] = arrivals.map((c, s) => ({ from: s, to: s + 1, arrivals: c, hours: hours[s], ratePerHour: 0 }));
  // Agglomerative: merge the most alike neighbours first, until every pair differs.
  for (;;) {
    let best = -1;
    let bestStatistic = MERGE_THRESHOLD;
    for (let i = 0; i + 1 < segments.length; i++) {
      const statistic = mergeStatistic(segments[i], segments[i + 1]);
      if (statistic < bestStatistic) {
        bestStatistic = statistic;
        best = i;
      }
    }
    if (best < 0) break;
    const [a, b] = [segments[best], segments[best + 1]];
    const joined = { from: a.from, to: b.to, arrivals: a.arrivals + b.arrivals, hours: a.hours + b.hours, ratePerHour: 0 };
    segments = [...segments.slice(0, best), joined, ...segments.slice(best + 2)];
  }
  for (const s of segments) s.ratePerHour = s.hours > 0 ? s.arrivals / s.hours : 0;
  const total = { arrivals: arrivals.reduce((x, y) => x + y, 0), hours: hours.reduce((x, y) => x + y, 0) };
  let statistic = -2 * xLogRate(total.arrivals, total.hours);
  for (const s of segments) if (s.hours > 0) statistic += 2 * xLogRate(s.arrivals, s.hours);
  const observed = segments.filter((s) => s.hours > 0).length;
  const flatP = observed > 1 ? 1 - gammainc(Math.max(0, statistic) / 2, (observed - 1) / 2) : 1;
  return {
    ratePerHour: total.hours > 0 ? total.arrivals / total.hours : 0,
    arrivals: total.arrivals,
    hours: total.hours,
    segments,
    unobserved: hours.filter((h) => h === 0).length,
    flat: flatP >= FLAT_LEVEL,
    flatP,
  };
}
