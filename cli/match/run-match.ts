// Runs `orgflow match`: the scenario, metric and staff fields checked first, the whole search
// sized up (refused above the run-size limit without --yes), the team run once, then each
// total of extra people as one experiment of silo staffings. Every staffing runs the same
// seed and replications as the team: common random numbers, so staffings differ only by staff.
import {
  ORGANISATIONS,
  searchStaffing,
  siloNoWorse,
  staffingCount,
  toCompareResult,
  toRunResult,
  type Better,
  type CompareResult,
  type Estimate,
  type KernelName,
  type MatchPoint,
  type MatchSearch,
  type RunResult,
  type Metrics,
} from '../../src/index.js';
import { ScenarioError, UsageError } from '../errors.js';
import { prepareExperiment, printWarnings, runExperiment, type LoadedVariant } from '../experiment.js';
import { log, progressEnabled } from '../io.js';
import { loadScenario, parseLoaded, type LoadedScenario } from '../load.js';
import { defaultWorkers, type Override } from '../options.js';
import { METRIC_SPECS, at, type MetricSpec } from '../output/metric-specs.js';
import { admitRun, sizeRun } from '../run-size.js';
import { workersFor } from '../schedule/runner.js';
import { staffParams, type StaffField } from './params.js';

export interface MatchRequest {
  file: string;
  metric: string;
  params: readonly string[];
  /** Most extra people in total; default: the team's headcount. */
  maxHeadcount?: number;
  overrides: Override[];
  workers?: number;
  quiet?: boolean;
  kernel?: KernelName;
  yes?: boolean;
}

/** A metric match can aim at: one of the table's metrics with a direction. */
export interface MatchMetric extends MetricSpec {
  better: Better;
}

/** The search checked and sized up, not yet started. */
export interface PreparedMatch {
  request: MatchRequest;
  base: LoadedScenario;
  metric: MatchMetric;
  fields: StaffField[];
  maxExtra: number;
}

export interface MatchOutcome extends PreparedMatch {
  /** The team's summary (run once) and its value of the metric. */
  teamResult: RunResult;
  team: Estimate;
  search: MatchSearch;
  /** The full comparison at the staffing found (what `compare --set …` prints), or null. */
  comparison: CompareResult | null;
}

/** The metrics with a direction, as compare's verdicts read them (cli/output/metric-specs.ts). */
export const MATCH_METRICS: readonly MatchMetric[] = METRIC_SPECS.filter((s): s is MatchMetric => s.better !== null);

export function matchMetric(key: string): MatchMetric {
  const metric = MATCH_METRICS.find((m) => m.key === key);
  if (!metric) {
    throw new UsageError(
      `--metric ${key} is not a metric match can aim at; choose one of ${MATCH_METRICS.map((m) => m.key).join(', ')}`,
      'see orgflow match --help',
    );
  }
  return metric;
}

export function prepareMatch(request: MatchRequest): PreparedMatch {
  const metric = matchMetric(request.metric);
  const base = loadScenario(request.file, request.overrides, 'both');
  printWarnings(base, request.quiet);
  if (base.scenario.replications < 2) {
    throw new UsageError(
      `match needs at least 2 replications for the paired confidence interval, got ${base.scenario.replications}`,
      'use --replications N or run.replications',
    );
  }
  const fields = staffParams(request.params, base);
  const maxExtra = request.maxHeadcount ?? ORGANISATIONS.team.headcount(base.scenario);
  checkLimit(base, fields, maxExtra, request);
  admitSearch(base, fields.length, maxExtra, request);
  return { request, base, metric, fields, maxExtra };
}

/** Each field at its largest staffing must still be a valid scenario (a unit has at most so many people). */
function checkLimit(base: LoadedScenario, fields: readonly StaffField[], maxExtra: number, request: MatchRequest): void {
  for (const field of fields) {
    try {
      parseLoaded(request.file, base.text, [...request.overrides, { path: field.path, value: String(field.from + maxExtra) }], 'both');
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      throw new UsageError(
        `--max-headcount ${maxExtra} would give ${field.unit} ${field.from + maxExtra} people, more than a scenario allows: ${err.lines.join('; ')}`,
        'lower --max-headcount',
      );
    }
  }
}

/**
 * Sizes the whole search at its worst (every staffing up to the limit, and the team once)
 * and refuses it like any run too large; the largest single total is what is held in memory.
 */
function admitSearch(base: LoadedScenario, params: number, maxExtra: number, request: MatchRequest): void {
  const one = sizeRun([base.scenario], 1, 'none');
  const staffingsTried = staffingCount(params, maxExtra);
  const runs = staffingsTried + 1;
  const largestTotal = staffingCount(params - 1, maxExtra);
  const size = { ...one, tasks: one.tasks * largestTotal, values: largestTotal, concerns: one.concerns * runs };
  try {
    admitRun(size, workersFor(request.workers, size.concerns, defaultWorkers()), request.yes === true);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    throw new UsageError(
      `match tries up to ${staffingsTried.toLocaleString('en-US')} staffings of the silo (up to ${maxExtra} more people over ` +
        `${params} field${params === 1 ? '' : 's'}) and runs the team once: ${err.message}; or lower --max-headcount or name fewer --param`,
    );
  }
}

/** The overrides that give a staffing: each field at its headcount plus the extra people. */
export function staffOverrides(fields: readonly StaffField[], extra: readonly number[]): Override[] {
  return fields.map((f, i) => ({ path: f.path, value: String(f.from + extra[i]) }));
}

export async function runMatch(prepared: PreparedMatch): Promise<MatchOutcome> {
  const { request, base, metric, fields, maxExtra } = prepared;
  const { workers, quiet, kernel, yes } = request;
  const [teamRun] = await runExperiment(
    prepareExperiment([{ value: null, loaded: base }], ['team'], { workers, quiet, kernel, yes, label: 'match: team' }),
  );
  const team: Metrics[] = teamRun.team;
  // The comparisons of the total last run: the staffing found is one of them.
  let comparisons = new Map<string, CompareResult>();
  const evaluate = async (batch: readonly number[][]): Promise<MatchPoint[]> => {
    const total = batch[0].reduce((a, b) => a + b, 0);
    const variants: LoadedVariant[] = batch.map((extra) => ({
      value: extra.join(','),
      loaded: parseLoaded(request.file, base.text, [...request.overrides, ...staffOverrides(fields, extra)], 'both'),
    }));
    const label = `match: silo +${total} (${batch.length} staffing${batch.length === 1 ? '' : 's'})`;
    const groups = await runExperiment(prepareExperiment(variants, ['silo'], { workers, quiet, kernel, yes, label }));
    comparisons = new Map();
    const points = groups.map((group, i) => {
      const result = toCompareResult(variants[i].loaded.scenario, { silo: group.silo, team });
      comparisons.set(variants[i].value!, result);
      return { silo: estimate(result.silo.metrics, metric), difference: estimate(result.difference, metric) };
    });
    // A person watching a long search sees it move on from one total to the next.
    if (progressEnabled(quiet)) {
      const noWorse = points.filter((p) => siloNoWorse(p.difference, metric.better)).length;
      log(
        `match: +${total} ${total === 1 ? 'person' : 'people'}: ${batch.length} staffing${batch.length === 1 ? '' : 's'} tried, ${noWorse} no worse than the team`,
      );
    }
    return points;
  };
  const search = await searchStaffing({ params: fields.length, maxExtra, better: metric.better, evaluate });
  const comparison = search.found ? (comparisons.get(search.found.extra.join(',')) ?? null) : null;
  const teamResult = toRunResult(base.scenario, 'team', team);
  return { ...prepared, teamResult, team: estimate(teamResult.metrics, metric), search, comparison };
}

function estimate(tree: unknown, metric: MetricSpec): Estimate {
  const value = at(tree, metric);
  if (!value || typeof value !== 'object' || !('mean' in value)) throw new Error(`invariant: ${metric.key} is not an estimate`);
  return value as Estimate;
}
