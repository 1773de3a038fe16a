// --csv DIR and --excel: the declared columns, RFC 4180 round trips for awkward labels,
// German spreadsheet conventions, and no formula injection from labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, fixture, scratch } from './helpers.js';

const CONCERN_COLUMNS = [
  'id',
  'type',
  'mode',
  'replication',
  'arrival',
  'completion',
  'lead',
  'wait',
  'touch',
  'handoffs',
  'errors',
  'failureDemand',
];
const TIMESERIES_COLUMNS = ['mode', 'replication', 'hour', 'arrived', 'started', 'completed', 'wip'];
const dir = scratch();

describe('compare --csv DIR', () => {
  const out = join(dir, 'compare');
  /** The parts of `compare --json` these tests read: means over the replications. */
  type Estimate = { mean: number };
  let json: Record<'silo' | 'team', { metrics: { leadTime: { mean: Estimate }; arrived: Estimate; completed: Estimate } }>;
  beforeAll(async () => {
    const r = await cli(['compare', fixture('small.yaml'), '--csv', out, '--json']);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
  });

  it('writes exactly summary.csv, concerns.csv, timeseries.csv and tasks.csv, no temp files', () => {
    expect(readdirSync(out).sort()).toEqual(['concerns.csv', 'summary.csv', 'tasks.csv', 'timeseries.csv']);
  });

  it('summary.csv: one row per organisation and replication, every metric key flattened with dots', () => {
    const { header, records } = csvRecords(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(header.slice(0, 4)).toEqual(['scenario', 'mode', 'replication', 'seed']);
    expect(header).toEqual(
      expect.arrayContaining([
        'leadTime.mean',
        'leadTime.p85',
        'errors.order',
        'utilisation.overall',
        'utilisation.byUnit.stammdaten',
        'utilisation.byUnit.team-a',
        'headcount',
      ]),
    );
    expect(records.map((r) => `${r.mode}${r.replication}`)).toEqual([
      'silo0',
      'silo1',
      'silo2',
      'silo3',
      'team0',
      'team1',
      'team2',
      'team3',
    ]);
    // The rows are the replications behind the JSON's means.
    for (const mode of ['silo', 'team'] as const) {
      const rows = records.filter((r) => r.mode === mode);
      const mean = rows.reduce((s, r) => s + Number(r['leadTime.mean']), 0) / rows.length;
      expect(mean).toBeCloseTo(json[mode].metrics.leadTime.mean.mean, 9);
    }
    expect(records.find((r) => r.mode === 'team')!['utilisation.byUnit.stammdaten']).toBe('');
  });

  it('concerns.csv: the declared columns, one row per concern counted in the metrics', () => {
    const { header, records } = csvRecords(readFileSync(join(out, 'concerns.csv'), 'utf8'));
    expect(header).toEqual(CONCERN_COLUMNS);
    for (const mode of ['silo', 'team'] as const) {
      const rows = records.filter((r) => r.mode === mode);
      expect(rows.length / 4).toBeCloseTo(json[mode].metrics.arrived.mean, 9);
      const completed = rows.filter((r) => r.completion !== '');
      expect(completed.length / 4).toBeCloseTo(json[mode].metrics.completed.mean, 9);
    }
    for (const r of records) {
      expect(['true', 'false']).toContain(r.failureDemand);
      if (r.completion !== '') expect(Number(r.lead)).toBeCloseTo(Number(r.completion) - Number(r.arrival), 6);
    }
  });

  it('timeseries.csv: per organisation, replication and hour', () => {
    const { header, records } = csvRecords(readFileSync(join(out, 'timeseries.csv'), 'utf8'));
    expect(header).toEqual(TIMESERIES_COLUMNS);
    const silo0 = records.filter((r) => r.mode === 'silo' && r.replication === '0').map((r) => Number(r.hour));
    expect(silo0).toEqual(silo0.map((_, i) => silo0[0] + i));
    expect(new Set(records.map((r) => r.mode))).toEqual(new Set(['silo', 'team']));
  });
});

describe('labels in CSV', () => {
  const out = join(dir, 'labels');
  beforeAll(async () => {
    const r = await cli(['run', fixture('labels.yaml'), '--csv', out]);
    expect(r.code).toBe(0);
  });

  it('a name with comma, quote, newline and umlauts survives the round trip', () => {
    const { records } = csvRecords(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(records.map((r) => r.scenario)).toEqual(['Versicherung, "Ampel"\nÄnderung für Öl', 'Versicherung, "Ampel"\nÄnderung für Öl']);
    const concerns = csvRecords(readFileSync(join(out, 'concerns.csv'), 'utf8')).records;
    expect(concerns.map((r) => r.type)).toContain('Umzug, "Frage"\nÜbergabe');
  });

  it('a label that starts like a formula is defused with a leading quote', () => {
    const concerns = csvRecords(readFileSync(join(out, 'concerns.csv'), 'utf8')).records;
    const types = new Set(concerns.map((r) => r.type));
    expect(types).toContain(`'=HYPERLINK("http://x")`);
    expect([...types].some((t) => t.startsWith('='))).toBe(false);
  });

  it('a unit id with umlauts becomes a column name', () => {
    const { header } = csvRecords(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(header).toContain('utilisation.byUnit.straße');
  });
});

describe('--excel', () => {
  const plain = join(dir, 'plain');
  const excel = join(dir, 'excel');
  beforeAll(async () => {
    expect((await cli(['run', fixture('labels.yaml'), '--csv', plain])).code).toBe(0);
    expect((await cli(['run', fixture('labels.yaml'), '--csv', excel, '--excel'])).code).toBe(0);
  });

  it('starts every file with the UTF-8 BOM and separates with ";"', () => {
    for (const name of ['summary.csv', 'concerns.csv', 'timeseries.csv', 'tasks.csv']) {
      const bytes = readFileSync(join(excel, name));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1).split('\n')[0]).toMatch(/^[^,]+;[^,]+/);
    }
  });

  it('writes the same cells with a decimal comma', () => {
    const a = csvRecords(readFileSync(join(plain, 'concerns.csv'), 'utf8')).records;
    const b = csvRecords(readFileSync(join(excel, 'concerns.csv'), 'utf8').slice(1), ';').records;
    expect(b).toHaveLength(a.length);
    const decimal = a.findIndex((r) => r.arrival.includes('.'));
    expect(b[decimal].arrival).toBe(a[decimal].arrival.replace('.', ','));
    expect(b[decimal].arrival).not.toContain('.');
    expect(b.map((r) => r.type)).toEqual(a.map((r) => r.type));
  });
});
