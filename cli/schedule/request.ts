// What a scheduler is asked to run: a plan's tasks, where their records go, and how.
import type { KernelName, Plan, RecordSinks } from '../../src/index.js';
import type { FileWriter } from '../output/file-writer.js';

export interface ScheduleRequest {
  plan: Plan;
  /** Open output files for records; absent = that output is not wanted. */
  sinks: { [K in keyof RecordSinks]?: FileWriter };
  excel: boolean;
  /** The event list (default: fast); results do not depend on it. */
  kernel?: KernelName;
  onTaskDone?(): void;
}
