// Results do not depend on --workers: JSON, every CSV file and the trace are byte-identical
// whether the replications run in this process or on a pool.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, fixture, scratch } from './helpers.js';

const dir = scratch();
const outputs: Record<string, { json: string; dir: string }> = {};

describe('--workers 1 and --workers 2', () => {
  beforeAll(async () => {
    for (const workers of ['1', '2']) {
      const out = join(dir, `w${workers}`);
      const r = await cli([
        'compare',
        fixture('small.yaml'),
        '--workers',
        workers,
        '--json',
        '--csv',
        out,
        '--trace',
        join(out, 'trace.jsonl'),
      ]);
      expect(r.code).toBe(0);
      outputs[workers] = { json: r.stdout, dir: out };
    }
  });

  it('print the same JSON', () => {
    expect(outputs['2'].json).toBe(outputs['1'].json);
  });

  it.each(['summary.csv', 'concerns.csv', 'timeseries.csv', 'tasks.csv', 'trace.jsonl'])('write the same %s', (name) => {
    const a = readFileSync(join(outputs['1'].dir, name));
    const b = readFileSync(join(outputs['2'].dir, name));
    expect(a.length).toBeGreaterThan(100);
    expect(b.equals(a)).toBe(true);
  });

  it('leave nothing else behind', () => {
    expect(readdirSync(outputs['2'].dir).sort()).toEqual(['concerns.csv', 'summary.csv', 'tasks.csv', 'timeseries.csv', 'trace.jsonl']);
  });

  it('sweep gives the same JSON', async () => {
    const args = ['sweep', fixture('small.yaml'), '--param', 'arrivals.rate', '--values', '4/h,6/h', '-r', '3', '--json'];
    const [a, b] = [await cli([...args, '--workers', '1']), await cli([...args, '--workers', '2'])];
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

// Long replications run on pool threads even with --workers 1. One thread leaves a core
// free, so concerns.csv and tasks.csv are written by a helper thread from packed batches,
// straight onto the output files; two threads format their records themselves, the first
// task onto the outputs and the second into a part file appended after it. All the same bytes.
describe('long replications on pool threads', () => {
  const long = (workers: string, out: string, excel: string[] = []) =>
    cli([
      'compare',
      join(ROOT, 'scenarios/versicherung-urlaub.yaml'),
      '-r',
      '2',
      '--set',
      'time.horizon=4000h',
      '--workers',
      workers,
      '--json',
      '--csv',
      out,
      ...excel,
    ]);

  it.each([[[]], [['--excel']]])('write the same files with one thread and with two (%j)', async (excel) => {
    const [one, two] = [join(dir, `long1${excel.length}`), join(dir, `long2${excel.length}`)];
    const [a, b] = await Promise.all([long('1', one, excel), long('2', two, excel)]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    for (const name of ['summary.csv', 'concerns.csv', 'timeseries.csv', 'tasks.csv']) {
      const [x, y] = [readFileSync(join(one, name)), readFileSync(join(two, name))];
      expect(x.length).toBeGreaterThan(1_000);
      expect(y.equals(x), name).toBe(true);
    }
    expect(readdirSync(one).sort()).toEqual(['concerns.csv', 'summary.csv', 'tasks.csv', 'timeseries.csv']);
  });
});
