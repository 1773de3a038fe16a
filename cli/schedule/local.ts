// --workers 1 with short replications: the plan's tasks one after another in this process,
// records written straight into the output files. Between tasks the event loop gets a turn,
// so Ctrl-C and the progress bar are handled; during one replication the process is busy,
// which is why runner.ts sends long replications to a worker thread instead (and why no
// task here reports its clock: the bar moves task by task).
import { setImmediate } from 'node:timers/promises';
import { loadKernel, runHere, textRecords, type Metrics } from '../../src/index.js';
import { clockStart, type ScheduleRequest } from './request.js';

export async function runLocally(request: ScheduleRequest): Promise<Metrics[]> {
  const format = { excel: request.excel, start: clockStart(request) };
  let flush = (): void => {};
  let done = 0;
  return runHere(request.plan, {
    kernel: await loadKernel(request.kernel),
    between: () => setImmediate(),
    records(task) {
      const records = textRecords(request.sinks, format, task);
      flush = records.flush;
      return records.handlers;
    },
    onTaskDone() {
      flush();
      // runHere runs the tasks in plan order.
      request.onTaskDone?.(done++);
    },
  });
}
