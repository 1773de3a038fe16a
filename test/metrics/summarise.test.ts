// summarise and pairedDifference: every leaf of the metrics tree becomes {mean, ci95}.
import { describe, expect, it } from 'vitest';
import { pairedDifference, summarise } from '../../src/metrics/index.js';
import type { Estimate, Metrics } from '../../src/metrics/types.js';

/** A replication whose every leaf is `x` (units as given), so tests vary one value at a time. */
function replication(x: number, units: string[] = ['stammdaten']): Metrics {
  const stats = { mean: x, p50: x, p85: x, p95: x, max: x };
  return {
    arrived: x,
    completed: x,
    open: x,
    failureDemand: x,
    throughputPerDay: x,
    leadTime: { ...stats },
    waitTime: { ...stats },
    touchTime: { ...stats },
    flowEfficiency: x,
    handoffsPerConcern: x,
    errorRate: x,
    errors: { order: x, infoLoss: x, misroute: x },
    wip: x,
    utilisation: { overall: x, byUnit: Object.fromEntries(units.map((u) => [u, x])) },
    headcount: x,
  };
}

/** Every Estimate of a summary with its dotted path. */
function leaves(tree: unknown, path = ''): [string, Estimate][] {
  const node = tree as Record<string, unknown>;
  if ('ci95' in node) return [[path, node as unknown as Estimate]];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('summarise', () => {
  it('gives mean ± t(0.975, n−1)·s/√n, as computed by hand for 1, 2, 3, 4', () => {
    // mean 2.5, s² = (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3, t(3) = 3.182446
    const half = (3.182446305284263 * Math.sqrt(5 / 3)) / 2;
    const summary = summarise([1, 2, 3, 4].map((x) => replication(x)));
    expect(summary.leadTime.p85.mean).toBe(2.5);
    expect(summary.leadTime.p85.ci95[0]).toBeCloseTo(2.5 - half, 12);
    expect(summary.leadTime.p85.ci95[1]).toBeCloseTo(2.5 + half, 12);
    expect(summary.leadTime.p85.ci95[0]).toBeCloseTo(0.4457, 4);
  });

  it('replaces every number, including utilisation.byUnit, and keeps the key order', () => {
    const summary = summarise([replication(1, ['stammdaten', 'leistung']), replication(3, ['stammdaten', 'leistung'])]);
    const paths = leaves(summary).map(([path]) => path);
    expect(paths).toHaveLength(31);
    expect(paths.slice(0, 6)).toEqual(['arrived', 'completed', 'open', 'failureDemand', 'throughputPerDay', 'leadTime.mean']);
    expect(paths.slice(-4)).toEqual(['utilisation.overall', 'utilisation.byUnit.stammdaten', 'utilisation.byUnit.leistung', 'headcount']);
    for (const [, estimate] of leaves(summary)) expect(estimate.mean).toBe(2);
  });

  it('gives a zero-width interval at the value for one replication', () => {
    expect(summarise([replication(7)]).wip).toEqual({ mean: 7, ci95: [7, 7] });
  });

  it('gives a zero-width interval at the value when all replications agree', () => {
    expect(summarise([0.1, 0.1, 0.1].map((x) => replication(x))).flowEfficiency).toEqual({ mean: 0.1, ci95: [0.1, 0.1] });
  });

  it('leaves NaN replications out, with fewer degrees of freedom', () => {
    // 2 and 4 remain: mean 3, s = √2, half-width t(1)·√2/√2 = 12.706
    const estimate = summarise([NaN, 2, 4].map((x) => replication(x))).errorRate;
    expect(estimate.mean).toBe(3);
    expect(estimate.ci95[0]).toBeCloseTo(3 - 12.706204736174694, 12);
    expect(estimate.ci95[1]).toBeCloseTo(3 + 12.706204736174694, 12);
  });

  it('is NaN (null in JSON) when every replication is NaN', () => {
    const estimate = summarise([NaN, NaN].map((x) => replication(x))).leadTime.mean;
    expect(JSON.parse(JSON.stringify(estimate))).toEqual({ mean: null, ci95: [null, null] });
  });

  it('reads null (NaN after a JSON round trip) as NaN', () => {
    const stored = JSON.parse(JSON.stringify([NaN, 2, 4].map((x) => replication(x)))) as Metrics[];
    expect(summarise(stored).errorRate).toEqual(summarise([NaN, 2, 4].map((x) => replication(x))).errorRate);
  });

  it('counts a unit missing from some replications as NaN there', () => {
    const summary = summarise([replication(1, ['a']), replication(3, ['a', 'b']), replication(5, ['a', 'b'])]);
    expect(Object.keys(summary.utilisation.byUnit)).toEqual(['a', 'b']);
    expect(summary.utilisation.byUnit.b.mean).toBe(4);
  });

  it('refuses an empty list of replications', () => {
    expect(() => summarise([])).toThrow(/at least one/);
  });
});

describe('pairedDifference', () => {
  it('is zero with a zero-width interval for identical organisations', () => {
    const runs = [1.5, 2.25, 7].map((x) => replication(x));
    const difference = pairedDifference(
      runs,
      runs.map((r) => structuredClone(r)),
    );
    for (const [, estimate] of leaves(difference)) expect(estimate).toEqual({ mean: 0, ci95: [0, 0] });
    expect(leaves(difference)).toHaveLength(30);
  });

  it('takes team − silo per replication before averaging', () => {
    // silo 10, 20, 30; team 11, 22, 33 → differences 1, 2, 3: mean 2, s = 1, t(2) = 4.303
    const difference = pairedDifference(
      [10, 20, 30].map((x) => replication(x)),
      [11, 22, 33].map((x) => replication(x)),
    );
    expect(difference.leadTime.mean.mean).toBe(2);
    expect(difference.leadTime.mean.ci95[1] - 2).toBeCloseTo(4.302652729749462 / Math.sqrt(3), 12);
  });

  it('keeps only the units present in both organisations', () => {
    const silo = [replication(1, ['intake', 'stammdaten', 'shared'])];
    const team = [replication(3, ['team-a', 'shared'])];
    expect(pairedDifference(silo, team).utilisation.byUnit).toEqual({ shared: { mean: 2, ci95: [2, 2] } });
  });

  it('refuses replication counts that do not pair up', () => {
    expect(() => pairedDifference([replication(1)], [replication(1), replication(2)])).toThrow(/one team replication per silo/);
  });
});
