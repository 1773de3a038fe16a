// --csv and --parquet against the same run without records: a million concerns of the seed
// story, one replication on one worker, as users run the CLI. Rounds interleave the three
// variants so that a change of the machine's load hits them alike.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type ProcessRun } from './cli-runs.js';
import { log, median, round } from './support.js';

export interface RecordsRow {
  mode: string;
  concerns: number;
  runs: number;
  /** Median wall seconds per variant: none, csv, parquet. */
  seconds: Record<string, number>;
  /** Median peak RSS (MB) per variant. */
  peakRssMB: Record<string, number>;
  /** Median of the per-round ratios of each variant's time over the run without records. */
  overNone: Record<string, number>;
  /** Bytes written per variant (MB, all files). */
  outputMB: Record<string, number>;
}

const VARIANTS = ['none', 'csv', 'parquet'] as const;

export function measureRecords(runs: number, scale: number): RecordsRow[] {
  const horizon = `${Math.round(100000 * scale)}h`;
  return ['silo', 'team'].map((mode) => {
    const measured: Record<string, ProcessRun[]> = { none: [], csv: [], parquet: [] };
    const outputMB: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      for (const variant of VARIANTS) {
        const dir = mkdtempSync(join(tmpdir(), 'orgflow-bench-records-'));
        try {
          const args = [
            'run',
            'scenarios/versicherung.yaml',
            '--mode',
            mode,
            '-r',
            '1',
            '--workers',
            '1',
            '-q',
            '--set',
            `time.horizon=${horizon}`,
          ];
          if (variant !== 'none') args.push(`--${variant}`, dir);
          measured[variant].push(runCli(args));
          outputMB[variant] = round(readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 2 ** 20, 4);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      log(`  records ${mode} round ${i + 1}/${runs}: ${VARIANTS.map((v) => `${v} ${measured[v][i].wallSeconds.toFixed(1)} s`).join(', ')}`);
    }
    const pick = (f: (r: ProcessRun) => number) => Object.fromEntries(VARIANTS.map((v) => [v, round(median(measured[v].map(f)), 4)]));
    const ratio = (v: string) => round(median(measured[v].map((r, i) => r.wallSeconds / measured.none[i].wallSeconds)), 3);
    return {
      mode,
      concerns: 1e6 * scale,
      runs,
      seconds: pick((r) => r.wallSeconds),
      peakRssMB: pick((r) => r.peakRssMB),
      overNone: { csv: ratio('csv'), parquet: ratio('parquet') },
      outputMB,
    };
  });
}
