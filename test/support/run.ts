// Every replication of one organisation of a built Scenario, summarised: what `orgflow run`
// computes, for tests that build their scenario in code.
import { runTask, toRunResult, type Mode, type RunResult, type Scenario } from '../../src/index.js';

export function runAll(scenario: Scenario, mode: Mode): RunResult {
  const replications = Array.from({ length: scenario.replications }, (_, replication) => runTask(scenario, { mode, replication }).metrics);
  return toRunResult(scenario, mode, replications);
}
