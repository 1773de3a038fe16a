// Running one shard: the experiment's slice of tasks, then its part file. The file is
// opened before the tasks start (a path that cannot be written fails at once) and
// committed only when every task of the slice is done.
import { runTasks, type Experiment } from '../experiment.js';
import { log } from '../io.js';
import { experimentHash } from './hash.js';
import { PART_VERSION, PartFile, type Invocation } from './part.js';

export async function runShard(
  invocation: Invocation,
  experiment: Experiment,
  shard: { k: number; n: number; out: string },
  quiet: boolean | undefined,
): Promise<void> {
  const { plan, range } = experiment;
  const file = new PartFile(shard.out);
  try {
    const metrics = await runTasks(experiment);
    file.commit({
      version: PART_VERSION,
      hash: experimentHash(invocation, experiment),
      shard: { k: shard.k, n: shard.n },
      tasks: { total: plan.tasks.length, ...range },
      invocation,
      rows: metrics.map((m, i) => {
        const { variant, mode, replication } = plan.tasks[range.from + i];
        return { variant, mode, replication, metrics: m };
      }),
    });
  } finally {
    file.abort();
  }
  if (!quiet) {
    const which = range.to > range.from ? `replications ${range.from + 1}–${range.to}` : 'no replications';
    log(`shard ${shard.k}/${shard.n}: ${which} of ${plan.tasks.length} written to ${shard.out}; combine the parts with orgflow merge`);
  }
}
