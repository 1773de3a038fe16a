// The cost metrics on the command line: rows in the tables (labelled with the currency), keys in
// --json and columns in summary.csv only when the scenario has `economics` (docs/model.md#cost-metrics).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, scratch } from './helpers.js';

const SMALL = fixture('small.yaml');
const ECONOMICS = ['--set', 'economics={staffCostPerHour: 60, delayCostPerHour: 2, failureDemandCost: 25, currency: CHF}'];
const COST_LABELS = ['cost per resolved concern', 'staff cost per day', 'delay cost per day'];

describe('orgflow compare with economics', () => {
  let table: string;
  let json: {
    silo: { currency?: string; metrics: Record<string, { mean: number }> };
    team: { currency?: string; metrics: Record<string, { mean: number }> };
    difference: Record<string, { mean: number; ci95: [number, number] }>;
  };
  beforeAll(async () => {
    const [t, j] = await Promise.all([cli(['compare', SMALL, ...ECONOMICS]), cli(['compare', SMALL, ...ECONOMICS, '--json'])]);
    expect(t.code).toBe(0);
    expect(j.code).toBe(0);
    table = t.stdout;
    json = JSON.parse(j.stdout);
  });

  it('lists the three costs in the currency, after headcount, with a verdict (lower is better)', () => {
    const lines = table.split('\n');
    const at = (label: string) => lines.findIndex((l) => l.startsWith(`${label} (CHF) `));
    expect(COST_LABELS.map(at).every((i) => i > lines.findIndex((l) => l.startsWith('headcount ')))).toBe(true);
    // Staff cost is the same in both (three people each, around the clock): no difference.
    expect(lines[at('staff cost per day')]).toMatch(/4320\s+4320\s+.*no significant difference$/);
  });

  it('--json has the currency and each cost as mean and CI per organisation and as a paired difference', () => {
    expect(json.silo.currency).toBe('CHF');
    expect(json.team.currency).toBe('CHF');
    for (const key of ['costPerResolved', 'staffCostPerDay', 'delayCostPerDay']) {
      expect(json.difference[key].mean).toBeCloseTo(json.team.metrics[key].mean - json.silo.metrics[key].mean, 9);
    }
    expect(json.silo.metrics.staffCostPerDay.mean).toBe(60 * 3 * 24);
  });
});

describe('orgflow without economics', () => {
  it('shows no cost row, no currency and no cost column', async () => {
    const dir = scratch();
    const [t, j, c] = await Promise.all([
      cli(['run', SMALL, '--mode', 'team']),
      cli(['run', SMALL, '--mode', 'team', '--json']),
      cli(['run', SMALL, '--mode', 'team', '--csv', dir]),
    ]);
    for (const label of COST_LABELS) expect(t.stdout).not.toContain(label);
    expect(j.stdout).not.toMatch(/currency|cost/i);
    expect(c.code).toBe(0);
    expect(readFileSync(join(dir, 'summary.csv'), 'utf8').split('\n')[0]).not.toMatch(/cost/i);
  });

  it('a bad economics value on --set is exit 2 with the override named', async () => {
    const r = await cli([
      'run',
      SMALL,
      '--set',
      'economics={staffCostPerHour: 60, delayCostPerHour: 2, failureDemandCost: 25, currency: euro}',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('economics.currency');
    expect(r.stderr).toContain('three capital letters');
  });
});
