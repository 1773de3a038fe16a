// The size estimate before a run: a run of more than about ten minutes on one worker needs
// --yes; one too large to plan or count is refused even with it; either way before any
// output file is opened, with exit code 2 and a message that names the estimate.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/index.js';
import { UsageError } from '../../cli/errors.js';
import { humaniseCount, humaniseSeconds } from '../../cli/output/humanise.js';
import {
  CONCERNS_PER_SECOND,
  CONCERNS_PER_SECOND_WITH_CSV,
  CONCERNS_PER_SECOND_WITH_RECORDS,
  recordOutput,
  CONFIRM_ABOVE_SECONDS,
  MAX_TASKS,
  admitRun,
  estimatedSeconds,
  largestTaskSeconds,
  sizeRun,
} from '../../cli/run-size.js';
import { IN_PROCESS_TASK_SECONDS, runsInProcess } from '../../cli/schedule/runner.js';
import { STACK_LINE, cli, fixture, scratch } from './helpers.js';

/** The fields the estimate reads: 6 concerns an hour, `days` long, `replications` of them. */
function scenario(days: number, replications: number, perHour = 6): Scenario {
  return { arrivals: { rate: perHour / 60 }, horizon: days * 1440, replications } as Scenario;
}

function refusal(run: () => void): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected the run to be refused');
}

describe('recordOutput', () => {
  it('tells --csv alone from the slower --parquet and --trace', () => {
    expect(recordOutput({})).toBe('none');
    expect(recordOutput({ csv: 'out' })).toBe('csv');
    expect(recordOutput({ csv: 'out', trace: 't.jsonl' })).toBe('heavy');
    expect(recordOutput({ parquet: 'out' })).toBe('heavy');
  });
});

describe('sizeRun', () => {
  it('multiplies concerns per replication by replications and organisations, summed over sweep values', () => {
    // 6/h × 24 h × 10 days = 1,440 concerns per replication; 20 at 10 days and 5 at 20 days.
    const size = sizeRun([scenario(10, 20), scenario(20, 5)], 2, 'none');
    expect(size.tasks).toBe(2 * 20 + 2 * 5);
    expect(size.concerns).toBeCloseTo(2 * 20 * 1440 + 2 * 5 * 2880, 6);
    expect(size.largestTask).toBeCloseTo(2880, 6);
    expect(size.rate).toBe(CONCERNS_PER_SECOND);
    expect(size.replications).toBeNull();
    expect(sizeRun([scenario(10, 20)], 1, 'csv').rate).toBe(CONCERNS_PER_SECOND_WITH_CSV);
    expect(sizeRun([scenario(10, 20)], 1, 'heavy').rate).toBe(CONCERNS_PER_SECOND_WITH_RECORDS);
  });

  it('estimates time on the threads that get work, no more of them than tasks', () => {
    const size = sizeRun([scenario(10, 1)], 2, 'none'); // 2 tasks
    expect(estimatedSeconds(size, 1)).toBeCloseTo(2880 / CONCERNS_PER_SECOND, 9);
    expect(estimatedSeconds(size, 8)).toBeCloseTo(estimatedSeconds(size, 2), 9);
    expect(largestTaskSeconds(size)).toBeCloseTo(1440 / CONCERNS_PER_SECOND, 9);
  });
});

describe('admitRun', () => {
  // Ten minutes on one worker without records: 9e7 concerns.
  const limitDays = (CONFIRM_ABOVE_SECONDS * CONCERNS_PER_SECOND) / 144;

  it('lets a run below the limit start without --yes', () => {
    expect(() => admitRun(sizeRun([scenario(limitDays * 0.99, 1)], 1, 'none'), 1, false)).not.toThrow();
  });

  it('refuses a run above the limit, naming the estimate and --yes, on any number of cores', () => {
    const size = sizeRun([scenario(1e9, 6)], 2, 'none'); // 1.44e11 concerns per replication, 12 tasks
    for (const workers of [1, 2, 64]) {
      const message = refusal(() => admitRun(size, workers, false));
      expect(message).toContain('this run simulates about 1.7e12 concerns');
      // No more workers than its 12 tasks are busy.
      const busy = Math.min(workers, 12);
      expect(message).toContain(`on ${busy} worker${busy === 1 ? '' : 's'})`);
      expect(message).toContain('add --yes to run it anyway');
    }
    expect(refusal(() => admitRun(size, 2, false))).toContain('(about 67 days on 2 workers)');
    expect(() => admitRun(size, 2, true)).not.toThrow();
    // With records the rate is lower: with --parquet or --trace a fifth of the limit needs
    // --yes as well, with --csv alone half of it.
    expect(() => admitRun(sizeRun([scenario(limitDays * 0.2, 1)], 1, 'heavy'), 1, false)).toThrow(/add --yes/);
    expect(() => admitRun(sizeRun([scenario(limitDays * 0.5, 1)], 1, 'csv'), 1, false)).toThrow(/add --yes/);
    expect(() => admitRun(sizeRun([scenario(limitDays * 0.2, 1)], 1, 'csv'), 1, false)).not.toThrow();
  });

  it('refuses more tasks than can be held, even with --yes', () => {
    const size = sizeRun(
      Array.from({ length: 40 }, () => scenario(1 / 24, 5000)),
      2,
      'none',
    );
    expect(size.tasks).toBeGreaterThan(MAX_TASKS);
    const message = refusal(() => admitRun(size, 1, true));
    expect(message).toContain('400,000 replications to plan (5,000 × 2 organisations × 40 sweep values)');
    expect(message).toContain('even with --yes');
    expect(() => admitRun(sizeRun([scenario(1 / 24, MAX_TASKS / 2)], 2, 'none'), 1, false)).not.toThrow();
  });

  it('refuses a replication with more concerns than can be counted, even with --yes', () => {
    expect(refusal(() => admitRun(sizeRun([scenario(1e14, 1)], 1, 'none'), 1, true))).toMatch(
      /about 1\.4e16 concerns, more than orgflow can count \(9\.0e15\), even with --yes/,
    );
    expect(refusal(() => admitRun(sizeRun([scenario(Infinity, 1)], 1, 'none'), 1, true))).toContain('an unbounded number of concerns');
  });
});

describe('where replications run', () => {
  it('keeps short replications in this process with --workers 1, and long ones on a thread', () => {
    expect(runsInProcess(1, IN_PROCESS_TASK_SECONDS)).toBe(true);
    expect(runsInProcess(1, IN_PROCESS_TASK_SECONDS * 1.01)).toBe(false);
    expect(runsInProcess(2, 0.01)).toBe(false);
  });
});

describe('humanised numbers', () => {
  it('counts', () => {
    expect(humaniseCount(0)).toBe('0');
    expect(humaniseCount(123456.4)).toBe('123,456');
    expect(humaniseCount(3.6e11)).toBe('3.6e11');
    expect(humaniseCount(Infinity)).toBe('∞');
  });

  it('durations', () => {
    expect(humaniseSeconds(40)).toBe('40 s');
    expect(humaniseSeconds(12 * 60)).toBe('12 min');
    expect(humaniseSeconds(3.5 * 3600)).toBe('3.5 h');
    expect(humaniseSeconds(14 * 86400)).toBe('14 days');
    expect(humaniseSeconds(27 * 365 * 86400)).toBe('27 years');
  });
});

describe('the CLI', () => {
  const dir = scratch();
  const SMALL = fixture('small.yaml');
  const LONG = fixture('long.yaml');

  it('compare of a huge run exits 2 before opening --csv or --trace', async () => {
    const out = join(dir, 'compare-out');
    // The longest horizon validation allows (100 years) at a busy rate.
    const huge = ['--set', 'time.horizon=36500d', '--set', 'arrivals.rate=1000/h'];
    const r = await cli(['compare', LONG, ...huge, '--csv', out, '--trace', join(dir, 'trace.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^orgflow: this run simulates about 1\.1e10 concerns \(about \d+ days on 1 worker\); add --yes to run it anyway/m,
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'trace.jsonl'))).toBe(false);
  });

  it('run and sweep are sized up too; sweep exits 2 before its --csv file is opened', async () => {
    const run = await cli(['run', LONG, '--mode', 'team', '-r', '1000', '--set', 'time.horizon=2000d']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/this run simulates about 2\.9e8 concerns .*add --yes/);
    const csv = join(dir, 'sweep.csv');
    const sweep = await cli(['sweep', LONG, '--param', 'arrivals.rate', '--values', '6/h,60/h', '-r', '200', '--csv', csv]);
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toMatch(/this run simulates about 1\.3e8 concerns .*add --yes/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.sweep.csv') || f === 'sweep.csv')).toEqual([]);
  });

  it('a sweep with too many replications to plan exits 2 even with --yes', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'run.seed', '--range', '1:40:1', '-r', '5000', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('orgflow: this run has 400,000 replications to plan (5,000 × 2 organisations × 40 sweep values)');
    expect(r.stderr).toContain('even with --yes');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each(['run', 'compare', 'sweep'])('%s --help documents --yes', async (cmd) => {
    const r = await cli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/-y, --yes\s+run even if the size estimate/);
  });
});
