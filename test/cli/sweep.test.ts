// orgflow sweep: one row per value and organisation, values without float drift, and
// the crossover where the team starts or stops beating the silo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, csvRecords, fixture, scratch } from './helpers.js';

const SMALL = fixture('small.yaml');
const dir = scratch();

describe('orgflow sweep', () => {
  it('--range with units: one row per value and organisation, in order', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'arrivals.rate', '--range', '3/h:6/h:1.5/h', '-r', '2', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.param).toBe('arrivals.rate');
    expect(doc.rows.map((row: { value: string; mode: string }) => `${row.value} ${row.mode}`)).toEqual([
      '3/h silo',
      '3/h team',
      '4.5/h silo',
      '4.5/h team',
      '6/h silo',
      '6/h team',
    ]);
    for (const row of doc.rows) {
      expect(Object.keys(row.metrics)).toEqual([
        'throughputPerDay',
        'leadTime',
        'waitTime',
        'errorRate',
        'handoffsPerConcern',
        'utilisation',
        'open',
      ]);
      expect(Object.keys(row.metrics.leadTime)).toEqual(['mean', 'p85']);
      expect(row.metrics.leadTime.mean.ci95).toHaveLength(2);
    }
    // More customers, more work done: the sweep really applied the value.
    const silo = doc.rows.filter((row: { mode: string }) => row.mode === 'silo');
    expect(silo[2].metrics.throughputPerDay.mean).toBeGreaterThan(silo[0].metrics.throughputPerDay.mean);
  });

  it('marks where the team starts beating the silo (silo switched to sequential handoffs)', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'organisations.silo.split', '--values', 'parallel,sequential', '-r', '3', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const lead = (value: string, mode: string) =>
      doc.rows.find((row: { value: string; mode: string }) => row.value === value && row.mode === mode).metrics.leadTime.mean.mean;
    const beats = (value: string) => lead(value, 'team') < lead(value, 'silo');
    const expected =
      beats('parallel') === beats('sequential')
        ? []
        : [
            {
              value: 'sequential',
              previous: 'parallel',
              change: beats('sequential') ? 'team starts beating silo' : 'team stops beating silo',
            },
          ];
    expect(doc.crossovers).toEqual(expected);
    const table = await cli(['sweep', SMALL, '--param', 'organisations.silo.split', '--values', 'parallel,sequential', '-r', '3']);
    if (expected.length > 0) expect(table.stdout).toContain(`crossover between parallel and sequential: ${expected[0].change}`);
  });

  it('--mode limits the sweep to one organisation; --csv writes one row per value', async () => {
    const file = join(dir, 'sweep.csv');
    const r = await cli([
      'sweep',
      SMALL,
      '--param',
      'organisations.silo.departments.0.staff',
      '--values',
      '2,3,4',
      '--mode',
      'silo',
      '-r',
      '2',
      '--csv',
      file,
    ]);
    expect(r.code).toBe(0);
    const { header, records } = csvRecords(readFileSync(file, 'utf8'));
    expect(header.slice(0, 6)).toEqual([
      'param',
      'value',
      'mode',
      'throughputPerDay.mean',
      'throughputPerDay.ci95.low',
      'throughputPerDay.ci95.high',
    ]);
    expect(records.map((row) => `${row.value} ${row.mode}`)).toEqual(['2 silo', '3 silo', '4 silo']);
  });

  it('a wrong --param is a located error, exit 2', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'arrivals.rat', '--values', '1/h,2/h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/arrivals\.rat/);
  });

  it('a bad --range is bad usage', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'arrivals.rate', '--range', '3/h:6/d:1/h']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/same unit/);
  });
});
