// The CLI as users run it (node bin/orgflow.js, compiled): peak memory of a million
// concerns streamed to CSV, and --workers 1 against --workers 2.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, log, median, repoPath, round } from './support.js';

const CLI = repoPath('bin/orgflow.js');
/** execFile as a promise: the machine-ceiling rounds start two CLI processes at once. */
const run = promisify(execFile);

export interface ProcessRun {
  wallSeconds: number;
  /** Peak resident set of the whole process (GNU time's "Maximum resident set size"). */
  peakRssMB: number;
  /** Largest heap in use seen just before a garbage collection (from --trace-gc). */
  peakHeapMB: number;
  exitCode: number;
}

/** Runs the CLI under /usr/bin/time -v with --trace-gc and reads its peaks. */
export function runCli(args: string[]): ProcessRun {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, '--trace-gc', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallSeconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`orgflow ${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  let peakHeapMB = 0;
  for (const m of r.stdout.matchAll(
    /(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep)[^\n]*?([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/g,
  )) {
    peakHeapMB = Math.max(peakHeapMB, Number(m[1]));
  }
  return { wallSeconds, peakRssMB: rss ? Number(rss[1]) / 1024 : NaN, peakHeapMB, exitCode: r.status };
}

export interface MemoryRow {
  command: string;
  concerns: number;
  runs: number;
  peakRssMB: number;
  peakHeapMB: number;
  wallSeconds: number;
  concernsCsvMB: number;
}

/** `orgflow run <scenario> --csv DIR` with a million concerns, one replication. */
export function measureMemory(runs: number, scale: number): MemoryRow[] {
  const cases = [
    { file: 'bench/scenarios/mm3.yaml', mode: 'silo', horizon: String(Math.round(370370 * scale)), concerns: 1e6 * scale },
    { file: 'scenarios/versicherung.yaml', mode: 'silo', horizon: `${Math.round(100000 * scale)}h`, concerns: 1e6 * scale },
    { file: 'scenarios/versicherung.yaml', mode: 'team', horizon: `${Math.round(100000 * scale)}h`, concerns: 1e6 * scale },
  ];
  return cases.map((c) => {
    const measured: ProcessRun[] = [];
    let csvBytes = 0;
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'orgflow-bench-csv-'));
      try {
        const args = [
          'run',
          c.file,
          '--mode',
          c.mode,
          '--replications',
          '1',
          '--workers',
          '1',
          '--quiet',
          '--set',
          `time.horizon=${c.horizon}`,
          '--csv',
          dir,
        ];
        measured.push(runCli(args));
        csvBytes = statSync(join(dir, 'concerns.csv')).size;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const row: MemoryRow = {
      command: `orgflow run ${c.file} --mode ${c.mode} -r 1 --workers 1 --set time.horizon=${c.horizon} --csv DIR`,
      concerns: c.concerns,
      runs,
      peakRssMB: round(median(measured.map((m) => m.peakRssMB)), 4),
      peakHeapMB: round(median(measured.map((m) => m.peakHeapMB)), 4),
      wallSeconds: round(median(measured.map((m) => m.wallSeconds)), 4),
      concernsCsvMB: round(csvBytes / 2 ** 20, 4),
    };
    log(`  memory ${c.file} ${c.mode}: peak RSS ${row.peakRssMB} MB, peak heap ${row.peakHeapMB} MB`);
    return row;
  });
}

export interface WorkersRow {
  scenario: string;
  args: string;
  tasks: number;
  runs: number;
  /** Median whole-process wall seconds per --workers value ("default": no --workers). */
  seconds: Record<string, number>;
  /** workers 1 time over workers 2 time (median of per-round ratios). */
  speedup2: number;
  /**
   * What two threads can give on this machine at best: the time of one `--workers 1` process
   * with all replications over the time of two such processes, each with half of them, run
   * at once (median of per-round ratios; large case only). On a machine whose two cores are
   * shared with other work this stays well below 2, and no worker pool can beat it.
   */
  ceiling2?: number;
  /** Median seconds of the two concurrent half-size processes (both finished). */
  pairSeconds?: number;
}

/**
 * `orgflow compare` with 20 replications: --workers 1 against 2 on a run large enough for a
 * pool to pay off, and on the shipped scenario as is, also without --workers (the default,
 * which keeps small runs in this process).
 */
export async function measureWorkers(runs: number, scale: number): Promise<WorkersRow[]> {
  const cases = [
    // 600 days: about 144,000 concerns per task, 40 tasks (some 13 s in one thread), so that
    // starting the pool (each thread loads the engine and warms up its JIT) does not dominate.
    { scenario: 'scenarios/versicherung.yaml', set: [`time.horizon=${Math.round(600 * scale)}d`], variants: ['1', '2'], ceiling: true },
    // The default scenario as shipped (20 days): small work, where a pool must not cost time.
    { scenario: 'scenarios/versicherung.yaml', set: [] as string[], variants: ['1', '2', 'default'], ceiling: false },
  ];
  const rows: WorkersRow[] = [];
  for (const c of cases) {
    const compare = (replications: number, workers: string[]) => [
      CLI,
      'compare',
      c.scenario,
      '--json',
      '--replications',
      String(replications),
      ...workers,
      '--quiet',
      ...c.set.flatMap((s) => ['--set', s]),
    ];
    const times: Record<string, number[]> = Object.fromEntries(c.variants.map((w) => [w, []]));
    const pairs: number[] = [];
    const ratios: number[] = [];
    const ceilings: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const w of c.variants) {
        const start = performance.now();
        execFileSync(process.execPath, compare(20, w === 'default' ? [] : ['--workers', w]), {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        times[w].push((performance.now() - start) / 1000);
      }
      ratios.push(times['1'][i] / times['2'][i]);
      if (c.ceiling) {
        // Two independent processes, 10 replications each, started together.
        const start = performance.now();
        await Promise.all([0, 1].map(() => run(process.execPath, compare(10, ['--workers', '1']), { cwd: ROOT, maxBuffer: 1 << 26 })));
        pairs.push((performance.now() - start) / 1000);
        ceilings.push(times['1'][i] / pairs[i]);
      }
      log(
        `  workers ${c.scenario} ${c.set.join(' ')}: ${c.variants.map((w) => `${w} → ${times[w][i].toFixed(2)} s`).join(', ')}${c.ceiling ? `, two processes of 10 at once → ${pairs[i].toFixed(2)} s` : ''}`,
      );
    }
    rows.push({
      scenario: c.scenario,
      args: `compare ${c.scenario} -r 20${c.set.map((s) => ` --set ${s}`).join('')}`,
      tasks: 40,
      runs,
      seconds: Object.fromEntries(c.variants.map((w) => [w, round(median(times[w]), 4)])),
      speedup2: round(median(ratios), 3),
      ...(c.ceiling ? { ceiling2: round(median(ceilings), 3), pairSeconds: round(median(pairs), 4) } : {}),
    });
  }
  return rows;
}
