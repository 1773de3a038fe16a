// --workers 1: replications one after another in this process, records written straight
// into the output files. Between replications the event loop gets a turn, so Ctrl-C and
// the progress bar are handled (during one replication the process is busy).
import type { Metrics } from '../../src/metrics/types.js';
import { ScenarioCache, runReplication } from './replication.js';
import type { RunRequest } from './runner.js';

export async function runLocally(request: RunRequest): Promise<Metrics[]> {
  const scenarios = new ScenarioCache();
  const results: Metrics[] = [];
  for (const task of request.tasks) {
    await new Promise((resolve) => setImmediate(resolve));
    const scenario = scenarios.get(task);
    results.push(runReplication(scenario, task, request.sinks, { excel: request.excel }, request.kernel));
    request.onTaskDone?.();
  }
  return results;
}
