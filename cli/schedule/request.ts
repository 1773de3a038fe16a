// What a scheduler is asked to run: a plan's tasks, where their records go, and how.
import { DEFAULT_CLOCK_START_MS, type KernelName, type Plan, type RecordSinks } from '../../src/index.js';
import type { FileWriter } from '../output/file-writer.js';

export interface ScheduleRequest {
  plan: Plan;
  /** Open output files for records; absent = that output is not wanted. */
  sinks: { [K in keyof RecordSinks]?: FileWriter };
  excel: boolean;
  /** Calendar time of clock minute 0 for tasks.csv (ms read as UTC; default DEFAULT_CLOCK_START). */
  start?: number;
  /** The event list (default: fast); results do not depend on it. */
  kernel?: KernelName;
  /**
   * Shared memory, one slot per task, for the simulated minute a running task has reached
   * (the progress bar reads it); absent = nobody watches, and no task spends time on it.
   */
  clocks?: Float64Array;
  /** Called with the task's index in the plan when it is done. */
  onTaskDone?(index: number): void;
}

/** The request's clock start, or the default Monday. */
export const clockStart = (request: Pick<ScheduleRequest, 'start'>): number => request.start ?? DEFAULT_CLOCK_START_MS;
