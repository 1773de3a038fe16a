// Invariants of the fold over random well-formed traces (arrived < started < finished <
// resolved per concern), checked against counts taken straight from the generated concerns.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ConcernRecord, HourRow } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { arrived, error, finished, handoff, inTimeOrder, resolved, started, createStoredFold } from './trace.js';

const step = fc.oneof(
  fc.record({
    kind: fc.constant('work' as const),
    gap: fc.integer({ min: 1, max: 60 }),
    duration: fc.integer({ min: 1, max: 90 }),
    unit: fc.constantFrom('a', 'b'),
  }),
  fc.record({ kind: fc.constant('handoff' as const), gap: fc.integer({ min: 1, max: 60 }), delay: fc.integer({ min: 0, max: 120 }) }),
  fc.record({
    kind: fc.constant('error' as const),
    gap: fc.integer({ min: 1, max: 60 }),
    error: fc.constantFrom('order' as const, 'infoLoss' as const, 'misroute' as const),
  }),
);

const concernSpec = fc.record({
  arrival: fc.integer({ min: 0, max: 1500 }),
  failureDemand: fc.boolean(),
  steps: fc.array(step, { maxLength: 6 }),
  resolveGap: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
});

const world = fc.record({
  warmup: fc.integer({ min: 0, max: 300 }),
  length: fc.integer({ min: 1, max: 1200 }),
  concerns: fc.array(concernSpec, { maxLength: 40 }),
});

type Spec = typeof concernSpec extends fc.Arbitrary<infer S> ? S : never;

/** The concern's events in its own order, and when it is resolved (null: never). */
function eventsOf(id: string, spec: Spec): { events: TraceEvent[]; resolution: number | null } {
  const events: TraceEvent[] = [arrived(spec.arrival, id, 'move', spec.failureDemand)];
  let t = spec.arrival;
  for (const s of spec.steps) {
    t += s.gap;
    if (s.kind === 'work') {
      events.push(started(t, id, s.unit, s.duration));
      t += s.duration;
      events.push(finished(t, id, s.unit));
    } else if (s.kind === 'handoff') {
      events.push(handoff(t, id, 'a', 'b', t + s.delay));
    } else {
      events.push(error(t, id, s.error));
    }
  }
  const resolution = spec.resolveGap === null ? null : t + spec.resolveGap;
  if (resolution !== null) events.push(resolved(resolution, id));
  return { events, resolution };
}

describe('createMetricsFold on random well-formed traces', () => {
  it('conserves concerns: arrived = completed + open, each counted as the concerns say', () => {
    fc.assert(
      fc.property(world, ({ warmup, length, concerns }) => {
        const horizon = warmup + length;
        const built = concerns.map((spec, i) => ({ spec, ...eventsOf(String(i), spec) }));
        const records: ConcernRecord[] = [];
        const hours: HourRow[] = [];
        const fold = createStoredFold(
          {
            warmup,
            horizon,
            units: [
              { id: 'a', capacity: 1 },
              { id: 'b', capacity: 2 },
            ],
            headcount: 3,
          },
          { onConcern: (r) => records.push(r), onHour: (r) => hours.push(r) },
        );
        for (const event of inTimeOrder(built.flatMap((c) => c.events))) fold.push(event);
        const metrics = fold.finish();

        const measured = built.filter((c) => c.spec.arrival >= warmup && c.spec.arrival <= horizon);
        const done = measured.filter((c) => c.resolution !== null && c.resolution <= horizon);
        expect(metrics.arrived).toBe(measured.length);
        expect(metrics.completed).toBe(done.length);
        expect(metrics.arrived).toBe(metrics.completed + metrics.open);
        expect(metrics.failureDemand).toBe(measured.filter((c) => c.spec.failureDemand).length);

        // Every measured concern is reported exactly once; the open ones without completion.
        expect(records.map((r) => r.id).sort()).toEqual(measured.map((c) => String(concerns.indexOf(c.spec))).sort());
        expect(records.filter((r) => r.completion === null)).toHaveLength(metrics.open);

        // wip · window = the time every concern (measured or not) spent inside the window.
        const inside = built.reduce((sum, c) => {
          const from = Math.max(c.spec.arrival, warmup);
          const to = Math.min(c.resolution ?? Infinity, horizon);
          return sum + Math.max(0, to - from);
        }, 0);
        expect(metrics.wip * length).toBeCloseTo(inside, 6);

        // The hour rows add up to every arrival and resolution up to the horizon.
        expect(hours).toHaveLength(Math.ceil(horizon / 60));
        expect(hours.reduce((n, h) => n + h.arrived, 0)).toBe(built.filter((c) => c.spec.arrival <= horizon).length);
        expect(hours.reduce((n, h) => n + h.completed, 0)).toBe(
          built.filter((c) => c.resolution !== null && c.resolution <= horizon).length,
        );
        expect(hours.at(-1)?.wip).toBe(
          built.filter((c) => c.spec.arrival <= horizon && !(c.resolution !== null && c.resolution <= horizon)).length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every utilisation within [0, 1] when no worker overlaps itself', () => {
    // One concern at a time on unit a (capacity 1): its work never overlaps.
    fc.assert(
      fc.property(world, ({ warmup, length, concerns }) => {
        const horizon = warmup + length;
        const fold = createStoredFold({
          warmup,
          horizon,
          units: [
            { id: 'a', capacity: 1 },
            { id: 'b', capacity: 1 },
          ],
          headcount: 2,
        });
        let t = 0;
        concerns.forEach((spec, i) => {
          const single = {
            ...spec,
            arrival: t,
            steps: spec.steps.filter((s) => s.kind === 'work').map((s) => ({ ...s, unit: 'a' as const })),
          };
          const { events } = eventsOf(String(i), { ...single, resolveGap: 1 });
          for (const event of events) fold.push(event); // the fold ignores what lies past the horizon
          t = events.at(-1)!.at;
        });
        const { utilisation } = fold.finish();
        expect(utilisation.byUnit.a).toBeGreaterThanOrEqual(0);
        expect(utilisation.byUnit.a).toBeLessThanOrEqual(1 + 1e-12);
        expect(utilisation.byUnit.b).toBe(0);
        expect(utilisation.overall).toBeCloseTo(utilisation.byUnit.a / 2, 12);
      }),
      { numRuns: 200 },
    );
  });
});
