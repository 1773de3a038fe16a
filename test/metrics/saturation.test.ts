import { describe, expect, it } from 'vitest';
import { findSaturation } from '../../src/metrics/saturation.js';
import { summarise } from '../../src/metrics/summarise.js';
import type { Metrics } from '../../src/metrics/types.js';

const stats = { mean: 1, p50: 1, p85: 1, p95: 1, max: 1 };
function metrics(byUnit: Record<string, number>, arrived: number, open: number): Metrics {
  return {
    arrived,
    completed: arrived - open,
    open,
    failureDemand: 0,
    throughputPerDay: 1,
    leadTime: stats,
    waitTime: stats,
    touchTime: stats,
    flowEfficiency: 1,
    handoffsPerConcern: 0,
    errorRate: 0,
    errors: { order: 0, infoLoss: 0, misroute: 0 },
    wip: 1,
    utilisation: { overall: 0.5, byUnit },
    headcount: 3,
  };
}

describe('findSaturation', () => {
  it('names the units busy at least 95% of the time, busiest first', () => {
    const s = findSaturation('silo', summarise([metrics({ a: 0.96, b: 0.5, c: 0.99 }, 100, 1)]));
    expect(s?.units.map((u) => u.id)).toEqual(['c', 'a']);
  });

  it('reports a backlog of 5% or more open concerns even when no unit looks busy', () => {
    expect(findSaturation('team', summarise([metrics({ t: 0.6 }, 100, 5)]))?.open).toBe(5);
    expect(findSaturation('team', summarise([metrics({ t: 0.6 }, 100, 4)]))).toBeNull();
  });
});
