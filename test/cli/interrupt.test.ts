// Ctrl-C during a long run with --csv and --trace: no half file remains, exit code 130.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, scratch } from './helpers.js';

const dir = scratch();

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(['1', '2'])('SIGINT with --workers %s', (workers) => {
  it('removes every temp file and part, writes no CSV, exits 130', async () => {
    const out = join(dir, `out-${workers}`);
    const tmp = join(dir, `tmp-${workers}`); // the CLI's scratch directory for parts lives under TMPDIR
    mkdirSync(tmp);
    const child = spawn(
      process.execPath,
      [
        BIN,
        'compare',
        fixture('long.yaml'),
        '--replications',
        '200',
        '--workers',
        workers,
        '--csv',
        out,
        '--trace',
        join(out, 'trace.jsonl'),
      ],
      { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const listing = () => {
      try {
        return readdirSync(out);
      } catch {
        return [];
      }
    };
    await waitFor(() => listing().some((f) => f.endsWith('.tmp')), 'the temp files');
    if (workers !== '1') await waitFor(() => readdirSync(tmp).length > 0, 'the scratch directory');
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(listing()).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(stderr).toMatch(/interrupted/);
  });
});
