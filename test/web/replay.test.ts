import { describe, expect, it } from 'vitest';
import { activeAt, buildReplay, countUpTo } from '../../web/replay/replay.js';
import { journeyOf, returnsOf } from '../../web/replay/journey.js';
import { ORDER_TRACE, SILO_TRACE, TEAM_TRACE, TYPES } from './traces.js';

const silo = buildReplay('silo', SILO_TRACE, 600, TYPES);
const team = buildReplay('team', TEAM_TRACE, 600, TYPES);
const spans = (replay: typeof silo, key: string) =>
  replay.segments.filter((s) => replay.parts[s.part].key === key).map((s) => [s.kind, s.start, s.end, s.unit, s.to, s.worker]);

describe('buildReplay', () => {
  it('splits a concern into one part per task, each a list of queue, work and handoff segments', () => {
    expect(silo.parts.map((p) => p.key)).toEqual(['1|intake', '1|update-address', '1|answer', '2|intake', '2|update-address']);
    expect(spans(silo, '1|answer')).toEqual([
      ['handoff', 3, 120, 'intake', 'leistung', 0],
      ['queue', 120, 130, 'leistung', '', -1],
      ['work', 130, 150, 'leistung', '', 0],
    ]);
    expect(spans(silo, '1|intake')).toEqual([
      ['queue', 0, 0, 'intake', '', -1],
      ['work', 0, 3, 'intake', '', 0],
    ]);
  });

  it('records arrival, resolution, type, failure demand and errors per customer', () => {
    const one = silo.journeys.get('1')!;
    expect(one).toMatchObject({ arrival: 0, resolved: 150, type: 2, failureDemand: false, firstErrorAt: 3 });
    expect(one.errors).toEqual([{ at: 3, kind: 'infoLoss', task: 'answer' }]);
    expect(silo.journeys.get('2')).toMatchObject({ type: 0, failureDemand: true, firstErrorAt: Infinity, resolved: 142 });
  });

  it('activeAt gives the segments in progress at t, in start order', () => {
    const at = (t: number) => activeAt(silo, t).map((s) => `${silo.parts[s.part].key}:${s.kind}`);
    expect(at(1)).toEqual(['1|intake:work']);
    expect(at(50)).toEqual(['1|update-address:handoff', '1|answer:handoff', '2|update-address:handoff']);
    expect(at(125)).toEqual(['1|update-address:work', '1|answer:queue', '2|update-address:queue']);
    expect(at(150)).toEqual([]);
  });

  it('counts arrivals and resolutions up to t for the in-system and done counters', () => {
    expect(countUpTo(silo.arrivals, 9)).toBe(1);
    expect(countUpTo(silo.arrivals, 10)).toBe(2);
    expect(countUpTo(silo.resolutions, 149)).toBe(1);
    expect(countUpTo(silo.resolutions, 150)).toBe(2);
  });

  it('a team-internal handoff knows the member who continues; a held concern waits until queued', () => {
    expect(spans(team, '1|answer')[0]).toEqual(['handoff', 12, 17, 'team-a', 'team-a', 0]);
    expect(team.segments.find((s) => s.kind === 'handoff')!.nextWorker).toBe(2);
    expect(spans(team, '2|')).toEqual([['held', 1, 5, '', '', -1]]);
  });

  it('a part done before its prerequisite waits at its department until the correction is queued', () => {
    const r = buildReplay('silo', ORDER_TRACE, 600, TYPES);
    expect(spans(r, '5|answer')).toEqual([
      ['queue', 0, 0, 'leistung', '', -1],
      ['work', 0, 10, 'leistung', '', 2],
      ['blocked', 10, 40, 'leistung', '', -1],
      ['queue', 40, 45, 'leistung', '', -1],
      ['work', 45, 55, 'leistung', '', 1],
    ]);
    expect(r.journeys.get('5')!.errors).toEqual([{ at: 10, kind: 'order', task: 'answer' }]);
    // Cut before the correction: the wait lasts until the horizon.
    expect(spans(buildReplay('silo', ORDER_TRACE.slice(0, 7), 35, TYPES), '5|answer').at(-1)).toEqual([
      'blocked',
      10,
      35,
      'leistung',
      '',
      -1,
    ]);
  });

  it('segments of concerns open at the horizon end there', () => {
    const cut = buildReplay('silo', SILO_TRACE.slice(0, 14), 125, TYPES);
    expect(spans(cut, '1|update-address').at(-1)).toEqual(['work', 120, 125, 'stammdaten', '', 1]);
    expect(cut.journeys.get('1')!.resolved).toBeNull();
  });
});

describe('journeyOf', () => {
  it('gives rows per task with lead time, handoffs and working minutes', () => {
    const j = journeyOf(silo, '1')!;
    expect(j.rows.map((r) => r.task)).toEqual(['intake', 'update-address', 'answer']);
    expect(j).toMatchObject({ leadTime: 150, handoffs: 2, working: 3 + 12 + 20 });
    expect(journeyOf(silo, '99')).toBeNull();
  });

  it("finds a customer's returns as failure demand", () => {
    const r = buildReplay(
      'silo',
      [
        { type: 'arrived', at: 0, concern: '17', concernType: 'move', failureDemand: false },
        { type: 'arrived', at: 5, concern: '170', concernType: 'move', failureDemand: false },
        { type: 'arrived', at: 9, concern: '17/1', concernType: 'move', failureDemand: true },
      ],
      60,
      TYPES,
    );
    expect(returnsOf(r, '17')).toEqual(['17/1']);
  });
});
