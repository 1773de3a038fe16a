// Shared helpers of the benchmark: paths, running a job in a fresh process, medians, logs.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Job, JobResult } from './jobs.js';

/**
 * The repository root. The bench runs compiled into its own folder (dist/bench-build, see
 * tsconfig.bench.json), so that a concurrent `npm run build` cannot swap the engine under it.
 */
const ROOT_URL = new URL('../../../', import.meta.url);
export const ROOT = fileURLToPath(ROOT_URL);
export const repoPath = (relative: string): string => fileURLToPath(new URL(relative, ROOT_URL));
const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));

/** Runs one job in a fresh Node process and returns what it measured. */
export function runJob(job: Job): JobResult {
  const out = execFileSync(process.execPath, [MEASURE, JSON.stringify(job)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as JobResult;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Progress on stderr, so stdout stays the table. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

export const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));
