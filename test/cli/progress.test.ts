// The progress bar on a terminal moves during one long replication (it reads the running
// replication's simulated clock), and stays away with --quiet (onTerminal in helpers.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, onTerminal, scratch } from './helpers.js';

const dir = scratch();
// One replication of about 2 million concerns: a few seconds, long enough for the bar to be read mid-way.
const LONG_REPLICATION = [
  'run',
  fixture('long.yaml'),
  '--mode',
  'silo',
  '-r',
  '1',
  '--set',
  'time.horizon=15000d',
  '--workers',
  '1',
  '--json',
];

describe('the progress bar on a terminal', () => {
  it('shows progress inside a single long replication', async () => {
    const { code, screen } = await onTerminal(LONG_REPLICATION);
    expect(code).toBe(0);
    const percents = [...screen.matchAll(/silo \[[^\]]*\] (\d+)% · 0\/1 replications · ETA \S+/g)].map((m) => Number(m[1]));
    // Before the replication ends (0 of 1 done), the bar has moved off 0 %.
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
  });

  it('is not shown with --quiet', async () => {
    const { code, screen } = await onTerminal([...LONG_REPLICATION, '--quiet']);
    expect(code).toBe(0);
    expect(screen).not.toMatch(/replications · ETA/);
  });

  it('leaves the results byte for byte as they are without a terminal', async () => {
    // Two replications of 250 days per worker thread; on a terminal they report their clocks.
    const args = (out: string) => [
      'compare',
      fixture('long.yaml'),
      '-r',
      '2',
      '--set',
      'time.horizon=250d',
      '--workers',
      '2',
      '--json',
      '--csv',
      out,
    ];
    const shown = await onTerminal(args(join(dir, 'tty')), join(dir, 'tty.json'));
    expect(shown.code).toBe(0);
    expect(shown.screen).toMatch(/silo \+ team \[[^\]]*\] \d+% · \d\/4 replications/);
    const plain = await cli(args(join(dir, 'pipe')));
    expect(plain.code).toBe(0);
    expect(readFileSync(join(dir, 'tty.json'), 'utf8')).toBe(plain.stdout);
    for (const file of ['summary.csv', 'concerns.csv', 'timeseries.csv']) {
      expect(readFileSync(join(dir, 'tty', file)).equals(readFileSync(join(dir, 'pipe', file)))).toBe(true);
    }
  });
});
