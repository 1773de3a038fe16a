// The piscina worker: one replication per task. Records go to this task's own part files,
// which the main thread concatenates in replication order; only Metrics travel back.
import type { Metrics } from '../../src/metrics/types.js';
import { FileWriter } from '../output/file-writer.js';
import { ScenarioCache, runReplication, type RecordSinks } from './replication.js';
import type { WorkerRequest } from './task.js';

const scenarios = new ScenarioCache();

export default function runTask(request: WorkerRequest): Metrics {
  const scenario = scenarios.get(request.task);
  const writers: FileWriter[] = [];
  const open = (path: string | undefined): FileWriter | undefined => {
    if (path === undefined) return undefined;
    const writer = new FileWriter(path, 'w');
    writers.push(writer);
    return writer;
  };
  try {
    const sinks: RecordSinks = {
      concerns: open(request.parts.concerns),
      timeseries: open(request.parts.timeseries),
      trace: open(request.parts.trace),
    };
    const metrics = runReplication(scenario, request.task, sinks, { excel: request.excel }, request.kernel);
    for (const writer of writers) writer.close();
    return metrics;
  } catch (err) {
    for (const writer of writers) writer.discard();
    throw err;
  }
}
