// Invariants that hold for every valid scenario, checked with fast-check over random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate.js';
import type { Mode, Scenario } from '../../src/scenario/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { randomScenario } from '../support/random-scenario.js';

function traced(s: Scenario, mode: Mode) {
  const events: TraceEvent[] = [];
  const metrics = simulate(s, mode, 0, { sink: (e) => events.push(e) });
  return { events, metrics };
}

describe.each<Mode>(['silo', 'team'])('%s organisation, any valid scenario', (mode) => {
  it('conserves concerns: arrived = completed + open, counted from the trace too', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { events: all, metrics } = traced(s, mode);
        const events = all.filter((e) => e.type !== 'absent');
        expect(metrics.arrived).toBe(metrics.completed + metrics.open);
        const measured = new Set(events.filter((e) => e.type === 'arrived' && e.at >= s.warmup).map((e) => e.concern));
        expect(metrics.arrived).toBe(measured.size);
        expect(metrics.completed).toBe(events.filter((e) => e.type === 'resolved' && measured.has(e.concern)).length);
      }),
      { numRuns: 60 },
    );
  });

  it('never runs time backwards, nor starts work before its concern arrived or beyond the horizon', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { events } = traced(s, mode);
        const arrival = new Map<string, number>();
        let last = 0;
        const broken: string[] = [];
        for (const e of events) {
          if (e.at < last) broken.push(`time went back to ${e.at} after ${last}`);
          if (e.at > s.horizon) broken.push(`${e.type} at ${e.at} after the horizon`);
          last = e.at;
          if (e.type === 'absent') continue;
          if (e.type === 'arrived') arrival.set(e.concern, e.at);
          else if (!(e.at >= arrival.get(e.concern)!)) broken.push(`${e.type} of ${e.concern} before its arrival`);
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never reports a negative wait: overlapping work counts once in touch time', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { metrics } = traced(s, mode);
        if (!(metrics.leadTime.mean > 0)) return; // flow efficiency is 0/0 when nothing took time
        expect(metrics.waitTime.mean).toBeGreaterThanOrEqual(-1e-9);
        expect(metrics.flowEfficiency).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 40 },
    );
  });

  it('reports every utilisation inside [0, 1]', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const { metrics } = traced(s, mode);
        for (const u of [metrics.utilisation.overall, ...Object.values(metrics.utilisation.byUnit)]) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives identical output for the same seed and a different one for another seed', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const once = JSON.stringify(traced(s, mode));
        expect(JSON.stringify(traced(s, mode))).toBe(once);
        const other = traced({ ...s, seed: s.seed + 1 }, mode);
        if (other.events.length + JSON.parse(once).events.length > 0) expect(JSON.stringify(other)).not.toBe(once);
      }),
      { numRuns: 30 },
    );
  });
});

it.each<Mode>(['silo', 'team'])('%s: no task starts before its prerequisites are done (team and sequential silo)', (mode) => {
  fc.assert(
    fc.property(randomScenario, (s) => {
      const sequential = { ...s, silo: s.silo && { ...s.silo, split: 'sequential' as const } };
      const { events } = traced(sequential, mode);
      const typeOf = new Map<string, string>();
      const finished = new Map<string, Set<string>>();
      for (const e of events) {
        if (e.type === 'arrived') typeOf.set(e.concern, e.concernType);
        if (e.type === 'finished' && e.piece === 'task')
          (finished.get(e.concern) ?? finished.set(e.concern, new Set()).get(e.concern)!).add(e.task);
        if (e.type === 'started' && e.piece === 'task') {
          const type = s.concernTypes.find((t) => t.id === typeOf.get(e.concern))!;
          const spec = type.tasks.find((t) => t.id === e.task)!;
          for (const before of spec.after) expect(finished.get(e.concern)?.has(type.tasks[before].id)).toBe(true);
        }
      }
    }),
    { numRuns: 60 },
  );
});
