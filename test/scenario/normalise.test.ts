import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import { fixture, parseFixture } from './helpers.js';

describe('parseScenario on the reference example (docs/model.md#an-example)', () => {
  const { scenario, issues } = parseFixture('good/design-example.yaml');
  const s = scenario!;

  it('parseScenario accepts the reference example (docs/model.md#an-example) without issues', () => {
    expect(issues).toEqual([]);
    expect(s).not.toBeNull();
  });

  it('parseScenario turns 10/h into a Poisson stream of 1/6 per minute', () => {
    expect(s.arrivals.rate).toBeCloseTo(1 / 6, 12);
    expect(s.arrivals.interarrival.kind).toBe('exponential');
    expect(s.arrivals.interarrival.mean).toBeCloseTo(6, 12);
  });

  it('parseScenario turns horizon 20d and warmup 2d into minutes', () => {
    expect(s.horizon).toBe(20 * 24 * 60);
    expect(s.warmup).toBe(2 * 24 * 60);
  });

  it('parseScenario keeps run.seed and run.replications', () => {
    expect([s.seed, s.replications]).toEqual([42, 20]);
  });

  it('parseScenario normalises shares 0.5 and 0.2 to sum to 1', () => {
    const shares = s.concernTypes.map((c) => c.share);
    expect(shares[0]).toBeCloseTo(0.5 / 0.7, 12);
    expect(shares[1]).toBeCloseTo(0.2 / 0.7, 12);
    expect(shares[0] + shares[1]).toBeCloseTo(1, 12);
  });

  it('parseScenario resolves after: [update-address] to the task index and orders it first', () => {
    const both = s.concernTypes[1];
    expect(both.tasks.map((t) => t.id)).toEqual(['update-address', 'answer']);
    expect(both.tasks[1].after).toEqual([0]);
    expect(both.order).toEqual([0, 1]);
  });

  it('parseScenario lifts every work spec into a Distribution with its theoretical mean', () => {
    const [update, answer] = s.concernTypes[1].tasks;
    expect(update.work.kind).toBe('lognormal');
    expect(update.work.mean).toBeCloseTo(12, 9);
    expect(answer.work.kind).toBe('triangular');
    expect(answer.work.mean).toBeCloseTo((10 + 20 + 45) / 3, 9);
    expect(s.failureDemand!.delay.mean).toBeCloseTo(2 * 1440, 9);
  });

  it('parseScenario fills labels and silo settings from the file', () => {
    expect(s.concernTypes[0].label).toBe('Adressänderung');
    const silo = s.silo!;
    expect(silo.intake).toMatchObject({ staff: 2, misroute: 0.05 });
    expect(silo.departments.map((d) => [d.id, d.staff, d.policy])).toEqual([
      ['stammdaten', 3, 'fifo'],
      ['leistung', 4, 'shortest-first'],
    ]);
    expect(silo.split).toBe('parallel');
    expect(silo.handoff.pickup).toBe(120);
    expect(silo.handoff.delay.mean).toBeCloseTo(60, 9);
    expect(silo.handoff.infoLoss).toBe(0.08);
  });

  it('parseScenario keeps team members, WIP limit and coordination', () => {
    const team = s.team!;
    expect(team.teams[0]).toMatchObject({ id: 'team-a', label: 'team-a' });
    expect(team.teams[0].members).toEqual([
      { count: 2, skills: { 'master-data': 1, benefits: 0.6 }, absence: null },
      { count: 2, skills: { benefits: 1, 'master-data': 0.6 }, absence: null },
    ]);
    expect([team.wipLimit, team.coordination]).toEqual([6, 0.05]);
    expect(team.handoff.rework.mean).toBe(10);
  });
});

describe('defaults', () => {
  const s = parseFixture('good/minimal.yaml').scenario!;

  it('parseScenario defaults seed 1, replications 10, warmup 0, description empty', () => {
    expect([s.seed, s.replications, s.warmup, s.description]).toEqual([1, 10, 0, '']);
  });

  it('parseScenario defaults handoffs to no delay, no pickup, no info loss, no rework', () => {
    for (const h of [s.silo!.handoff, s.team!.handoff]) {
      expect([h.delay.mean, h.pickup, h.infoLoss, h.rework.mean]).toEqual([0, 0, 0, 0]);
    }
  });

  it('parseScenario defaults to no intake, parallel split, fifo, unlimited WIP, no coordination, no failure demand', () => {
    expect(s.silo!.intake).toBeNull();
    expect(s.silo!.split).toBe('parallel');
    expect(s.silo!.departments[0]).toMatchObject({ policy: 'fifo', label: 'd1' });
    expect(s.team!.wipLimit).toBe(Number.POSITIVE_INFINITY);
    expect(s.team!.coordination).toBe(0);
    expect(s.failureDemand).toBeNull();
  });

  it('parseScenario lifts a bare number of work into a constant', () => {
    const work = s.concernTypes[0].tasks[0].work;
    expect([work.kind, work.mean, work.variance]).toEqual(['constant', 10, 0]);
  });
});

describe('dependency order', () => {
  it('parseScenario orders tasks by `after`, ties in the order listed', () => {
    const text = fixture('good/minimal.yaml').replace(
      '      - { id: a, skill: s1, work: 10 }\n      - { id: b, skill: s2, work: 10, after: [a] }',
      [
        '      - { id: reply, skill: s1, work: 10, after: [check, fix] }',
        '      - { id: fix, skill: s2, work: 10, after: [check] }',
        '      - { id: check, skill: s1, work: 10 }',
        '      - { id: file, skill: s2, work: 10 }',
      ].join('\n'),
    );
    const concern = parseScenario(text).scenario!.concernTypes[0];
    expect(concern.tasks[0].after).toEqual([2, 1]);
    expect(concern.order.map((i) => concern.tasks[i].id)).toEqual(['check', 'fix', 'reply', 'file']);
  });
});

describe('JSON input', () => {
  it('parseScenario reads a JSON scenario like YAML', () => {
    const { scenario, issues } = parseFixture('good/minimal.json');
    expect(issues).toEqual([]);
    expect(scenario!.horizon).toBe(1440);
    expect(scenario!.warmup).toBe(60);
    expect(scenario!.arrivals.rate).toBeCloseTo(1 / 30, 12);
    expect(scenario!.concernTypes[0].tasks[1].work.mean).toBeCloseTo(10, 12);
  });

  it('parseScenario reports STAFF_TOO_SMALL and UNKNOWN_KEY in JSON at line 10 with columns', () => {
    const { issues } = parseFixture('bad/json-staff.json');
    const staff = issues.find((i) => i.code === 'STAFF_TOO_SMALL')!;
    const key = issues.find((i) => i.code === 'UNKNOWN_KEY')!;
    expect(staff).toMatchObject({ path: 'organisations.silo.departments.0.staff', line: 10, column: 48 });
    expect(key).toMatchObject({ path: 'organisations.silo.departments.0.colour', line: 10, column: 51 });
  });
});
