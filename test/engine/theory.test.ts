// The engine against queueing theory, in both organisations, where the model reduces to it.
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../src/metrics/types.js';
import { runAll as run } from '../support/run.js';
import type { Mode } from '../../src/scenario/types.js';
import { mmc } from '../../src/theory/queueing.js';
import { concernType, department, exp, scenario, task } from '../support/build.js';

/** Inside the 95% CI, widened a little so a correct engine fails rarely (2.5 half-widths, 2% floor). */
function expectNear(estimate: Estimate, expected: number): void {
  const half = (estimate.ci95[1] - estimate.ci95[0]) / 2;
  expect(Math.abs(estimate.mean - expected)).toBeLessThanOrEqual(Math.max(2.5 * half, 0.02 * expected));
}

function station(lambda: number, mu: number, c: number, seed: number) {
  return scenario({
    interarrival: exp(1 / lambda),
    types: [concernType('c', [task('t', 's', exp(1 / mu))])],
    horizon: 60_000,
    warmup: 2_000,
    replications: 12,
    seed,
    silo: { departments: [department('d', ['s'], c)] },
    team: { teams: [{ id: 'x', label: 'x', members: [{ count: c, skills: { s: 1 } }] }] },
  });
}

describe.each<Mode>(['silo', 'team'])('%s organisation', (mode) => {
  it('M/M/1 at ρ = 0.7: mean wait and lead time match theory within the 95% CI', () => {
    const theory = mmc(0.7, 1, 1);
    const { metrics } = run(station(0.7, 1, 1, 7), mode);
    expectNear(metrics.waitTime.mean, theory.wait);
    expectNear(metrics.leadTime.mean, theory.lead);
    expectNear(metrics.utilisation.overall, 0.7);
  });

  it('M/M/3 at ρ = 0.8: mean wait matches Erlang C within the 95% CI', () => {
    const theory = mmc(0.24, 0.1, 3);
    const { metrics } = run(station(0.24, 0.1, 3, 11), mode);
    expectNear(metrics.waitTime.mean, theory.wait);
    expectNear(metrics.leadTime.mean, theory.lead);
  });

  it("Little's law: wip equals arrival rate times mean lead time", () => {
    const { metrics } = run(station(0.24, 0.1, 3, 5), mode);
    const lambda = 0.24;
    expectNear(metrics.wip, lambda * metrics.leadTime.mean.mean);
  });
});

it('Jackson tandem: a sequential two-department silo has the lead time of both stations summed', () => {
  const lambda = 0.5;
  const s = scenario({
    interarrival: exp(1 / lambda),
    types: [concernType('c', [task('a', 'sa', exp(1.2)), task('b', 'sb', exp(3), [0])])],
    horizon: 60_000,
    warmup: 2_000,
    replications: 12,
    seed: 3,
    silo: { departments: [department('A', ['sa'], 1), department('B', ['sb'], 2)], split: 'sequential' },
  });
  const { metrics } = run(s, 'silo');
  const expected = mmc(lambda, 1 / 1.2, 1).lead + mmc(lambda, 1 / 3, 2).lead;
  expectNear(metrics.leadTime.mean, expected);
  expect(metrics.handoffsPerConcern.mean).toBe(1);
});
