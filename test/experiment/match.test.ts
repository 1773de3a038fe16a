// The staffing search of `orgflow match`, against fake evaluators: which staffings it tries,
// in which order, and which one answers (docs/model.md#matching-the-teams-result).
import { describe, expect, it } from 'vitest';
import { searchStaffing, siloNoWorse, staffingCount, staffings, type Better, type MatchPoint } from '../../src/index.js';
import type { Estimate } from '../../src/index.js';
import { verdict } from '../../cli/output/verdict.js';

const est = (mean: number, half: number): Estimate => ({ mean, ci95: [mean - half, mean + half] });

/**
 * A fake silo whose metric is a function of the extra people, against a fixed team value:
 * the difference team − silo gets a CI of ± `half`, as a paired comparison would.
 */
function fake(siloMetric: (extra: readonly number[]) => number, team: number, half = 0.5) {
  const calls: number[][][] = [];
  const evaluate = (batch: readonly number[][]): Promise<MatchPoint[]> => {
    calls.push(batch.map((s) => [...s]));
    return Promise.resolve(batch.map((extra) => ({ silo: est(siloMetric(extra), half), difference: est(team - siloMetric(extra), half) })));
  };
  return { evaluate, calls };
}

/** Lead time of a tandem of stations, each with `base[i]` people: falls as any station gains people. */
const tandem = (base: number[], load: number[]) => (extra: readonly number[]) =>
  base.reduce((sum, b, i) => sum + load[i] / (b + extra[i]), 0);

/** The smallest total with a no-worse staffing, by trying every staffing up to `max`. */
function bruteForceMinimum(
  params: number,
  max: number,
  metric: (e: readonly number[]) => number,
  team: number,
  better: Better,
): number | null {
  for (let total = 0; total <= max; total++) {
    if (staffings(params, total).some((extra) => siloNoWorse(est(team - metric(extra), 0.5), better))) return total;
  }
  return null;
}

describe('staffings', () => {
  it('lists every way to add people, more on earlier fields first', () => {
    expect(staffings(2, 2)).toEqual([
      [2, 0],
      [1, 1],
      [0, 2],
    ]);
    expect(staffings(3, 1)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(staffings(1, 4)).toEqual([[4]]);
    expect(staffings(3, 0)).toEqual([[0, 0, 0]]);
  });

  it('staffingCount is the number of staffings with 0 … max extra people', () => {
    for (const params of [1, 2, 3, 4]) {
      for (const max of [0, 1, 5, 9]) {
        let sum = 0;
        for (let total = 0; total <= max; total++) sum += staffings(params, total).length;
        expect(staffingCount(params, max), `${params} fields, up to ${max}`).toBe(sum);
      }
    }
  });
});

describe('siloNoWorse', () => {
  it('lower is better: no worse unless the CI of team − silo lies below 0', () => {
    expect(siloNoWorse({ mean: -1, ci95: [-2, -0.1] }, 'lower')).toBe(false);
    expect(siloNoWorse({ mean: 0, ci95: [-1, 1] }, 'lower')).toBe(true);
    expect(siloNoWorse({ mean: -0.5, ci95: [-1, 0] }, 'lower')).toBe(true);
    expect(siloNoWorse({ mean: 1, ci95: [0.5, 1.5] }, 'lower')).toBe(true);
  });

  it('higher is better: no worse unless the CI of team − silo lies above 0', () => {
    expect(siloNoWorse({ mean: 1, ci95: [0.1, 2] }, 'higher')).toBe(false);
    expect(siloNoWorse({ mean: 0.5, ci95: [0, 1] }, 'higher')).toBe(true);
    expect(siloNoWorse({ mean: -1, ci95: [-1.5, -0.5] }, 'higher')).toBe(true);
  });

  it('an interval that is not finite shows nothing, so it is not enough', () => {
    expect(siloNoWorse({ mean: NaN, ci95: [NaN, NaN] }, 'lower')).toBe(false);
    expect(siloNoWorse({ mean: 0, ci95: [-Infinity, Infinity] }, 'higher')).toBe(false);
  });

  it('agrees with the verdict compare prints: no worse exactly when compare does not say "team better"', () => {
    const intervals: [number, number][] = [
      [-2, -1],
      [-1, 0],
      [-1, 1],
      [0, 1],
      [1, 2],
      [0, 0],
      [NaN, NaN],
    ];
    for (const better of ['lower', 'higher'] as const) {
      for (const ci95 of intervals) {
        const d = { mean: (ci95[0] + ci95[1]) / 2, ci95 };
        const v = verdict(d, better).text;
        expect(siloNoWorse(d, better), `${better} ${ci95.join('..')}: ${v}`).toBe(v !== 'team better' && v !== 'n/a');
      }
    }
  });
});

describe('searchStaffing', () => {
  it('finds the smallest extra headcount on a monotone tandem (checked against trying everything)', async () => {
    const metric = tandem([2, 3, 2], [40, 90, 30]);
    const team = 45;
    const { evaluate } = fake(metric, team);
    const result = await searchStaffing({ params: 3, maxExtra: 8, better: 'lower', evaluate });
    const minimum = bruteForceMinimum(3, 8, metric, team, 'lower');
    expect(minimum).toBe(4);
    expect(result.found?.total).toBe(minimum);
    expect(siloNoWorse(result.found!.difference, 'lower')).toBe(true);
    // Every staffing with fewer people was tried and fell short.
    expect(result.path.filter((s) => s.total < minimum!).every((s) => !s.noWorse)).toBe(true);
    expect(result.path.filter((s) => s.total < minimum!)).toHaveLength(staffingCount(3, minimum! - 1));
  });

  it('finds the minimum also where more people do not always help (a non-monotone metric)', async () => {
    // One extra person on field 0 helps; two make it worse again; field 1 only helps in pairs.
    const metric = (e: readonly number[]) => 10 - (e[0] === 1 ? 3 : 0) - 5 * Math.floor(e[1] / 2);
    const { evaluate } = fake(metric, 4);
    const result = await searchStaffing({ params: 2, maxExtra: 6, better: 'lower', evaluate });
    expect(result.found?.total).toBe(bruteForceMinimum(2, 6, metric, 4, 'lower'));
    expect(result.found?.extra).toEqual([1, 2]);
  });

  it('a higher-is-better metric: the silo must not be significantly below the team', async () => {
    const throughput = (e: readonly number[]) => 200 + 30 * Math.min(e[0], 2) + 10 * e[1];
    const { evaluate } = fake(throughput, 258);
    const result = await searchStaffing({ params: 2, maxExtra: 5, better: 'higher', evaluate });
    expect(result.found?.total).toBe(bruteForceMinimum(2, 5, throughput, 258, 'higher'));
    expect(result.found?.extra).toEqual([2, 0]);
  });

  it('of several staffings at the smallest total, the best silo mean answers', async () => {
    const metric = (e: readonly number[]) => 10 - 2 * e[0] - 3 * e[1];
    const { evaluate } = fake(metric, 7);
    const result = await searchStaffing({ params: 2, maxExtra: 4, better: 'lower', evaluate });
    // Total 2: [2,0] → 6, [1,1] → 5, [0,2] → 4; all no worse than 7; 4 is best.
    expect(result.found?.total).toBe(1);
    expect(result.found?.extra).toEqual([0, 1]);
  });

  it('breaks a tie between equal means deterministically: the staffing tried first', async () => {
    const metric = (e: readonly number[]) => 10 - 3 * (e[0] + e[1] + e[2]);
    const { evaluate } = fake(metric, 7);
    const first = await searchStaffing({ params: 3, maxExtra: 3, better: 'lower', evaluate });
    expect(first.found?.extra).toEqual([1, 0, 0]);
    const again = await searchStaffing({ params: 3, maxExtra: 3, better: 'lower', evaluate: fake(metric, 7).evaluate });
    expect(again).toEqual(first);
  });

  it('stops at the first total that answers and never tries more people than --max-headcount', async () => {
    const metric = tandem([2, 3], [40, 90]);
    const { evaluate, calls } = fake(metric, 30);
    await searchStaffing({ params: 2, maxExtra: 20, better: 'lower', evaluate });
    const totals = calls.map((batch) => batch[0].reduce((a, b) => a + b, 0));
    expect(totals).toEqual(totals.map((_, i) => i));
    const unreachable = fake(() => 100, 30);
    await searchStaffing({ params: 2, maxExtra: 3, better: 'lower', evaluate: unreachable.evaluate });
    expect(Math.max(...unreachable.calls.flat().map((s) => s[0] + s[1]))).toBe(3);
  });

  it('tries every staffing once and says so when none up to the limit is no worse', async () => {
    const { evaluate, calls } = fake(tandem([2, 3], [40, 90]), 5);
    const result = await searchStaffing({ params: 2, maxExtra: 4, better: 'lower', evaluate });
    expect(result.found).toBeNull();
    expect(result.path).toHaveLength(staffingCount(2, 4));
    const keys = calls.flat().map((s) => s.join(','));
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.path.every((s) => !s.noWorse)).toBe(true);
  });

  it('with --max-headcount 0 only the current staffing is tried', async () => {
    const { evaluate, calls } = fake(() => 10, 12);
    const result = await searchStaffing({ params: 2, maxExtra: 0, better: 'lower', evaluate });
    expect(calls).toEqual([[[0, 0]]]);
    expect(result.found?.extra).toEqual([0, 0]);
  });
});
