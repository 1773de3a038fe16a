// A pool thread: one task per call. Records go to this task's own part files, which the
// main thread appends to the output files in task order; only Metrics travel back.
import { loadKernel, runTask, textRecords, VariantScenarios, type KernelFactory, type Metrics } from '../../src/index.js';
import { FileWriter } from '../output/file-writer.js';
import { reportClock } from './clock.js';
import type { WorkerRequest } from './pool.js';

const scenarios = new VariantScenarios();
const kernels = new Map<string, KernelFactory>();

export default async function runPoolTask(request: WorkerRequest): Promise<Metrics> {
  const scenario = scenarios.get(request.data);
  let kernel = kernels.get(request.kernel);
  if (!kernel) kernels.set(request.kernel, (kernel = await loadKernel(request.kernel)));
  const writers: FileWriter[] = [];
  const open = (path: string | undefined): FileWriter | undefined => {
    if (path === undefined) return undefined;
    const writer = new FileWriter(path, 'w');
    writers.push(writer);
    return writer;
  };
  try {
    const sinks = {
      concerns: open(request.parts.concerns),
      timeseries: open(request.parts.timeseries),
      tasks: open(request.parts.tasks),
      trace: open(request.parts.trace),
    };
    const records = textRecords(sinks, { excel: request.excel, start: request.start }, request.task);
    const handlers = request.clocks ? reportClock(records.handlers, request.clocks, request.index) : records.handlers;
    const { metrics } = runTask(scenario, request.task, { kernel, records: handlers });
    records.flush();
    for (const writer of writers) writer.close();
    return metrics;
  } catch (err) {
    for (const writer of writers) writer.discard();
    throw err;
  }
}
