// The run loop: one replication of one organisation, and the summaries of several. The CLI,
// the worker pool and the browser all call these, so they give the same numbers.
import { createKernel, type KernelName } from './kernel/index.js';
import { createMetricsFold, pairedDifference, summarise } from './metrics/index.js';
import type { ConcernRecord, HourRow, Metrics, MetricsSummary } from './metrics/types.js';
import { startArrivals } from './model/concern.js';
import type { ModelContext, Organisation } from './model/organisation.js';
import { createSilo } from './model/silo.js';
import { arrivalStream, organisationStreams } from './model/streams.js';
import { createTeams } from './model/team.js';
import { headcountOf, organisation, unitsOf } from './organisation-units.js';
import type { Mode, Scenario, SiloOrganisation, TeamOrganisation } from './scenario/types.js';
import type { TraceSink } from './trace/events.js';
import { teeToSink, type TraceRecorder } from './trace/recorder.js';

export interface SimulateOptions {
  /** Receives every trace event (in time order) besides the metrics fold. */
  sink?: TraceSink;
  onConcern?(record: ConcernRecord): void;
  onHour?(row: HourRow): void;
  /** The event list: 'fast' (default) or 'simjs'; both give byte-identical results. */
  kernel?: KernelName;
}

/** Runs replication `replication` (0-based) of `mode`; its seed derives from scenario.seed. */
export function simulate(scenario: Scenario, mode: Mode, replication: number, options: SimulateOptions = {}): Metrics {
  const kernel = createKernel(options.kernel ?? 'fast');
  const fold = createMetricsFold(
    { warmup: scenario.warmup, horizon: scenario.horizon, units: unitsOf(scenario, mode), headcount: headcountOf(scenario, mode) },
    { onConcern: options.onConcern, onHour: options.onHour },
  );
  // Only a sink needs event objects; the fold takes the calls directly.
  const trace: TraceRecorder = options.sink ? teeToSink(fold, options.sink) : fold;
  const ctx: ModelContext = { scenario, kernel, trace, streams: organisationStreams(scenario.seed, replication, mode) };
  const org: Organisation =
    mode === 'silo'
      ? createSilo(organisation(scenario, mode) as SiloOrganisation, ctx)
      : createTeams(organisation(scenario, mode) as TeamOrganisation, ctx);
  startArrivals(kernel, scenario, arrivalStream(scenario.seed, replication), org.arrive);
  kernel.run(scenario.horizon);
  return fold.finish();
}

export interface RunResult {
  scenario: string;
  mode: Mode;
  seed: number;
  replications: number;
  metrics: MetricsSummary;
}

export interface CompareResult {
  silo: RunResult;
  team: RunResult;
  difference: MetricsSummary;
}

export function toRunResult(scenario: Scenario, mode: Mode, replications: Metrics[]): RunResult {
  return { scenario: scenario.name, mode, seed: scenario.seed, replications: replications.length, metrics: summarise(replications) };
}

export function toCompareResult(scenario: Scenario, silo: Metrics[], team: Metrics[]): CompareResult {
  return {
    silo: toRunResult(scenario, 'silo', silo),
    team: toRunResult(scenario, 'team', team),
    difference: pairedDifference(silo, team),
  };
}

/** All replications of one organisation, one after another (the CLI may spread them over workers). */
function runReplications(scenario: Scenario, mode: Mode): Metrics[] {
  const results: Metrics[] = [];
  for (let r = 0; r < scenario.replications; r++) results.push(simulate(scenario, mode, r));
  return results;
}

export function run(scenario: Scenario, mode: Mode): RunResult {
  return toRunResult(scenario, mode, runReplications(scenario, mode));
}
