// From rows to results: each organisation's replications regrouped (per variant) and
// summarised, and the paired difference team − silo where both ran on the same customers.
import { pairedDifference, summarise } from '../metrics/summarise.js';
import type { Metrics, MetricsSummary } from '../metrics/types.js';
import { perMode } from '../organisations/index.js';
import type { Mode, Scenario } from '../scenario/types.js';
import type { Plan } from './plan.js';

export interface RunResult {
  scenario: string;
  mode: Mode;
  seed: number;
  replications: number;
  /** The currency of the cost metrics, present only when the scenario has `economics`. */
  currency?: string;
  metrics: MetricsSummary;
}

export interface CompareResult {
  silo: RunResult;
  team: RunResult;
  difference: MetricsSummary;
}

/** Replications by organisation, each in replication order (an organisation not run has none). */
export type MetricsByMode = Record<Mode, Metrics[]>;

/** A plan's Metrics (in task order) regrouped: one MetricsByMode per variant. */
export function groupByVariant(plan: Plan, metrics: readonly Metrics[]): MetricsByMode[] {
  if (metrics.length !== plan.tasks.length) throw new Error(`invariant: ${plan.tasks.length} tasks but ${metrics.length} results`);
  const groups = plan.variants.map(() => perMode((): Metrics[] => []));
  plan.tasks.forEach((task, i) => groups[task.variant][task.mode].push(metrics[i]));
  return groups;
}

export function toRunResult(scenario: Scenario, mode: Mode, replications: readonly Metrics[]): RunResult {
  return {
    scenario: scenario.name,
    mode,
    seed: scenario.seed,
    replications: replications.length,
    ...(scenario.economics ? { currency: scenario.economics.currency } : {}),
    metrics: summarise(replications),
  };
}

export function toCompareResult(scenario: Scenario, byMode: MetricsByMode): CompareResult {
  return {
    silo: toRunResult(scenario, 'silo', byMode.silo),
    team: toRunResult(scenario, 'team', byMode.team),
    difference: pairedDifference(byMode.silo, byMode.team),
  };
}

/** The page's view of a run: the summary of each organisation run, and the difference when both ran. */
export interface ResultView {
  silo: RunResult | null;
  team: RunResult | null;
  difference: MetricsSummary | null;
}

export function toResultView(scenario: Scenario, modes: readonly Mode[], byMode: MetricsByMode): ResultView {
  if (modes.length === 2) return toCompareResult(scenario, byMode);
  const only = perMode((mode) => (modes.includes(mode) ? toRunResult(scenario, mode, byMode[mode]) : null));
  return { ...only, difference: null };
}
