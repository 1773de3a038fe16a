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

/** `orgflow compare <file> --seed N --json` through the published entry (needs `npm run build`). */
export function cliCompare(file: string, seed: number): unknown {
  return JSON.parse(run(['bin/orgflow.js', 'compare', file, '--seed', String(seed), '--json', '--quiet'], 'orgflow compare'));
}
