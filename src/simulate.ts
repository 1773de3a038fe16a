// One replication of one organisation: the model on a fresh kernel, its trace folded into
// Metrics as it happens. Every front end reaches this through the experiment core
// (src/experiment/), so the CLI, the page and the scripts give the same numbers.
import { createFastKernel, type KernelFactory } from './kernel/index.js';
import { createMetricsFold } from './metrics/fold.js';
import type { ConcernRecord, HourRow, Metrics } from './metrics/types.js';
import { startArrivals } from './model/concern.js';
import type { ModelContext } from './model/organisation.js';
import { arrivalStream, organisationStreams } from './model/streams.js';
import { organisation } from './organisations/index.js';
import { scheduledPersonMinutes } from './organisations/scheduled.js';
import type { Mode, Scenario } from './scenario/types.js';
import type { TraceSink } from './trace/events.js';
import { teeToSink, type TraceRecorder } from './trace/recorder.js';
import { trackPieces, type PieceRecord } from './records/pieces.js';

/** Records a replication can produce besides its Metrics (each costs time; ask only for what is used). */
export interface RecordHandlers {
  /** Receives every trace event (in time order). */
  sink?: TraceSink;
  /** Each concern that arrived after warm-up, when it is resolved or at the horizon. */
  onConcern?(record: ConcernRecord): void;
  /** Each simulated hour's counts. */
  onHour?(row: HourRow): void;
  /** Each piece of work when it finishes (tasks.csv); the record is reused after the call. */
  onPiece?(piece: PieceRecord): void;
}

export interface SimulateOptions extends RecordHandlers {
  /** The event list (default: the fast one); every kernel gives byte-identical results. */
  kernel?: KernelFactory;
}

/** Runs replication `replication` (0-based) of `mode`; its seed derives from scenario.seed. */
export function simulate(scenario: Scenario, mode: Mode, replication: number, options: SimulateOptions = {}): Metrics {
  const kind = organisation(mode);
  const kernel = (options.kernel ?? createFastKernel)();
  const { warmup, horizon, economics } = scenario;
  const costs = economics ? { rates: economics, scheduledMinutes: scheduledPersonMinutes(scenario, mode, warmup, horizon) } : undefined;
  const fold = createMetricsFold(
    {
      warmup,
      horizon,
      units: kind.units(scenario),
      headcount: kind.headcount(scenario),
      workingHours: scenario.workingHours ?? false,
      absences: scenario.absences ?? false,
      ...(costs ? { costs } : {}),
    },
    { onConcern: options.onConcern, onHour: options.onHour },
  );
  // Only a sink needs event objects; the fold takes the calls directly.
  let trace: TraceRecorder = options.sink ? teeToSink(fold, options.sink) : fold;
  if (options.onPiece) trace = trackPieces(trace, scenario, options.onPiece);
  const ctx: ModelContext = { scenario, kernel, trace, streams: organisationStreams(scenario.seed, replication, mode), replication };
  const org = kind.build(scenario, ctx);
  startArrivals(kernel, scenario, arrivalStream(scenario.seed, replication), org.arrive);
  kernel.run(scenario.horizon);
  return fold.finish();
}
