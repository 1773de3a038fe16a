// createMetricsFold on a hand-built silo trace whose every metric is worked out by hand.
import { describe, expect, it } from 'vitest';
import type { FoldContext } from '../../src/metrics/index.js';
import type { ConcernRecord, HourRow } from '../../src/metrics/types.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { arrived, error, finished, handoff, inTimeOrder, queued, resolved, started, createStoredFold } from './trace.js';

// Window [60, 480]: 420 measured minutes. Intake (1 person), Stammdaten (2), Leistung (1).
const ctx: FoldContext = {
  warmup: 60,
  horizon: 480,
  units: [
    { id: 'intake', capacity: 1 },
    { id: 'stammdaten', capacity: 2 },
    { id: 'leistung', capacity: 1 },
  ],
  headcount: 4,
};

const story: TraceEvent[] = inTimeOrder([
  // 1 arrives before warmup: not measured, but in the system (wip) and busy time (utilisation).
  arrived(30, '1'),
  queued(30, '1', 'intake'),
  started(40, '1', 'intake', 30, 'intake'),
  finished(70, '1', 'intake', 'intake'),
  handoff(70, '1', 'intake', 'stammdaten', 90),
  started(90, '1', 'stammdaten', 20),
  finished(110, '1', 'stammdaten'),
  resolved(110, '1'),
  // 2: intake, then two parallel parts, each a handoff; the Leistung part lost context.
  arrived(100, '2', 'move-and-question'),
  started(100, '2', 'intake', 10, 'intake'),
  finished(110, '2', 'intake', 'intake'),
  handoff(110, '2', 'intake', 'stammdaten', 120),
  handoff(110, '2', 'intake', 'leistung', 130),
  started(120, '2', 'stammdaten', 15),
  finished(135, '2', 'stammdaten'),
  error(130, '2', 'infoLoss'),
  started(130, '2', 'leistung', 40),
  finished(170, '2', 'leistung'),
  resolved(170, '2'),
  // 3: failure demand, misrouted, still being worked on at the horizon (460 + 40 > 480).
  arrived(200, '3', 'move', true),
  started(200, '3', 'intake', 10, 'intake'),
  finished(210, '3', 'intake', 'intake'),
  error(210, '3', 'misroute'),
  handoff(210, '3', 'intake', 'leistung', 300),
  started(460, '3', 'stammdaten', 40, 'misroute'),
  // 4: no handoff, first time right.
  arrived(240, '4'),
  started(250, '4', 'stammdaten', 30),
  finished(280, '4', 'stammdaten'),
  resolved(280, '4'),
]);

function run(events: TraceEvent[]) {
  const concerns: ConcernRecord[] = [];
  const hours: HourRow[] = [];
  const fold = createStoredFold(ctx, { onConcern: (r) => concerns.push(r), onHour: (r) => hours.push(r) });
  for (const event of events) fold.push(event);
  return { metrics: fold.finish(), concerns, hours };
}

describe('createMetricsFold on two completed concerns, one open, one before warmup', () => {
  it('gives every metric of docs/model.md#metric-definitions as computed by hand', () => {
    expect(run(story).metrics).toEqual({
      arrived: 3, // 2, 3, 4; concern 1 arrived before warmup
      completed: 2,
      open: 1,
      failureDemand: 1,
      throughputPerDay: 2 / (420 / 1440),
      // leads 70 and 40; type 7 between the two: 40 + p·30
      leadTime: { mean: 55, p50: 55, p85: 40 + 0.85 * 30, p95: 40 + 0.95 * 30, max: 70 },
      // touches: 2 is worked 100..110 and 120..170 (its parallel parts overlap 130..135,
      // which counts once) = 60; 4 is worked 30
      touchTime: { mean: 45, p50: 45, p85: 30 + 0.85 * 30, p95: 30 + 0.95 * 30, max: 60 },
      // waits 70 − 60 = 10 and 40 − 30 = 10
      waitTime: { mean: 10, p50: 10, p85: 10, p95: 10, max: 10 },
      flowEfficiency: 90 / 110,
      handoffsPerConcern: 1, // (2 + 0) / 2
      errorRate: 0.5, // concern 2 had an error, concern 4 none
      errors: { order: 0, infoLoss: 1, misroute: 1 }, // the open concern's misroute counts too
      // in system over [60, 480]: 1 for 50 min, 2 for 70, 3 for 280, 4 for 40
      wip: (50 + 70 + 280 + 40) / 420,
      utilisation: {
        // intake: 1 from warmup 60..70, 2 and 3 ten minutes each
        // stammdaten: 20 + 15 + 30, and 3's work clipped at the horizon to 20
        overall: (30 + 85 + 40) / (4 * 420),
        byUnit: { intake: 30 / 420, stammdaten: 85 / (2 * 420), leistung: 40 / 420 },
      },
      headcount: 4,
    });
  });

  it('reports completed concerns at resolution and the open one at finish with null completion', () => {
    expect(run(story).concerns).toEqual([
      {
        id: '2',
        type: 'move-and-question',
        arrival: 100,
        completion: 170,
        lead: 70,
        wait: 10,
        touch: 60,
        handoffs: 2,
        errors: 1,
        failureDemand: false,
      },
      { id: '4', type: 'move', arrival: 240, completion: 280, lead: 40, wait: 10, touch: 30, handoffs: 0, errors: 0, failureDemand: false },
      // touch counts work done by the horizon: 10 at intake, 20 of the 40 running at 480
      {
        id: '3',
        type: 'move',
        arrival: 200,
        completion: null,
        lead: null,
        wait: null,
        touch: 30,
        handoffs: 1,
        errors: 1,
        failureDemand: true,
      },
    ]);
  });

  it('reports a concern through onConcern as soon as it is resolved, not at finish', () => {
    const seen: string[] = [];
    const fold = createStoredFold(ctx, { onConcern: (r) => seen.push(r.id) });
    for (const event of story.filter((e) => e.at <= 170)) fold.push(event);
    expect(seen).toEqual(['2']);
  });

  it('emits one row per hour with all arrivals, starts, resolutions and the wip at its end', () => {
    expect(run(story).hours).toEqual([
      { hour: 0, arrived: 1, started: 1, completed: 0, wip: 1 },
      { hour: 1, arrived: 1, started: 2, completed: 1, wip: 1 },
      { hour: 2, arrived: 0, started: 2, completed: 1, wip: 0 },
      { hour: 3, arrived: 1, started: 1, completed: 0, wip: 1 },
      { hour: 4, arrived: 1, started: 1, completed: 1, wip: 1 },
      { hour: 5, arrived: 0, started: 0, completed: 0, wip: 1 },
      { hour: 6, arrived: 0, started: 0, completed: 0, wip: 1 },
      { hour: 7, arrived: 0, started: 1, completed: 0, wip: 1 },
    ]);
  });

  it('streams hour rows: an hour is emitted once an event of a later hour arrives', () => {
    const hours: number[] = [];
    const fold = createStoredFold(ctx, { onHour: (r) => hours.push(r.hour) });
    for (const event of story.filter((e) => e.at < 60)) fold.push(event);
    expect(hours).toEqual([]);
    fold.push(started(90, '1', 'stammdaten', 20));
    expect(hours).toEqual([0]);
  });

  it('gives the same metrics with and without hooks', () => {
    const fold = createStoredFold(ctx);
    for (const event of story) fold.push(event);
    expect(fold.finish()).toEqual(run(story).metrics);
  });
});

describe('createMetricsFold edge cases', () => {
  it('with nothing completed keeps counts at 0 and makes stats and ratios NaN (null in JSON)', () => {
    const fold = createStoredFold(ctx);
    fold.push(arrived(100, '1'));
    const metrics = fold.finish();
    expect(metrics).toMatchObject({
      arrived: 1,
      completed: 0,
      open: 1,
      throughputPerDay: 0,
      errors: { order: 0, infoLoss: 0, misroute: 0 },
    });
    expect(metrics.wip).toBe(380 / 420);
    for (const value of [...Object.values(metrics.leadTime), ...Object.values(metrics.waitTime), ...Object.values(metrics.touchTime)]) {
      expect(value).toBeNaN();
    }
    expect([metrics.flowEfficiency, metrics.handoffsPerConcern, metrics.errorRate]).toEqual([NaN, NaN, NaN]);
    expect(JSON.parse(JSON.stringify(metrics)).leadTime.p85).toBeNull();
  });

  it('counts a resolution exactly at the horizon and ignores events after it', () => {
    const fold = createStoredFold(ctx);
    for (const event of [arrived(400, '1'), arrived(470, '2'), resolved(480, '1'), resolved(490, '2')]) fold.push(event);
    expect(fold.finish()).toMatchObject({ arrived: 2, completed: 1, open: 1 });
  });

  it('refuses events out of time order, naming the invariant', () => {
    const fold = createStoredFold(ctx);
    fold.push(arrived(100, '1'));
    expect(() => fold.push(arrived(90, '2'))).toThrow(/time order/);
  });

  it('refuses work on a unit that the context does not list', () => {
    const fold = createStoredFold(ctx);
    expect(() => fold.push(started(100, '1', 'team-a', 5))).toThrow(/team-a.*FoldContext\.units/);
  });

  it('refuses a horizon before the warmup', () => {
    expect(() => createStoredFold({ ...ctx, horizon: 30 })).toThrow(/horizon/);
  });
});
