// --workers N > 1, or long replications (runner.ts): the plan's tasks on a piscina pool.
// Records reach the output files strictly in task order, so the bytes do not depend on N
// and memory stays bounded: the task next in that order when it starts writes straight onto
// the output files' ends; any other writes its own part files in a scratch directory, which
// the main thread appends when their turn comes. The main thread stays free, so Ctrl-C ends
// the run at once.
import { createReadStream, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { KernelName, Metrics, ScenarioFile, Task } from '../../src/index.js';
import { scratchDirectory } from '../output/atomic.js';
import type { FileWriter } from '../output/file-writer.js';
import { clockStart, type ScheduleRequest } from './request.js';

/** Part files a pool thread writes for one task (absent = not wanted). */
export interface PartPaths {
  concerns?: string;
  timeseries?: string;
  tasks?: string;
  trace?: string;
}

/** What one task needs, as plain data that can cross into a worker thread. */
export interface WorkerRequest {
  task: Task;
  /** The task's variant, validated: the thread rebuilds the Scenario from it (without yaml and zod). */
  data: ScenarioFile;
  excel: boolean;
  /** Calendar time of clock minute 0 (ms read as UTC). */
  start: number;
  kernel: KernelName;
  /** Where the records go: part files, or the output files themselves when `append`. */
  parts: PartPaths;
  /** Whether `parts` are the output files, to be appended to. */
  append: boolean;
  /** Whether concerns.csv and tasks.csv are written by a helper thread while the task runs (a core is free for it). */
  recordsThread: boolean;
  /** The task's index in the plan: its slot in `clocks`. */
  index: number;
  /** Shared with the main thread: where the task reports its simulated clock (absent = nobody watches). */
  clocks?: Float64Array;
}

type PartName = keyof PartPaths;
const PART_NAMES: readonly PartName[] = ['concerns', 'timeseries', 'tasks', 'trace'];

// The worker must be JavaScript (dist/cli/replicate/worker.js); under tsx the .ts file works too.
const workerFile = fileURLToPath(new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

export async function runOnPool(request: ScheduleRequest, workers: number): Promise<Metrics[]> {
  const { plan, sinks } = request;
  const tasks = plan.tasks;
  const wanted = PART_NAMES.filter((name) => sinks[name] !== undefined);
  const scratch = wanted.length > 0 ? scratchDirectory() : null;
  const threads = Math.max(1, Math.min(workers, tasks.length));
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads });

  const results: Metrics[] = new Array(tasks.length);
  const finished: boolean[] = new Array(tasks.length).fill(false);
  // Tasks that wrote straight onto the output files: they have no part files to append.
  const direct: boolean[] = new Array(tasks.length).fill(false);
  const parts = (i: number): PartPaths => {
    const paths: PartPaths = {};
    for (const name of wanted) paths[name] = join(scratch!.path, `${i}.${name}.part`);
    return paths;
  };
  const outputs = (): PartPaths => {
    const paths: PartPaths = {};
    for (const name of wanted) {
      sinks[name]!.flush();
      paths[name] = sinks[name]!.path;
    }
    return paths;
  };

  // Tasks are taken in plan order, one per thread at a time.
  let next = 0;
  let taken = 0;
  let stopped = false;
  let appendFailure: unknown = null;
  let appending: Promise<void> = Promise.resolve();
  const appendReady = async (): Promise<void> => {
    while (!stopped && next < tasks.length && finished[next]) {
      if (!direct[next]) {
        const paths = parts(next);
        for (const name of wanted) await appendFile(paths[name]!, sinks[name]!);
      }
      next++;
    }
  };
  const runTasks = async (): Promise<void> => {
    while (!stopped && taken < tasks.length) {
      const i = taken++;
      // Every task before this one is written: this one may write onto the outputs.
      await appending;
      direct[i] = next === i;
      const message: WorkerRequest = {
        task: tasks[i],
        data: plan.variants[tasks[i].variant].data,
        excel: request.excel,
        start: clockStart(request),
        kernel: request.kernel ?? 'fast',
        parts: direct[i] ? outputs() : parts(i),
        append: direct[i],
        recordsThread: threads < availableParallelism(),
        index: i,
        clocks: request.clocks,
      };
      results[i] = (await pool.run(message)) as Metrics;
      finished[i] = true;
      request.onTaskDone?.(i);
      appending = appending.then(appendReady).catch((err: unknown) => {
        appendFailure ??= err;
      });
    }
  };

  try {
    await Promise.all(Array.from({ length: threads }, runTasks));
    await appending;
    if (appendFailure !== null) throw appendFailure;
    return results;
  } finally {
    stopped = true;
    await appending;
    await pool.destroy();
    scratch?.remove();
  }
}

async function appendFile(path: string, writer: FileWriter): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) writer.writeBytes(chunk as Buffer);
  rmSync(path, { force: true });
}
