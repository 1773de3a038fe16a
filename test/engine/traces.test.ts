// Exact traces of tiny hand-built flows: each pins one rule of docs/model.md#the-silo-organisation or docs/model.md#the-team-organisation.
import { describe, expect, it } from 'vitest';
import { concernType, department, dist, noHandoff, scenario, sequence, task } from '../support/build.js';
import { linesOf } from '../support/trace.js';

/** One concern arriving at minute 10 (the next gap ends after the horizon). */
const oneConcern = () => ({ interarrival: sequence(10, 1e9), horizon: 1000 });

describe('silo (Ampel)', () => {
  it('a handoff waits for the next pickup instant (the traffic light turns green every 60 min)', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('move', [task('a', 'sa', 20), task('b', 'sb', 15, [0])])],
      silo: {
        departments: [department('A', ['sa'], 1), department('B', ['sb'], 1)],
        split: 'sequential',
        handoff: { ...noHandoff(), delay: dist(5), pickup: 60 },
      },
    });
    expect(linesOf(s, 'silo')).toEqual([
      '10 arrived 1',
      '10 queued 1 a at A',
      '10 started 1 a at A#0 for 20',
      '30 finished 1 a at A#0',
      '30 handoff 1 b A>B ready 60',
      '60 queued 1 b at B',
      '60 started 1 b at B#0 for 15',
      '75 finished 1 b at B#0',
      '75 resolved 1',
    ]);
  });

  it('context lost on a handoff costs the receiver rework on top of the task', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('move', [task('a', 'sa', 20), task('b', 'sb', 15, [0])])],
      silo: {
        departments: [department('A', ['sa'], 1), department('B', ['sb'], 1)],
        split: 'sequential',
        handoff: { delay: dist(5), pickup: 0, infoLoss: 1, rework: dist(7) },
      },
    });
    expect(linesOf(s, 'silo')).toEqual([
      '10 arrived 1',
      '10 queued 1 a at A',
      '10 started 1 a at A#0 for 20',
      '30 finished 1 a at A#0',
      '30 handoff 1 b A>B ready 35',
      '30 error infoLoss 1 b',
      '35 queued 1 b at B',
      '35 started 1 b at B#0 for 22',
      '57 finished 1 b at B#0',
      '57 resolved 1',
    ]);
  });

  it('an order error (the letter went to the old address) is corrected once the prerequisite is done', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('move-and-question', [task('address', 'master', 30), task('answer', 'benefits', 10, [0])])],
      silo: { departments: [department('stamm', ['master'], 1), department('leistung', ['benefits'], 1)], split: 'parallel' },
    });
    expect(linesOf(s, 'silo')).toEqual([
      '10 arrived 1',
      '10 queued 1 address at stamm',
      '10 started 1 address at stamm#0 for 30',
      '10 queued 1 answer at leistung',
      '10 started 1 answer at leistung#0 for 10',
      '20 finished 1 answer at leistung#0',
      '20 error order 1 answer',
      '40 finished 1 address at stamm#0',
      '40 queued 1 answer at leistung (correction)',
      '40 started 1 answer at leistung#0 for 10',
      '50 finished 1 answer at leistung#0',
      '50 resolved 1',
    ]);
  });

  it('a wrong reply brings the customer back as failure demand of the same type', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('mq', [task('address', 'master', 30), task('answer', 'benefits', 10, [0])])],
      silo: { departments: [department('stamm', ['master'], 1), department('leistung', ['benefits'], 1)] },
      failureDemand: { probability: 1, delay: dist(100) },
    });
    const lines = linesOf(s, 'silo');
    expect(lines).toContain('20 error order 1 answer');
    expect(lines).toContain('120 arrived 1/1 (failure demand)');
    expect(lines).toContain('130 error order 1/1 answer');
    expect(lines).toContain('230 arrived 1/2 (failure demand)');
  });

  it('intake triage precedes every part, and each part is handed from intake to its department', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('mq', [task('address', 'master', 30), task('answer', 'benefits', 10)])],
      silo: {
        intake: { staff: 1, work: dist(3), misroute: 0 },
        departments: [department('stamm', ['master'], 1), department('leistung', ['benefits'], 1)],
        handoff: { ...noHandoff(), delay: dist(2) },
      },
    });
    expect(linesOf(s, 'silo').slice(0, 6)).toEqual([
      '10 arrived 1',
      '10 queued 1 intake at intake (intake)',
      '10 started 1 intake at intake#0 for 3',
      '13 finished 1 intake at intake#0',
      '13 handoff 1 address intake>stamm ready 15',
      '13 handoff 1 answer intake>leistung ready 15',
    ]);
  });

  it('a misrouted part is recognised at the wrong department and handed on (an extra handoff)', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('m', [task('address', 'master', 30)])],
      silo: {
        intake: { staff: 1, work: dist(3), misroute: 1 },
        departments: [department('stamm', ['master'], 1), department('leistung', ['benefits'], 1)],
      },
    });
    expect(linesOf(s, 'silo')).toEqual([
      '10 arrived 1',
      '10 queued 1 intake at intake (intake)',
      '10 started 1 intake at intake#0 for 3',
      '13 finished 1 intake at intake#0',
      '13 error misroute 1 address',
      '13 handoff 1 address intake>leistung ready 13',
      '13 queued 1 address at leistung (misroute)',
      '13 started 1 address at leistung#0 for 3',
      '16 finished 1 address at leistung#0',
      '16 handoff 1 address leistung>stamm ready 16',
      '16 queued 1 address at stamm',
      '16 started 1 address at stamm#0 for 30',
      '46 finished 1 address at stamm#0',
      '46 resolved 1',
    ]);
  });

  it('shortest-first lets a short part overtake a longer one that waited longer', () => {
    const started = (policy: 'fifo' | 'shortest-first') =>
      linesOf(
        scenario({
          interarrival: sequence(1, 1, 1, 1e9),
          horizon: 100,
          types: [concernType('c', [task('t', 's', sequence(10, 8, 2))])],
          silo: { departments: [department('d', ['s'], 1, policy)] },
        }),
        'silo',
      ).filter((l) => l.includes('started'));
    expect(started('shortest-first')).toEqual([
      '1 started 1 t at d#0 for 10',
      '11 started 3 t at d#0 for 2',
      '13 started 2 t at d#0 for 8',
    ]);
    expect(started('fifo')).toEqual(['1 started 1 t at d#0 for 10', '11 started 2 t at d#0 for 8', '19 started 3 t at d#0 for 2']);
  });
});

describe('team (Kreisverkehr)', () => {
  const twoTasks = [concernType('mq', [task('address', 'master', 20), task('answer', 'benefits', 12, [0])])];

  it('a member without the next skill hands the concern to a teammate who continues it', () => {
    const s = scenario({
      ...oneConcern(),
      types: twoTasks,
      team: {
        teams: [
          {
            id: 'a',
            label: 'a',
            members: [
              { count: 1, skills: { master: 1 } },
              { count: 1, skills: { benefits: 1 } },
            ],
          },
        ],
        handoff: { ...noHandoff(), delay: dist(5) },
      },
    });
    expect(linesOf(s, 'team')).toEqual([
      '10 arrived 1',
      '10 queued 1 address at a',
      '10 started 1 address at a#0 for 20',
      '30 finished 1 address at a#0',
      '30 handoff 1 answer a>a ready 35',
      '35 queued 1 answer at a',
      '35 started 1 answer at a#1 for 12',
      '47 finished 1 answer at a#1',
      '47 resolved 1',
    ]);
  });

  it('a T-shaped member continues her own concern without a handoff, at her proficiency, stretched by coordination', () => {
    const s = scenario({
      ...oneConcern(),
      types: twoTasks,
      team: {
        teams: [
          {
            id: 'a',
            label: 'a',
            members: [
              { count: 1, skills: { master: 1, benefits: 0.5 } },
              { count: 1, skills: { benefits: 1 } },
            ],
          },
        ],
        coordination: 0.2,
      },
    });
    expect(linesOf(s, 'team')).toEqual([
      '10 arrived 1',
      '10 queued 1 address at a',
      '10 started 1 address at a#0 for 25',
      '35 finished 1 address at a#0',
      '35 started 1 answer at a#0 for 30',
      '65 finished 1 answer at a#0',
      '65 resolved 1',
    ]);
  });

  it('the most proficient idle member takes a ready task', () => {
    const s = scenario({
      ...oneConcern(),
      types: [concernType('q', [task('answer', 'benefits', 12)])],
      team: {
        teams: [
          {
            id: 'a',
            label: 'a',
            members: [
              { count: 1, skills: { benefits: 0.5 } },
              { count: 1, skills: { benefits: 1 } },
            ],
          },
        ],
      },
    });
    expect(linesOf(s, 'team')).toContain('10 started 1 answer at a#1 for 12');
  });

  it('at wipLimit a concern is held back until the team finishes one', () => {
    const s = scenario({
      interarrival: sequence(10, 1, 1e9),
      horizon: 1000,
      types: [concernType('q', [task('answer', 'benefits', 12)])],
      team: { teams: [{ id: 'a', label: 'a', members: [{ count: 2, skills: { benefits: 1 } }] }], wipLimit: 1 },
    });
    expect(linesOf(s, 'team')).toEqual([
      '10 arrived 1',
      '10 queued 1 answer at a',
      '10 started 1 answer at a#0 for 12',
      '11 arrived 2',
      '11 held 2',
      '22 finished 1 answer at a#0',
      '22 resolved 1',
      '22 queued 2 answer at a',
      '22 started 2 answer at a#1 for 12',
      '34 finished 2 answer at a#1',
      '34 resolved 2',
    ]);
  });
});
