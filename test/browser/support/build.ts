// Builds the visualiser (vite build → dist/web) and runs the CLI, for the browser tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[], what: string): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

export function buildWeb(): void {
  run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], 'vite build');
}

/** `orgflow compare <file> --seed N [--set …] --json` through the published entry (needs `npm run build`). */
export function cliCompare(file: string, seed: number, sets: string[] = []): unknown {
  const extra = sets.flatMap((s) => ['--set', s]);
  return JSON.parse(run(['bin/orgflow.js', 'compare', file, '--seed', String(seed), ...extra, '--json', '--quiet'], 'orgflow compare'));
}

/** `orgflow compare <file> --seed N --csv <dir>`: summary.csv, concerns.csv and timeseries.csv. */
export function cliCsv(file: string, seed: number, dir: string): void {
  run(['bin/orgflow.js', 'compare', file, '--seed', String(seed), '--csv', dir, '--quiet'], 'orgflow compare --csv');
}
