// wip is the time-average number in the system, so Little's law holds on a steady flow.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/trace/events.js';
import { arrived, inTimeOrder, resolved, createStoredFold } from './trace.js';

/** One concern every `gap` minutes from time 0, each resolved `lead` minutes later. */
function steadyFlow(gap: number, lead: number, horizon: number): TraceEvent[] {
  const events: TraceEvent[] = [];
  for (let i = 0; i * gap <= horizon; i++) {
    events.push(arrived(i * gap, String(i)));
    if (i * gap + lead <= horizon) events.push(resolved(i * gap + lead, String(i)));
  }
  return inTimeOrder(events);
}

function metricsOf(events: TraceEvent[], warmup: number, horizon: number) {
  const fold = createStoredFold({ warmup, horizon, units: [], headcount: 0 });
  for (const event of events) fold.push(event);
  return fold.finish();
}

describe('wip', () => {
  it('equals arrival rate × mean lead time (Little) on a deterministic flow', () => {
    // Every 10 min a concern arrives and stays 25: 3 in the system for 5 min, 2 for 5 min.
    const metrics = metricsOf(steadyFlow(10, 25, 1000), 100, 1000);
    expect(metrics.leadTime.mean).toBe(25);
    expect(metrics.wip).toBe((1 / 10) * 25);
  });

  it('counts concerns that arrived before warmup while they are still in the system', () => {
    // 1 arrives before warmup and stays until 150; 2 arrives at 120 and stays to the horizon.
    const metrics = metricsOf([arrived(50, '1'), arrived(120, '2'), resolved(150, '1')], 100, 200);
    expect(metrics.wip).toBe((50 + 80) / 100);
    expect(metrics.arrived).toBe(1);
  });

  it('treats held concerns (every team at its wipLimit) as in the system', () => {
    const metrics = metricsOf([arrived(0, '1'), { type: 'held', at: 0, concern: '1' }], 0, 100);
    expect(metrics.wip).toBe(1);
  });
});
