// orgflow's engine, as the CLI, the page, the report scripts and the benchmarks use it: the
// only module outside src/ may import (test/architecture.test.ts checks that). It runs in
// Node and in a browser worker alike. Parts that load large packages (yaml and zod to read
// scenario files, simjs as a second event list) are handed out through load functions, so
// that a bundle which never calls them never contains them.

// Scenarios: the validated shape, rebuilding it from data, overrides of the run settings.
export type { Mode, Scenario } from './scenario/types.js';
export { MODES } from './scenario/types.js';
export type { ScenarioFile } from './scenario/schema.js';
export type { IssueParams, Override, ParseResult, ScenarioIssue } from './scenario/issues.js';
export { ISSUE_CODES } from './scenario/issues.js';
export { formatIssue } from './scenario/issues.js';
export { normalise } from './scenario/normalise.js';
export { runSettingOverrides, type RunSettings } from './scenario/run-settings.js';
export { starterScenario } from './scenario/starter.js';
export type { ModeRequest } from './scenario/coverage.js';
export { tryDuration, tryRate } from './scenario/units.js';
/** parseScenario and the JSON Schema of scenario files (loads yaml and zod). */
export const loadParser = () => import('./scenario/parser.js');

// Working time: the clock read as weekday and time, and whether a unit's hours have it open.
export { DAY_LABELS, WEEK as WEEK_MINUTES, nextOpenStart, openAt, weekdayTime, type WeekIntervals } from './working-time/hours.js';

// Organisations: which kinds there are and what the page draws of them.
export { ORGANISATIONS, modesOf, perMode, scenarioLayout } from './organisations/index.js';
export type {
  OpenHours,
  OrganisationLayouts,
  OrganisationStrategy,
  ScenarioLayout,
  SiloLayout,
  TeamLayout,
} from './organisations/index.js';

// Experiments: plan tasks, run one, assemble results; front ends supply the scheduler.
export { planExperiment, shardRange, type Plan, type ReplicationTask, type Task, type TaskRange, type Variant } from './experiment/plan.js';
export { runTask, VariantScenarios, type MetricsRow, type RunTaskOptions } from './experiment/run-task.js';
export { runHere, type RunHereOptions } from './experiment/run-here.js';
export {
  groupByVariant,
  toCompareResult,
  toResultView,
  toRunResult,
  type CompareResult,
  type MetricsByMode,
  type ResultView,
  type RunResult,
} from './experiment/assemble.js';
export {
  SWEEP_KEYS,
  crossovers,
  nestedMetrics,
  sweepRows,
  valueCell,
  type Crossover,
  type SweepKey,
  type SweepRow,
} from './experiment/sweep.js';
export {
  searchStaffing,
  siloNoWorse,
  staffingCount,
  staffings,
  type Better,
  type MatchPoint,
  type MatchRequest,
  type MatchSearch,
  type MatchStep,
} from './experiment/match.js';
export { simulate, type RecordHandlers, type SimulateOptions } from './simulate.js';

// Records: trace events, CSV rows and files, JSON Lines.
export type { ConcernId, ErrorKind, PieceKind, TraceEvent, TraceEventType, TraceSink } from './trace/events.js';
export { ERROR_KINDS } from './trace/events.js';
export { csvHeader, csvRows, defuse, type Cell, type CsvFormat } from './records/csv.js';
export { CsvBytes, type ByteSink } from './records/csv-bytes.js';
export {
  CONCERN_COLUMNS,
  TIMESERIES_COLUMNS,
  TASK_COLUMNS,
  cellsOf,
  writeConcern,
  writeHour,
  writeTask,
  type RowWriter,
  summaryTable,
  sweepTable,
  traceLine,
  type SummaryEntry,
} from './records/rows.js';
export { textRecords, type RecordFormat, type RecordSinks, type TextSink } from './records/writers.js';
export { DEFAULT_CLOCK_START, DEFAULT_CLOCK_START_MS, clockStamper, parseClockStart } from './records/clock-time.js';
export type { PieceRecord } from './records/pieces.js';
export { ConcernPacker, PiecePacker, RecordUnpacker, type BatchMemory, type RecordBatch } from './records/record-batch.js';
export { byModeAndReplication, concernsCsv, summaryCsv, timeseriesCsv, type ReplicationRecords } from './records/files.js';

// Metrics: types, statistics over replications, overload, queueing theory.
export type * from './metrics/types.js';
export type { Unit } from './metrics/utilisation.js';
export { pairedDifference, summarise } from './metrics/summarise.js';
export { percentile } from './metrics/percentile.js';
export { findSaturation, type Saturation } from './metrics/saturation.js';
export { mmc, type StationTheory } from './theory/queueing.js';

// Event lists: the fast one is built in; simjs (the reference) loads on request.
export { KERNEL_NAMES, createFastKernel, loadKernel, type Kernel, type KernelFactory, type KernelName } from './kernel/index.js';
/** simjs itself, for the benchmarks' reference models. */
export const loadSimjs = async () => (await import('./kernel/simjs.js')).SimJS;

// Fitting: a scenario estimated from an export of real work (orgflow fit).
export * from './fit/index.js';
