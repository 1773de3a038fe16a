// The cost metrics of docs/model.md#cost-metrics: recomputed from the other metrics each
// replication reports, present only with `economics`, and scheduled time as headcount × span.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/metrics/summarise.js';
import type { Metrics } from '../../src/metrics/types.js';
import { scheduledPersonMinutes } from '../../src/organisations/scheduled.js';
import { ORGANISATIONS } from '../../src/organisations/index.js';
import type { Override } from '../../src/scenario/issues.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { MODES, type Scenario } from '../../src/scenario/types.js';
import { simulate } from '../../src/simulate.js';
import { summaryTable } from '../../src/records/rows.js';

const ECONOMICS = '{staffCostPerHour: 58, delayCostPerHour: 1.5, failureDemandCost: 20, currency: EUR}';

function story(overrides: Override[] = []): Scenario {
  // The seed story without its `economics` block (the last key of the file); tests add their own.
  const text = readFileSync(new URL('../../scenarios/versicherung.yaml', import.meta.url), 'utf8').replace(/\neconomics:[\s\S]*$/, '\n');
  // Shorter runs keep the test quick; the formulas do not depend on the length.
  const parsed = parseScenario(text, {
    file: 'versicherung.yaml',
    overrides: [{ path: 'time.horizon', value: '8d' }, ...overrides],
    mode: 'any',
  });
  if (!parsed.scenario) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.scenario;
}

const COST_KEYS = ['costPerResolved', 'staffCostPerDay', 'delayCostPerDay'] as const;

describe('cost metrics with economics', () => {
  const s = story([{ path: 'economics', value: ECONOMICS }]);
  const runs = MODES.flatMap((mode) => [0, 1, 2].map((r) => ({ mode, r, m: simulate(s, mode, r) })));

  it.each(runs.map((x) => [x.mode, x.r, x.m] as const))(
    '%s replication %i: costPerResolved = staffCostPerDay / throughputPerDay + 1.5 × leadTime.mean / 60 + 20 × failureDemand / completed',
    (_mode, _r, m: Metrics) => {
      const recomputed = m.staffCostPerDay! / m.throughputPerDay + (1.5 * m.leadTime.mean) / 60 + (20 * m.failureDemand) / m.completed;
      expect(m.costPerResolved).toBeCloseTo(recomputed, 9);
      expect(Math.abs(m.costPerResolved! / recomputed - 1)).toBeLessThan(1e-12);
    },
  );

  it('staff cost runs around the clock: staffCostPerHour × headcount × 24 per day; delay cost is delayCostPerHour × wip × 24', () => {
    for (const { m } of runs) {
      expect(m.staffCostPerDay).toBe(58 * m.headcount * 24);
      expect(m.delayCostPerDay).toBeCloseTo(1.5 * m.wip * 24, 9);
    }
  });

  it('a cost is NaN, not a number, when nothing completed', () => {
    const idle = story([
      { path: 'economics', value: ECONOMICS },
      { path: 'time.warmup', value: '7.99d' },
      { path: 'arrivals.rate', value: '1/d' },
    ]);
    const m = simulate(idle, 'team', 0);
    expect(m.completed).toBe(0);
    expect(m.costPerResolved).toBeNaN();
    expect(m.staffCostPerDay).toBe(58 * 7 * 24);
  });

  it('the rest of the metrics are exactly those of the scenario without economics', () => {
    const plain = story();
    for (const { mode, r, m } of runs) {
      const without = Object.fromEntries(Object.entries(m).filter(([key]) => !(COST_KEYS as readonly string[]).includes(key)));
      expect(JSON.stringify(without)).toBe(JSON.stringify(simulate(plain, mode, r)));
    }
  });
});

describe('without economics the cost keys are absent, not zero', () => {
  const s = story();
  const replications = [0, 1].map((r) => simulate(s, 'silo', r));

  it('in one replication, in the summary over replications and in summary.csv', () => {
    for (const key of COST_KEYS) {
      expect(Object.hasOwn(replications[0], key)).toBe(false);
      expect(Object.hasOwn(summarise(replications), key)).toBe(false);
    }
    const { columns } = summaryTable('s', 1, [{ mode: 'silo', replication: 0, metrics: replications[0] }]);
    expect(columns.filter((c) => c.toLowerCase().includes('cost'))).toEqual([]);
  });

  it('with economics they are summary.csv columns after headcount', () => {
    const m = simulate(story([{ path: 'economics', value: ECONOMICS }]), 'silo', 0);
    const { columns } = summaryTable('s', 1, [{ mode: 'silo', replication: 0, metrics: m }]);
    expect(columns.slice(-4)).toEqual(['headcount', ...COST_KEYS]);
  });
});

describe('scheduledPersonMinutes', () => {
  it.each(MODES)('%s: headcount × (to − from), everyone scheduled around the clock', (mode) => {
    const s = story();
    const headcount = ORGANISATIONS[mode].headcount(s);
    expect(scheduledPersonMinutes(s, mode, 2880, 11520)).toBe(headcount * 8640);
    expect(scheduledPersonMinutes(s, mode, 100, 100)).toBe(0);
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => scheduledPersonMinutes(story(), 'team', 10, 5)).toThrow(/from <= to/);
  });
});
