// What one replication needs, as plain data that can cross into a worker thread. A
// Scenario holds functions and cannot be cloned, so a task carries the validated file it
// was built from; a worker rebuilds it with normalise(), without loading yaml and zod.
import type { KernelName } from '../../src/kernel/index.js';
import type { Override } from '../../src/scenario/index.js';
import type { ScenarioFile } from '../../src/scenario/schema.js';
import type { Mode } from '../../src/scenario/types.js';

export interface ReplicationTask {
  mode: Mode;
  /** 0-based; the engine derives this replication's seed from run.seed and it. */
  replication: number;
  /** The overrides `data` was validated with (a sweep's value among them): names the variant. */
  overrides: Override[];
  data: ScenarioFile;
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
  task: ReplicationTask;
  excel: boolean;
  kernel: KernelName;
  parts: PartPaths;
}

export function wantsRecords(request: OutputRequest): boolean {
  return request.concerns || request.timeseries || request.trace;
}
