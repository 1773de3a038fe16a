// The metric keys of docs/model.md#metric-definitions: one replication's numbers, and the same tree summarised
// over replications as {mean, ci95}.

export interface Stats {
  mean: number;
  p50: number;
  p85: number;
  p95: number;
  max: number;
}

/** One replication of one organisation. */
export interface Metrics {
  arrived: number;
  completed: number;
  open: number;
  failureDemand: number;
  throughputPerDay: number;
  leadTime: Stats;
  waitTime: Stats;
  touchTime: Stats;
  /** Lead time in the open minutes of the concern's first unit; only with working hours. */
  leadTimeWorking?: Stats;
  flowEfficiency: number;
  handoffsPerConcern: number;
  errorRate: number;
  errors: { order: number; infoLoss: number; misroute: number };
  wip: number;
  utilisation: { overall: number; byUnit: Record<string, number> };
  headcount: number;
  /** Share of scheduled working time people were present; only with absences. */
  availability?: { overall: number; byUnit: Record<string, number> };
}

/** A statistic over replications: mean and 95% confidence interval (Student t). */
export interface Estimate {
  mean: number;
  ci95: [number, number];
}

/** Replaces every number of a metrics tree with an Estimate. */
export type Summarised<T> = T extends number ? Estimate : { [K in keyof T]: Summarised<T[K]> };

export type MetricsSummary = Summarised<Metrics>;

/** One row of concerns.csv: a concern that arrived after warmup. */
export interface ConcernRecord {
  id: string;
  type: string;
  arrival: number;
  /** null while open at the horizon. */
  completion: number | null;
  lead: number | null;
  wait: number | null;
  touch: number;
  handoffs: number;
  errors: number;
  failureDemand: boolean;
}

/** One row of timeseries.csv: hour h covers [h·60, (h+1)·60). */
export interface HourRow {
  hour: number;
  arrived: number;
  started: number;
  completed: number;
  /** Concerns in the system at the end of the hour. */
  wip: number;
}
