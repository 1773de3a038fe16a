// Messages between the page and the simulation worker. Everything here is plain data
// (structured-clone safe): the worker never sends Distribution objects or functions.
import type {
  ConcernRecord,
  HourRow,
  IssueParams,
  Metrics,
  Mode,
  Override,
  ResultView,
  ScenarioIssue,
  ScenarioLayout,
} from '../../src/index.js';
import type { PackedReplay } from '../replay/packed-replay.js';

/** One `--set path=value`, as a slider or a link hands it over. */
export type { Override };
/** What the panels draw (src/organisations/) and the KPIs' summaries (src/experiment/assemble.ts). */
export type { ResultView, ScenarioLayout };

export interface RunRequest {
  type: 'run';
  id: number;
  text: string;
  file: string;
  overrides: Override[];
  /** Replaces the scenario's run.seed (the `?seed=` of the page, like the CLI's --seed). */
  seed: number | null;
}

export type CsvKind = 'summary' | 'concerns' | 'timeseries';
export interface CsvRequest {
  type: 'csv';
  id: number;
  kind: CsvKind;
}

/**
 * Replication 0 of each organisation traced and built into a replay, for the panels and the
 * charts of run `id`. The page asks once it has shown the KPIs and the settings have rested
 * for a moment: tracing ~80,000 events is wasted on a run a slider has already left.
 */
export interface ReplayRequest {
  type: 'replay';
  id: number;
}

/**
 * From the page, once: one port to each helper worker (see web/app/workers.ts); and when a
 * helper has crashed, its index, so that its replications are run elsewhere.
 */
export interface HelpersRequest {
  type: 'helpers';
  ports: MessagePort[];
}
export interface HelperLost {
  type: 'helper-lost';
  index: number;
}

export type WorkerRequest = RunRequest | CsvRequest | ReplayRequest | HelpersRequest | HelperLost;

/**
 * The scenario file as plain data (YAML read, not yet validated): as written and with the
 * run's overrides. The sliders take their ranges and positions from it, so the page needs
 * no YAML parser of its own.
 */
export interface ScenarioValues {
  original: Record<string, unknown>;
  current: Record<string, unknown>;
}

/** A warning about a valid scenario: its code and values (the page words it), and the CLI's English message. */
export interface WarningView {
  code: string;
  path: string;
  params: IssueParams;
  message: string;
}

export const warningView = (w: ScenarioIssue): WarningView => ({ code: w.code, path: w.path, params: w.params ?? {}, message: w.message });

export interface IssueView {
  code: string;
  path: string;
  line: number;
  column: number;
  message: string;
  params: IssueParams;
  /** Set when the value came from a `--set`-style override (a slider): the override as typed. */
  source: string | null;
  /** formatIssue(file, issue): the same line the CLI prints. */
  text: string;
}

export interface ReplayData {
  mode: Mode;
  /** Replication 0's replay, built in the worker and packed (posted with its buffers transferred). */
  replay: PackedReplay;
  concerns: ConcernRecord[];
  hours: HourRow[];
  metrics: Metrics;
}

export type WorkerMessage =
  | { type: 'invalid'; id: number; issues: IssueView[] }
  | { type: 'accepted'; id: number; layout: ScenarioLayout; values: ScenarioValues; warnings: WarningView[] }
  | { type: 'replay'; id: number; replay: ReplayData }
  | { type: 'progress'; id: number; done: number; total: number }
  /** `replications`: every replication's Metrics per organisation run (the page derives figures the CLI does not print). */
  | { type: 'result'; id: number; result: ResultView; replications: Partial<Record<Mode, Metrics[]>> }
  /** One CSV file of the last finished run, or why it could not be made (text null). */
  | { type: 'csv'; id: number; kind: CsvKind; text: string | null; error: string | null }
  | { type: 'failed'; id: number; message: string };
