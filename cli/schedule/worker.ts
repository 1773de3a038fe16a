// A pool thread: one task per call. Records go to this task's own part files, which the
// main thread appends to the output files in task order, or, for the task next in that
// order, straight onto the output files' ends; only Metrics travel back. When the pool
// leaves a core free, concerns.csv and tasks.csv are written by a helper thread while the
// task runs (records-writer.ts).
import { loadKernel, runTask, textRecords, VariantScenarios, type KernelFactory, type Metrics } from '../../src/index.js';
import { FileWriter } from '../output/file-writer.js';
import { reportClock } from './clock.js';
import type { WorkerRequest } from './pool.js';
import { RecordsWriter } from './records-writer.js';

const scenarios = new VariantScenarios();
const kernels = new Map<string, KernelFactory>();
// The helper thread, made on first use and kept for the thread's later tasks. One for both
// files: a helper per file (three threads on two cores) measured no faster.
let helper: RecordsWriter | null = null;

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
  let onHelper: ReturnType<RecordsWriter['begin']> | null = null;
  try {
    const { concerns, tasks } = request.parts;
    const helped = request.recordsThread && (concerns !== undefined || tasks !== undefined);
    const sinks = {
      concerns: helped ? undefined : open(concerns),
      timeseries: open(request.parts.timeseries),
      tasks: helped ? undefined : open(tasks),
      trace: open(request.parts.trace),
    };
    const records = textRecords(sinks, format, request.task);
    if (helped) {
      helper ??= new RecordsWriter();
      onHelper = helper.begin({ concerns, tasks }, request.append, format, request.task);
      Object.assign(records.handlers, onHelper.handlers);
    }
    const handlers = request.clocks ? reportClock(records.handlers, request.clocks, request.index) : records.handlers;
    const { metrics } = runTask(scenario, request.task, { kernel, records: handlers });
    records.flush();
    for (const writer of writers) writer.close();
    await onHelper?.end();
    return metrics;
  } catch (err) {
    for (const writer of writers) writer.discard();
    // A helper that failed knows why (a full disk, say); the simulation only saw that it did.
    const helperFailure = await onHelper?.end().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    throw helperFailure ?? err;
  }
}
