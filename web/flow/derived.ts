// Figures the page derives from every replication's Metrics, the same way the CLI's
// summaries are made (mean and Student-t 95 % CI, paired difference team − silo): the
// honest throughput (concerns resolved right the first time) and failure demand (customers
// coming back because of an error). Nothing here changes what the CLI prints.
import { pairedDifference, summarise, type Estimate, type Metrics, type Mode } from '../../src/index.js';

/** One replication's derived figures. */
export interface Derived {
  /** Completed concerns without any error, per 24 h of measured time: what customers count as "solved". */
  firstTimeRightPerDay: number;
  /** Failure-demand arrivals (customers calling back after a wrong reply) per 24 h of measured time. */
  failureDemandPerDay: number;
  /** Failure-demand arrivals / all arrivals. */
  failureDemandShare: number;
}

export type DerivedSummary = { [K in keyof Derived]: Estimate };

export interface DerivedView {
  silo: DerivedSummary | null;
  team: DerivedSummary | null;
  difference: DerivedSummary | null;
}

/** The measured window in days: every rate per day of a replication uses it (docs/model.md#metric-definitions). */
export const measuredDays = (horizon: number, warmup: number): number => (horizon - warmup) / 1440;

export function derive(m: Metrics, days: number): Derived {
  // errorRate = erroneous / completed, so completed × (1 − errorRate) counts the error-free ones.
  const right = m.completed === 0 ? 0 : m.completed * (1 - m.errorRate);
  return {
    firstTimeRightPerDay: right / days,
    failureDemandPerDay: m.failureDemand / days,
    failureDemandShare: m.arrived === 0 ? NaN : m.failureDemand / m.arrived,
  };
}

// summarise and pairedDifference fold any tree of numbers; Derived is such a tree.
const asMetrics = (d: Derived[]): Metrics[] => d as unknown as Metrics[];
const asSummary = (s: unknown): DerivedSummary => s as DerivedSummary;

export function deriveView(replications: Partial<Record<Mode, Metrics[]>>, days: number): DerivedView {
  const of = (mode: Mode): Derived[] | null => {
    const list = replications[mode];
    return list && list.length > 0 ? list.map((m) => derive(m, days)) : null;
  };
  const silo = of('silo');
  const team = of('team');
  return {
    silo: silo && asSummary(summarise(asMetrics(silo))),
    team: team && asSummary(summarise(asMetrics(team))),
    difference: silo && team ? asSummary(pairedDifference(asMetrics(silo), asMetrics(team))) : null,
  };
}
