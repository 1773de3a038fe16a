// Does a concern cost the same in a long run as in a short one, and with a growing backlog?
// M/M/3 at ρ = 0.9 and an overloaded M/M/1 at ρ = 1.2 with 1e4, 1e5 and 1e6 concerns. Each
// run first does an untimed replication of 1e4 concerns, so JIT warm-up does not make the
// short runs look expensive.
import type { EngineJob } from './jobs.js';
import { log, median, repoPath, round, runJob } from './support.js';

export interface ScalingRow {
  model: string;
  concerns: number;
  runs: number;
  seconds: number;
  nsPerConcern: number;
  cpuNsPerConcern: number;
  /** Concerns still open at the horizon: the backlog of the overloaded department. */
  openAtEnd: number;
}

const MODELS = [
  { model: 'M/M/3 ρ=0.9', file: 'bench/scenarios/mm3.yaml', rate: 2.7 },
  { model: 'M/M/1 ρ=1.2 (overloaded)', file: 'bench/scenarios/overload.yaml', rate: 1.2 },
];

export function measureScaling(runs: number, sizes: readonly number[]): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const m of MODELS) {
    for (const n of sizes) {
      const job: EngineJob = {
        kind: 'engine',
        file: repoPath(m.file),
        mode: 'silo',
        kernel: 'fast',
        overrides: [{ path: 'time.horizon', value: String(Math.round(n / m.rate)) }],
        warmupHorizon: Math.round(1e4 / m.rate),
        countEvents: false,
      };
      const results = Array.from({ length: runs }, () => runJob(job));
      const seconds = median(results.map((r) => r.seconds));
      const cpu = median(results.map((r) => r.cpuSeconds));
      const concerns = results[0].arrived;
      const row = {
        model: m.model,
        concerns,
        runs,
        seconds: round(seconds, 4),
        nsPerConcern: Math.round((seconds / concerns) * 1e9),
        cpuNsPerConcern: Math.round((cpu / concerns) * 1e9),
        openAtEnd: results[0].open,
      };
      log(`  scaling ${m.model} n=${n}: ${row.nsPerConcern} ns/concern, open ${row.openAtEnd}`);
      rows.push(row);
    }
  }
  return rows;
}
