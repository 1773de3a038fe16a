// Engine throughput: the M/M/3 and tandem bench scenarios and versicherung.yaml (both
// organisations), about a million concerns each, through parseScenario + simulate with the
// metrics fold; the same M/M/3 and tandem on raw simjs and as a hand-written DES. All jobs
// run round-robin (one run of each per round) so that a busy machine hurts all alike.
import type { EngineJob, Job, JobResult, ReferenceJob } from './jobs.js';
import { log, median, repoPath, round, runJob } from './support.js';

export interface ThroughputRow {
  id: string;
  label: string;
  runs: number;
  concerns: number;
  /** Medians over the runs. */
  seconds: number;
  cpuSeconds: number;
  concernsPerSecond: number;
  /** The fastest run: what the machine gives when nothing else competes for it. */
  bestConcernsPerSecond: number;
  concernsPerCpuSecond: number;
  eventsPerSecond: number | null;
  modelEventsPerSecond: number | null;
  meanLead: number;
  /** Every run's wall and CPU seconds, in round order (for paired ratios). */
  perRun: { seconds: number; cpuSeconds: number }[];
}

/**
 * concerns/s of `row` over concerns/s of `reference`: the median over rounds of the ratio
 * within each round (runs of one round ran back to back under the same machine load).
 */
export function pairedRatio(row: ThroughputRow, reference: ThroughputRow, clock: 'seconds' | 'cpuSeconds'): number {
  const ratios = row.perRun.map((run, i) => row.concerns / run[clock] / (reference.concerns / reference.perRun[i][clock]));
  return round(median(ratios), 3);
}

interface Entry {
  id: string;
  label: string;
  job: Job;
}

const engine = (
  file: string,
  mode: 'silo' | 'team',
  overrides: EngineJob['overrides'] = [],
  kernel: EngineJob['kernel'] = 'fast',
): EngineJob => ({ kind: 'engine', file: repoPath(file), mode, kernel, overrides, warmupHorizon: 0, countEvents: false });
const reference = (kind: ReferenceJob['kind'], lambda: number, stations: number[], horizon: number): ReferenceJob => ({
  kind,
  lambda,
  mu: 1,
  stations,
  horizon,
  seed: 1,
});

/** Horizons of bench/scenarios/*.yaml: about a million arrivals each. */
const MM3_HORIZON = 370370;
const TANDEM_HORIZON = 625000;
/** versicherung.yaml has 10 arrivals an hour: 100,000 h give a million (plus failure demand). */
const VERSICHERUNG_MILLION = [{ path: 'time.horizon', value: '100000h' }];

export function throughputEntries(scale: number): Entry[] {
  const h = (horizon: number) => Math.round(horizon * scale);
  const horizon = (minutes: number) => [{ path: 'time.horizon', value: String(h(minutes)) }];
  return [
    { id: 'mm3', label: 'M/M/3 ρ=0.9, orgflow', job: engine('bench/scenarios/mm3.yaml', 'silo', horizon(MM3_HORIZON)) },
    {
      id: 'mm3-simjs-kernel',
      label: 'M/M/3, orgflow on --kernel simjs',
      job: engine('bench/scenarios/mm3.yaml', 'silo', horizon(MM3_HORIZON), 'simjs'),
    },
    { id: 'mm3-raw-simjs', label: 'M/M/3, raw simjs (reference)', job: reference('simjs', 2.7, [3], h(MM3_HORIZON)) },
    { id: 'mm3-handwritten', label: 'M/M/3, hand-written DES', job: reference('handwritten', 2.7, [3], h(MM3_HORIZON)) },
    { id: 'tandem', label: 'tandem 3×M/M/2 ρ=0.8, orgflow', job: engine('bench/scenarios/tandem.yaml', 'silo', horizon(TANDEM_HORIZON)) },
    {
      id: 'tandem-simjs-kernel',
      label: 'tandem, orgflow on --kernel simjs',
      job: engine('bench/scenarios/tandem.yaml', 'silo', horizon(TANDEM_HORIZON), 'simjs'),
    },
    { id: 'tandem-raw-simjs', label: 'tandem, raw simjs (reference)', job: reference('simjs', 1.6, [2, 2, 2], h(TANDEM_HORIZON)) },
    { id: 'tandem-handwritten', label: 'tandem, hand-written DES', job: reference('handwritten', 1.6, [2, 2, 2], h(TANDEM_HORIZON)) },
    {
      id: 'versicherung-silo',
      label: 'versicherung.yaml silo (Ampel)',
      job: engine(
        'scenarios/versicherung.yaml',
        'silo',
        scale === 1 ? VERSICHERUNG_MILLION : [{ path: 'time.horizon', value: `${h(100000)}h` }],
      ),
    },
    {
      id: 'versicherung-team',
      label: 'versicherung.yaml team (Kreisverkehr)',
      job: engine(
        'scenarios/versicherung.yaml',
        'team',
        scale === 1 ? VERSICHERUNG_MILLION : [{ path: 'time.horizon', value: `${h(100000)}h` }],
      ),
    },
  ];
}

export function measureThroughput(runs: number, scale: number): ThroughputRow[] {
  const entries = throughputEntries(scale);
  const results = new Map<string, JobResult[]>(entries.map((e) => [e.id, []]));
  // Event counts: one untimed counting run per engine job (deterministic, so once is enough).
  const counts = new Map<string, JobResult>();
  for (const e of entries) {
    if (e.job.kind !== 'engine') continue;
    counts.set(e.id, runJob({ ...e.job, countEvents: true }));
  }
  for (let round = 1; round <= runs; round++) {
    for (const e of entries) {
      const r = runJob(e.job);
      results.get(e.id)!.push(r);
      log(
        `  throughput ${round}/${runs} ${e.id}: ${(r.arrived / r.seconds / 1e6).toFixed(3)} M concerns/s (cpu ${(r.arrived / r.cpuSeconds / 1e6).toFixed(3)})`,
      );
    }
  }
  return entries.map((e) => {
    const rs = results.get(e.id)!;
    const seconds = median(rs.map((r) => r.seconds));
    const cpuSeconds = median(rs.map((r) => r.cpuSeconds));
    const concerns = rs[0].arrived;
    const count = counts.get(e.id);
    const traceEvents = count?.events ? Object.values(count.events).reduce((s, n) => s + n, 0) : null;
    const modelEvents = count?.modelEvents ?? rs[0].modelEvents ?? null;
    return {
      id: e.id,
      label: e.label,
      runs: rs.length,
      concerns,
      seconds: round(seconds, 4),
      cpuSeconds: round(cpuSeconds, 4),
      concernsPerSecond: Math.round(concerns / seconds),
      bestConcernsPerSecond: Math.round(concerns / Math.min(...rs.map((r) => r.seconds))),
      concernsPerCpuSecond: Math.round(concerns / cpuSeconds),
      eventsPerSecond: traceEvents === null ? null : Math.round(traceEvents / seconds),
      modelEventsPerSecond: modelEvents === null ? null : Math.round(modelEvents / seconds),
      meanLead: round(rs[0].meanLead, 5),
      perRun: rs.map((r) => ({ seconds: round(r.seconds, 4), cpuSeconds: round(r.cpuSeconds, 4) })),
    };
  });
}
