// A pool thread: one task per call. Records go to this task's own part files, which the
// main thread appends to the output files in task order, or, for the task next in that
// order, straight onto the output files' ends; only Metrics travel back. When the pool
// leaves a core free, tasks.csv is written by a helper thread while the task runs
// (tasks-writer.ts).
import { loadKernel, runTask, textRecords, VariantScenarios, type KernelFactory, type Metrics } from '../../src/index.js';
import { FileWriter } from '../output/file-writer.js';
import { reportClock } from './clock.js';
import type { WorkerRequest } from './pool.js';
import { TasksWriter } from './tasks-writer.js';

const scenarios = new VariantScenarios();
const kernels = new Map<string, KernelFactory>();
let tasksWriter: TasksWriter | null = null;

export default async function runPoolTask(request: WorkerRequest): Promise<Metrics> {
  const scenario = scenarios.get(request.data);
  let kernel = kernels.get(request.kernel);
  if (!kernel) kernels.set(request.kernel, (kernel = await loadKernel(request.kernel)));
  const format = { excel: request.excel, start: request.start };
  const writers: FileWriter[] = [];
  const open = (path: string | undefined): FileWriter | undefined => {
    if (path === undefined) return undefined;
    const writer = new FileWriter(path, request.append ? 'a' : 'w');
    writers.push(writer);
    return writer;
  };
  let tasksOnHelper: ReturnType<TasksWriter['begin']> | null = null;
  try {
    const helped = request.tasksThread && request.parts.tasks !== undefined;
    const sinks = {
      concerns: open(request.parts.concerns),
      timeseries: open(request.parts.timeseries),
      tasks: helped ? undefined : open(request.parts.tasks),
      trace: open(request.parts.trace),
    };
    const records = textRecords(sinks, format, request.task);
    if (helped) {
      tasksWriter ??= new TasksWriter();
      tasksOnHelper = tasksWriter.begin(request.parts.tasks!, request.append, format, request.task);
      records.handlers.onPiece = tasksOnHelper.onPiece;
    }
    const handlers = request.clocks ? reportClock(records.handlers, request.clocks, request.index) : records.handlers;
    const { metrics } = runTask(scenario, request.task, { kernel, records: handlers });
    records.flush();
    for (const writer of writers) writer.close();
    await tasksOnHelper?.end();
    return metrics;
  } catch (err) {
    for (const writer of writers) writer.discard();
    await tasksOnHelper?.end().catch(() => {});
    throw err;
  }
}
