// Working time in both organisations: exact oracles, the same bytes when the new keys
// change nothing, hours obeyed on every trace, arrival profiles, absences.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../src/scenario/parse.js';
import type { Mode, Scenario } from '../../src/scenario/types.js';
import { simulate } from '../../src/simulate.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { summarise } from '../../src/metrics/summarise.js';
import { WEEK } from '../../src/working-time/hours.js';

function scenarioOf(yaml: string): Scenario {
  const result = parseScenario(yaml, { file: 'test.yaml' });
  if (!result.scenario) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.scenario;
}

function traceOf(s: Scenario, mode: Mode, replication = 0): TraceEvent[] {
  const events: TraceEvent[] = [];
  simulate(s, mode, replication, { sink: (e) => events.push(e) });
  return events;
}

const both = (extra: string, { staff = 1, work = '60', arrivals = 'rate: 2/h', horizon = '4w', absence = '' } = {}) => `
name: working time
time: { horizon: ${horizon} }
run: { seed: 7, replications: 4 }
arrivals: { ${arrivals} }
${extra}
concerns:
  - { id: c, share: 1, tasks: [ { id: t, skill: s, work: ${work} } ] }
organisations:
  silo:
    departments: [ { id: d, skills: [s], staff: ${staff}${absence} } ]
  team:
    teams: [ { id: x, members: [ { count: ${staff}, skills: { s: 1 }${absence} } ] } ]
`;

const FRIDAY_1630 = 4 * 1440 + 16 * 60 + 30;
const MONDAY_0830_NEXT = WEEK + 8 * 60 + 30;

describe.each<Mode>(['silo', 'team'])('%s organisation with working hours', (mode) => {
  it('a 60-minute task arriving Friday 16:30 in a mon-fri 08:00-17:00 unit finishes Monday 08:30', () => {
    const s = scenarioOf(
      both('calendar: { hours: "mon-fri 08:00-17:00" }', { arrivals: `interarrival: ${FRIDAY_1630}`, horizon: `${FRIDAY_1630 + 5000}` }),
    );
    const events = traceOf(s, mode).filter((e) => e.type !== 'absent' && e.concern === '1');
    const started = events.find((e) => e.type === 'started')!;
    const finished = events.find((e) => e.type === 'finished')!;
    expect(started.at).toBe(FRIDAY_1630);
    expect(finished.at).toBe(MONDAY_0830_NEXT);
    const metrics = simulate(s, mode, 0);
    expect(metrics.leadTime.mean).toBe(MONDAY_0830_NEXT - FRIDAY_1630);
    // 30 open minutes on Friday and 30 on Monday: what a service-level agreement counts.
    expect(metrics.leadTimeWorking!.mean).toBe(60);
    expect(metrics.touchTime.mean).toBe(60);
  });

  it('work arriving at night starts when the unit opens', () => {
    const s = scenarioOf(both('calendar: { hours: "mon-fri 08:00-17:00" }', { arrivals: 'interarrival: 1200', horizon: '2000' }));
    const started = traceOf(s, mode).find((e) => e.type === 'started')!;
    expect(started.at).toBe(1440 + 8 * 60);
  });

  it('a calendar open 24/7 gives the same results as no calendar; so does absence share 0', () => {
    const plain = scenarioOf(both('', { staff: 2, work: '{ dist: exponential, mean: 40 }' }));
    const open = scenarioOf(both('calendar: { hours: "mon-sun 00:00-24:00" }', { staff: 2, work: '{ dist: exponential, mean: 40 }' }));
    const noAbsence = scenarioOf(both('absence: { share: 0 }', { staff: 2, work: '{ dist: exponential, mean: 40 }' }));
    const reference = JSON.stringify(traceOf(plain, mode));
    expect(JSON.stringify(traceOf(open, mode))).toBe(reference);
    expect(JSON.stringify(traceOf(noAbsence, mode))).toBe(reference);
    expect(simulate(open, mode, 1)).toEqual(simulate(plain, mode, 1));
  });
});

/** Random scenarios with hours: office hours of random length, random work, random load. */
const withHours = fc
  .record({
    from: fc.integer({ min: 0, max: 12 }),
    length: fc.integer({ min: 1, max: 12 }),
    days: fc.constantFrom('mon-fri', 'mon-sat', 'tue,thu', 'mon-sun'),
    staff: fc.integer({ min: 1, max: 3 }),
    mean: fc.integer({ min: 5, max: 300 }),
    rate: fc.integer({ min: 1, max: 6 }),
    share: fc.constantFrom(0, 0.05, 0.2),
  })
  .map(({ from, length, days, staff, mean, rate, share }) => {
    const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
    const calendar = `calendar: { hours: "${days} ${hh(from)}-${hh(Math.min(24, from + length))}" }`;
    const absence = share > 0 ? `absence: { share: ${share}, duration: { dist: exponential, mean: 1d } }` : '';
    return scenarioOf(
      both(`${calendar}\n${absence}`, { staff, work: `{ dist: exponential, mean: ${mean} }`, arrivals: `rate: ${rate}/d`, horizon: '3w' }),
    );
  });

describe.each<Mode>(['silo', 'team'])('%s organisation, random scenarios with hours and absences', (mode) => {
  it('nobody starts or continues work outside the unit hours, and arrived = completed + open', () => {
    fc.assert(
      fc.property(withHours, (s) => {
        const hours = (mode === 'silo' ? s.silo!.departments[0].hours : s.team!.teams[0].hours)!;
        const starts = new Map<string, { at: number; duration: number }>();
        for (const e of traceOf(s, mode)) {
          if (e.type === 'started') {
            // Starts only while open; its work is done in open minutes only.
            expect(hours.level(e.at)).toBeGreaterThan(0);
            starts.set(`${e.concern}|${e.unit}#${e.worker}`, { at: e.at, duration: e.duration });
          } else if (e.type === 'finished') {
            const start = starts.get(`${e.concern}|${e.unit}#${e.worker}`)!;
            expect(hours.integral(start.at, e.at)).toBeCloseTo(start.duration, 6);
          }
        }
        const m = simulate(s, mode, 0);
        expect(m.arrived).toBe(m.completed + m.open);
      }),
      { numRuns: 40 },
    );
  });
});

describe.each<Mode>(['silo', 'team'])('%s organisation, tasks.csv rows of random scenarios with hours and absences', (mode) => {
  it('start inside the unit hours and end inside them or at a closing, with open minutes worked in between', () => {
    fc.assert(
      fc.property(withHours, (s) => {
        const hours = (mode === 'silo' ? s.silo!.departments[0].hours : s.team!.teams[0].hours)!;
        let rows = 0;
        simulate(s, mode, 0, {
          onPiece: (p) => {
            rows++;
            expect(p.ready).toBeLessThanOrEqual(p.started);
            expect(hours.level(p.started)).toBeGreaterThan(0);
            expect(hours.level(p.finished) > 0 || hours.level(p.finished - 1e-6) > 0).toBe(true);
            if (p.finished > p.started) expect(hours.integral(p.started, p.finished)).toBeGreaterThan(0);
          },
        });
        return rows >= 0;
      }),
      { numRuns: 30 },
    );
  });
});

describe('arrival profile', () => {
  it('arrivals per hour of the week agree with the profile, and none where its rate is 0', () => {
    const s = scenarioOf(
      both('', {
        arrivals: `profile: [ { when: "mon-fri 08:00-10:00", rate: 30/h }, { when: "mon-fri 10:00-17:00", rate: 12/h }, { when: "sat", rate: 2/h } ]`,
        horizon: '8w',
        staff: 50,
        work: '1',
      }),
    );
    const counts = new Float64Array(168);
    const replications = 5;
    for (let r = 0; r < replications; r++) {
      for (const e of traceOf(s, 'silo', r)) if (e.type === 'arrived') counts[Math.floor((e.at % WEEK) / 60)]++;
    }
    const weeks = 8 * replications;
    for (let hour = 0; hour < 168; hour++) {
      const day = Math.floor(hour / 24);
      const h = hour % 24;
      const expected = day < 5 ? (h >= 8 && h < 10 ? 30 : h >= 10 && h < 17 ? 12 : 0) : day === 5 ? 2 : 0;
      const mean = expected * weeks;
      if (mean === 0) expect(counts[hour]).toBe(0);
      // Poisson: within 4 standard deviations.
      else expect(Math.abs(counts[hour] - mean)).toBeLessThanOrEqual(4 * Math.sqrt(mean));
    }
  });
});

describe('absences', () => {
  const absent = (share: number, staff: number, extra = '') =>
    scenarioOf(
      both(extra, {
        staff,
        work: '{ dist: exponential, mean: 30 }',
        arrivals: 'rate: 20/h',
        horizon: '20w',
        absence: `, absence: { share: ${share}, duration: { dist: exponential, mean: 2d } }`,
      }),
    );

  it('availability is 1 − share within its confidence interval', () => {
    const s = absent(0.2, 4);
    const runs = Array.from({ length: 8 }, (_, r) => simulate(s, 'silo', r));
    const availability = summarise(runs).availability!.overall;
    const half = (availability.ci95[1] - availability.ci95[0]) / 2;
    expect(Math.abs(availability.mean - 0.8)).toBeLessThanOrEqual(Math.max(2.5 * half, 0.01));
  });

  it.each<Mode>(['silo', 'team'])('%s: a saturated M/M/c whose servers are away with share s serves like (1 − s)·c servers', (mode) => {
    // 4 servers at 2 per hour each, 20 per hour arriving: always busy while present.
    const s = absent(0.25, 4);
    const runs = Array.from({ length: 6 }, (_, r) => simulate(s, mode, r));
    const throughput = summarise(runs).throughputPerDay;
    const expected = (1 - 0.25) * 4 * 2 * 24;
    const half = (throughput.ci95[1] - throughput.ci95[0]) / 2;
    expect(Math.abs(throughput.mean - expected)).toBeLessThanOrEqual(Math.max(2.5 * half, 0.03 * expected));
  });

  it('person k is away at the same times in both organisations (common random numbers)', () => {
    const s = absent(0.1, 3);
    const away = (mode: Mode) =>
      traceOf(s, mode, 2)
        .filter((e): e is Extract<TraceEvent, { type: 'absent' }> => e.type === 'absent')
        .map((e) => `${e.worker}: ${e.at}-${e.until}`);
    const silo = away('silo');
    expect(silo.length).toBeGreaterThan(5);
    expect(away('team')).toEqual(silo);
  });

  it('an interrupted piece goes back to the queue with its remaining work and is finished by someone', () => {
    const s = absent(0.3, 2);
    for (const mode of ['silo', 'team'] as const) {
      const events = traceOf(s, mode);
      const interrupted = events.filter((e) => e.type === 'interrupted');
      expect(interrupted.length).toBeGreaterThan(0);
      // Each interruption is followed by a handoff of the same concern at the same instant.
      for (const cut of interrupted.slice(0, 20)) {
        const next = events.find((e) => e.type === 'handoff' && e.concern === cut.concern && e.at === cut.at);
        expect(next).toBeDefined();
      }
      const m = simulate(s, mode, 0);
      expect(m.arrived).toBe(m.completed + m.open);
    }
  });
});

describe('both kernels', () => {
  it('give identical traces and metrics with hours, a profile and absences', async () => {
    const { loadKernel } = await import('../../src/kernel/index.js');
    const simjs = await loadKernel('simjs');
    const s = scenarioOf(
      both('calendar: { hours: ["mon-fri 08:00-12:00", "mon-thu 13:00-17:00"] }', {
        staff: 2,
        work: '{ dist: lognormal, mean: 45, sd: 30 }',
        arrivals: 'profile: [ { when: "mon 07:00-10:00", rate: 6/h }, { when: "tue-fri 08:00-16:00", rate: 2/h } ]',
        absence: ', absence: { share: 0.15, duration: { dist: exponential, mean: 2d } }',
      }),
    );
    for (const mode of ['silo', 'team'] as const) {
      const fast: TraceEvent[] = [];
      const other: TraceEvent[] = [];
      const a = simulate(s, mode, 1, { sink: (e) => fast.push(e) });
      const b = simulate(s, mode, 1, { sink: (e) => other.push(e), kernel: simjs });
      expect(JSON.stringify(other)).toBe(JSON.stringify(fast));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
  });
});

describe('scenario files', () => {
  const errorsOf = (yaml: string) => parseScenario(yaml, { file: 'bad.yaml' }).issues;

  it.each([
    ['mon-fri 17:00-08:00', /end before they start/],
    ['fri 25:00', /past the end of the day/],
  ])('reports the bad hours %j at their line and column', (spec, message) => {
    const issues = errorsOf(both(`calendar:\n  hours: "${spec}"`));
    const issue = issues.find((i) => i.code === 'INVALID_HOURS')!;
    expect(issue.path).toBe('calendar.hours');
    expect(issue.message).toMatch(message);
    expect(issue.line).toBe(7);
    expect(issue.column).toBe(10);
  });

  it('reports a bad entry in a list of hours by its index, and overlapping profile entries', () => {
    const issues = errorsOf(both('calendar:\n  hours: ["mon-fri 08:00-12:00", "sun 12:00-11:00"]'));
    expect(issues.map((i) => `${i.code} ${i.path}`)).toContain('INVALID_HOURS calendar.hours.1');
    const overlap = errorsOf(both('', { arrivals: 'profile: [ { when: "mon-fri", rate: 2/h }, { when: "fri 08:00-09:00", rate: 3/h } ]' }));
    expect(overlap.map((i) => `${i.code} ${i.path}`)).toContain('OVERLAPPING_PROFILE arrivals.profile.1.when');
  });

  it('refuses rate and profile together, and an absence share of 1', () => {
    const both2 = errorsOf(both('', { arrivals: 'rate: 2/h, profile: [ { when: "mon", rate: 1/h } ]' }));
    expect(both2.map((i) => i.code)).toContain('CONFLICTING_KEYS');
    const share = errorsOf(both('absence: { share: 1 }'));
    expect(share.map((i) => `${i.code} ${i.path}`)).toContain('ABSENCE_SHARE_RANGE absence.share');
  });

  it('takes the new keys from --set', () => {
    const result = parseScenario(both(''), {
      file: 'x.yaml',
      overrides: [
        { path: 'calendar', value: '{hours: "mon-fri 08:00-17:00"}' },
        { path: 'organisations.silo.departments.0.absence', value: '{share: 0.1}' },
      ],
    });
    expect(result.issues).toEqual([]);
    expect(result.scenario!.silo!.departments[0].hours).not.toBeNull();
    expect(result.scenario!.silo!.departments[0].absence!.share).toBe(0.1);
  });
});
