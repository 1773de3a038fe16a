// Runs a list of replications in this process or on a worker pool; results come back in
// task order whatever the number of workers.
import type { Metrics } from '../../src/metrics/types.js';
import { runLocally } from './local.js';
import { runOnPool } from './pool.js';
import type { FileWriter } from '../output/file-writer.js';
import type { ReplicationTask, ScenarioSource } from './task.js';

export interface RunRequest {
  source: ScenarioSource;
  tasks: ReplicationTask[];
  /** Open output files for records; absent = that output is not wanted. */
  sinks: { concerns?: FileWriter; timeseries?: FileWriter; trace?: FileWriter };
  excel: boolean;
  onTaskDone?(): void;
}

export function runReplications(request: RunRequest, workers: number): Promise<Metrics[]> {
  return workers <= 1 ? runLocally(request) : runOnPool(request, workers);
}
