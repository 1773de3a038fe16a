// SIGINT and SIGTERM during a run with --csv and --trace: no half file and no part file
// remains, the exit code is 130 or 143, and the run ends promptly also when it is inside a
// replication that would never end on its own (which then runs on a worker thread, even
// with --workers 1).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, STACK_LINE, fixture, scratch } from './helpers.js';

const dir = scratch();

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const listing = (path: string): string[] => {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
};

interface Interrupted {
  code: number | null;
  /** Milliseconds from the signal to the process's end. */
  afterSignal: number;
  stderr: string;
  out: string;
  tmp: string;
}

/**
 * Starts `compare long.yaml … --csv out --trace out/trace.jsonl`, waits until its temp files
 * (and, on a pool, its scratch directory of part files) exist and `settle` ms more, then
 * sends `signal`.
 */
async function interrupt(
  name: string,
  args: string[],
  signal: NodeJS.Signals,
  options: { pool: boolean; settle: number },
): Promise<Interrupted> {
  const out = join(dir, `out-${name}`);
  const tmp = join(dir, `tmp-${name}`); // the CLI's scratch directory for parts lives under TMPDIR
  mkdirSync(tmp);
  const child = spawn(
    process.execPath,
    [BIN, 'compare', fixture('long.yaml'), ...args, '--csv', out, '--trace', join(out, 'trace.jsonl')],
    {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  try {
    await waitFor(() => listing(out).some((f) => f.endsWith('.tmp')), 'the temp files');
    if (options.pool) await waitFor(() => listing(tmp).length > 0, 'the scratch directory');
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  await new Promise((r) => setTimeout(r, options.settle));
  const sent = Date.now();
  child.kill(signal);
  // Runaway protection, not a benchmark: a CLI that ignores the signal is killed and the test fails.
  const runaway = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(runaway);
  return { code, afterSignal: Date.now() - sent, stderr, out, tmp };
}

describe.each(['1', '2'])('SIGINT between short replications, --workers %s', (workers) => {
  it('removes every temp file and part, writes no CSV, exits 130', async () => {
    // 1,000 replications of 20 days: each is short, so with --workers 1 they run in this
    // process and the signal is handled between two of them.
    const args = ['--set', 'time.horizon=20d', '--replications', '1000', '--workers', workers];
    const r = await interrupt(`short-${workers}`, args, 'SIGINT', { pool: workers !== '1', settle: 0 });
    expect(r.code).toBe(130);
    expect(listing(r.out)).toEqual([]);
    expect(readdirSync(r.tmp)).toEqual([]);
    expect(r.stderr).toMatch(/orgflow: interrupted; no output files were written/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe.each([
  ['1', 'SIGINT', 130, /orgflow: interrupted; no output files were written/],
  ['1', 'SIGTERM', 143, /orgflow: terminated; no output files were written/],
  ['2', 'SIGINT', 130, /orgflow: interrupted; no output files were written/],
  ['2', 'SIGTERM', 143, /orgflow: terminated; no output files were written/],
] as const)('inside a replication that never ends, --workers %s, %s', (workers, signal, exitCode, message) => {
  it(`stops at once, leaves no file, exits ${exitCode}`, async () => {
    // 100 years (the longest horizon allowed): about 5 million concerns, minutes of work with records.
    const args = ['--set', 'time.horizon=36500d', '--replications', '1', '--yes', '--workers', workers];
    const r = await interrupt(`huge-${workers}-${signal}`, args, signal, { pool: false, settle: 1000 });
    expect(r.code).toBe(exitCode);
    // Runaway protection, not a benchmark: in-process, the signal would wait for the replication's end.
    expect(r.afterSignal).toBeLessThan(5000);
    expect(listing(r.out)).toEqual([]);
    expect(readdirSync(r.tmp)).toEqual([]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
