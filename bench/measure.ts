// Child process: runs the one job given as JSON in argv[2] and prints its JobResult as JSON.
import { readFileSync } from 'node:fs';
import { loadKernel, loadParser, runTask, type Scenario, type TraceSink } from '../src/index.js';
import type { EngineJob, Job, JobResult, ReferenceJob } from './jobs.js';
import { handwrittenNetwork } from './reference/handwritten.js';
import { rawSimjsNetwork } from './reference/simjs-models.js';

function timed<T>(run: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { value, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

function memory(): { heapUsedMB: number; rssMB: number } {
  const m = process.memoryUsage();
  return { heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

const { parseScenario } = await loadParser();

function load(job: EngineJob, overrides = job.overrides): Scenario {
  const parsed = parseScenario(readFileSync(job.file, 'utf8'), { file: job.file, overrides, mode: job.mode });
  if (!parsed.scenario) throw new Error(`${job.file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.scenario;
}

async function engine(job: EngineJob): Promise<JobResult> {
  const scenario = load(job);
  const kernel = await loadKernel(job.kernel);
  const warmUp = { ...scenario, horizon: job.warmupHorizon, warmup: 0 };
  if (job.warmupHorizon > 0) runTask(warmUp, { mode: job.mode, replication: 1 }, { kernel });
  const { value, seconds, cpuSeconds } = timed(() => runTask(scenario, { mode: job.mode, replication: 0 }, { kernel }));
  const metrics = value.metrics;
  const result: JobResult = {
    seconds,
    cpuSeconds,
    arrived: metrics.arrived,
    completed: metrics.completed,
    open: metrics.open,
    meanLead: metrics.leadTime.mean,
    ...memory(),
  };
  if (job.countEvents) {
    const events: Record<string, number> = {};
    const sink: TraceSink = (e) => {
      events[e.type] = (events[e.type] ?? 0) + 1;
    };
    runTask(scenario, { mode: job.mode, replication: 0 }, { kernel, records: { sink } });
    result.events = events;
    result.modelEvents = (events.arrived ?? 0) + (events.finished ?? 0);
  }
  return result;
}

function reference(job: ReferenceJob): JobResult {
  const model = job.kind === 'simjs' ? rawSimjsNetwork : handwrittenNetwork;
  const { value, seconds, cpuSeconds } = timed(() => model(job.lambda, job.mu, job.stations, job.horizon, job.seed));
  return {
    seconds,
    cpuSeconds,
    arrived: value.arrived,
    completed: value.completed,
    open: value.arrived - value.completed,
    meanLead: value.meanLead,
    // Arrivals plus service completions, as performance-anchors.md counts them.
    modelEvents: value.kernelEvents,
    ...memory(),
  };
}

const job = JSON.parse(process.argv[2] ?? 'null') as Job | null;
if (!job) throw new Error('usage: node dist/bench/measure.js <job as JSON>');
process.stdout.write(`${JSON.stringify(job.kind === 'engine' ? await engine(job) : reference(job))}\n`);
