// What one replication needs, as plain data that can cross into a worker thread
// (a Scenario holds functions and cannot be cloned, so workers re-parse the text).
import type { KernelName } from '../../src/kernel/index.js';
import type { Override } from '../../src/scenario/index.js';
import type { Mode } from '../../src/scenario/types.js';
import type { ParseMode } from '../load.js';

export interface ReplicationTask {
  mode: Mode;
  /** 0-based; the engine derives this replication's seed from run.seed and it. */
  replication: number;
  overrides: Override[];
}

/** The scenario every task of a run shares. */
export interface ScenarioSource {
  file: string;
  text: string;
  parseMode: ParseMode;
}

/** Which per-replication outputs to produce. */
export interface OutputRequest {
  concerns: boolean;
  timeseries: boolean;
  trace: boolean;
  excel: boolean;
}

/** Part files a worker writes for one replication (absent = not wanted). */
export interface PartPaths {
  concerns?: string;
  timeseries?: string;
  trace?: string;
}

export interface WorkerRequest {
  source: ScenarioSource;
  task: ReplicationTask;
  excel: boolean;
  kernel: KernelName;
  parts: PartPaths;
}

export function wantsRecords(request: OutputRequest): boolean {
  return request.concerns || request.timeseries || request.trace;
}
