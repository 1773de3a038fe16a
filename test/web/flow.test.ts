// The facilitator's flow as data: derived figures, answers to the room's questions, the
// explain step's figures and reasons, the live region's changes and the picker's catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metrics, TraceEvent } from '../../src/index.js';
import { derive, deriveView, measuredDays } from '../../web/flow/derived.js';
import { answersOf } from '../../web/flow/answers.js';
import { reasonOf, unitFigures, type UnitFigures } from '../../web/flow/explain.js';
import { changes } from '../../web/flow/live.js';
import { CATALOGUED, describedIn, scenarioInfo } from '../../web/flow/catalogue.js';
import { busiestDepartment } from '../../web/flow/staff.js';
import { sentence } from '../../web/flow/explain-view.js';
import { buildReplay } from '../../web/replay/replay.js';
import type { ResultView } from '../../web/worker/protocol.js';
import { ROOT } from '../browser/support/build.js';

function metrics(completed: number, errorRate: number, failureDemand: number, arrived: number): Metrics {
  const stats = { mean: 60, p50: 50, p85: 80, p95: 90, max: 100 };
  return {
    arrived,
    completed,
    open: arrived - completed,
    failureDemand,
    throughputPerDay: completed / 2,
    leadTime: stats,
    waitTime: stats,
    touchTime: stats,
    flowEfficiency: 0.5,
    handoffsPerConcern: 1,
    errorRate,
    errors: { order: 0, infoLoss: 0, misroute: 0 },
    wip: 3,
    utilisation: { overall: 0.7, byUnit: { leistung: 0.9, stammdaten: 0.5 } },
    headcount: 5,
  };
}

describe('derived figures', () => {
  it('first time right per day counts the completed concerns without an error; failure demand per day and share', () => {
    expect(measuredDays(3 * 1440, 1440)).toBe(2);
    expect(derive(metrics(100, 0.2, 30, 130), 2)).toEqual({
      firstTimeRightPerDay: 40,
      failureDemandPerDay: 15,
      failureDemandShare: 30 / 130,
    });
    expect(derive(metrics(0, Number.NaN, 0, 0), 2)).toMatchObject({ firstTimeRightPerDay: 0, failureDemandPerDay: 0 });
  });

  it('summarises over replications and pairs team − silo like the CLI does', () => {
    const silo = [metrics(100, 0.2, 30, 130), metrics(110, 0.3, 40, 150)];
    const team = [metrics(100, 0, 0, 100), metrics(104, 0, 0, 104)];
    const view = deriveView({ silo, team }, 2);
    expect(view.silo!.firstTimeRightPerDay.mean).toBeCloseTo((40 + 38.5) / 2);
    expect(view.team!.failureDemandPerDay.ci95).toEqual([0, 0]);
    expect(view.difference!.firstTimeRightPerDay.mean).toBeCloseTo((50 - 40 + 52 - 38.5) / 2);
    expect(deriveView({ silo }, 2).difference).toBeNull();
  });
});

const est = (mean: number) => ({ mean, ci95: [mean, mean] as [number, number] });
function resultWith(siloLead: number, teamLead: number, siloErrors: number): ResultView {
  const tree = (lead: number, errors: number) => ({
    leadTime: { mean: est(lead) },
    errorRate: est(errors),
    utilisation: { overall: est(0.7), byUnit: { stammdaten: est(0.5), leistung: est(0.9) } },
  });
  return {
    silo: { scenario: 's', mode: 'silo', seed: 1, replications: 2, metrics: tree(siloLead, siloErrors) },
    team: { scenario: 's', mode: 'team', seed: 1, replications: 2, metrics: tree(teamLead, 0.01) },
    difference: tree(teamLead - siloLead, 0.01 - siloErrors),
  } as unknown as ResultView;
}

describe('answers to the room', () => {
  it('lead time in hours as team − silo (negative: the roundabout is faster), error rates in per cent', () => {
    const a = answersOf(resultWith(240, 30, 0.21));
    expect(a.leadTime).toBe(-3.5);
    expect(a.siloErrors).toBeCloseTo(21);
    expect(a.teamErrors).toBeCloseTo(1);
    expect(a.extraStaff).toBeNull();
  });

  it('one more person: the direction of the silo lead time against the pinned run, within 5 % counts as the same', () => {
    const pinned = { result: resultWith(234, 30, 0.21), derived: null, overrides: [] };
    expect(answersOf(resultWith(564, 30, 0.39), pinned, true).extraStaff).toBe(1);
    expect(answersOf(resultWith(120, 30, 0.1), pinned, true).extraStaff).toBe(-1);
    expect(answersOf(resultWith(240, 30, 0.2), pinned, true).extraStaff).toBe(0);
  });

  it('the busiest department gets the extra person, with its override path', () => {
    const layout = {
      silo: {
        departments: [
          { id: 'stammdaten', label: 'Stammdaten', staff: 2 },
          { id: 'leistung', label: 'Leistung', staff: 3 },
        ],
      },
    };
    expect(busiestDepartment({ layout, result: resultWith(240, 30, 0.2) } as never)).toEqual({
      id: 'leistung',
      label: 'Leistung',
      staff: 3,
      path: 'organisations.silo.departments.1.staff',
    });
  });
});

describe('explain', () => {
  // Two parts queue at "leistung"; the second is answered before its prerequisite (an order error).
  const events: TraceEvent[] = [
    { type: 'arrived', at: 0, concern: '1', concernType: 'q', failureDemand: false },
    { type: 'queued', at: 0, concern: '1', task: 'answer', piece: 'task', unit: 'leistung' },
    { type: 'started', at: 20, concern: '1', task: 'answer', piece: 'task', unit: 'leistung', worker: 0, duration: 20 },
    { type: 'finished', at: 40, concern: '1', task: 'answer', piece: 'task', unit: 'leistung', worker: 0 },
    { type: 'resolved', at: 40, concern: '1' },
    { type: 'arrived', at: 10, concern: '2', concernType: 'q', failureDemand: false },
    { type: 'queued', at: 10, concern: '2', task: 'answer', piece: 'task', unit: 'leistung' },
    { type: 'started', at: 40, concern: '2', task: 'answer', piece: 'task', unit: 'leistung', worker: 0, duration: 20 },
    { type: 'finished', at: 60, concern: '2', task: 'answer', piece: 'task', unit: 'leistung', worker: 0 },
    { type: 'error', at: 60, concern: '2', task: 'answer', kind: 'order' },
    { type: 'resolved', at: 100, concern: '2' },
  ].sort((a, b) => a.at - b.at) as TraceEvent[];
  const replay = buildReplay('silo', events, 100, ['q']);
  const units = [{ id: 'leistung', label: 'Leistung', people: 1, shortestFirst: false }];

  it('time-average queue, mean wait per piece, pieces started and errors at the unit that worked the part', () => {
    const [f] = unitFigures(replay, units, { leistung: 0.4 }, { from: 0, to: 100 });
    // Concern 1 waits 0..20, concern 2 waits 10..40: 50 minutes of queue over 100.
    expect(f.queue).toBeCloseTo(0.5);
    expect(f.wait).toBeCloseTo(25);
    expect(f.pieces).toBe(2);
    expect(f.errors).toEqual({ order: 1, infoLoss: 0, misroute: 0 });
    expect(f.utilisation).toBe(0.4);
  });

  it('names the main reason by priority, and says it in one sentence with the numbers', () => {
    const base: UnitFigures = {
      id: 'leistung',
      label: 'Leistung',
      people: 3,
      utilisation: 0.9,
      queue: 12.3,
      wait: 240,
      errors: { order: 0, infoLoss: 0, misroute: 0 },
      pieces: 100,
      shortestFirst: false,
    };
    expect(reasonOf({ ...base, shortestFirst: true })).toBe('shortestFirst');
    expect(reasonOf({ ...base, errors: { order: 20, infoLoss: 0, misroute: 0 } })).toBe('orderErrors');
    expect(reasonOf(base)).toBe('saturated');
    expect(reasonOf({ ...base, utilisation: 0.3 })).toBe('spare');
    expect(reasonOf({ ...base, utilisation: 0.7 })).toBe('steady');
    expect(sentence('de', { ...base, shortestFirst: true })).toBe(
      'Leistung erledigt die kürzeste Arbeit zuerst, daher warten lange Teile: Im Mittel stehen 12,3 Teile in der Schlange, je Teil Ø 4,0 h, bei 90 % Auslastung.',
    );
    expect(sentence('en', { ...base, errors: { order: 20, infoLoss: 0, misroute: 0 } })).toMatch(
      /^Leistung often answers before the prerequisite is done: 20 wrong replies/,
    );
  });
});

describe('live region', () => {
  it('announces only the texts that changed', () => {
    const before = new Map([
      ['silo leadTime.mean', { label: 'Lead time (mean), Traffic light', text: '3.9 h' }],
      ['team leadTime.mean', { label: 'Lead time (mean), Roundabout', text: '30 min' }],
    ]);
    const after = new Map([
      ['silo leadTime.mean', { label: 'Lead time (mean), Traffic light', text: '9.4 h' }],
      ['team leadTime.mean', { label: 'Lead time (mean), Roundabout', text: '30 min' }],
    ]);
    expect(changes(before, after)).toEqual(['Lead time (mean), Traffic light: 3.9 h → 9.4 h']);
  });
});

describe('scenario picker catalogue', () => {
  const shipped = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));

  it('words the title and question of every shipped scenario in both languages', () => {
    expect([...CATALOGUED].sort()).toEqual(shipped.map((f) => f.replace(/\.yaml$/, '')).sort());
  });

  it("reads a loaded file's name and its '# question:' comment, as the shipped files write them", () => {
    const text = readFileSync(join(ROOT, 'scenarios/versicherung.yaml'), 'utf8');
    expect(describedIn(text)).toEqual({
      name: 'Versicherung: Umzug und Leistungsfrage',
      question:
        'The same seven people, the same customers: are concerns resolved faster and with fewer errors when cross-functional teams own them end to end (Kreisverkehr) than when departments pass them on (Ampel)?',
    });
    expect(scenarioInfo('de', { name: 'mine', file: 'mine.yaml', text: 'arrivals: {rate: 1}\n', shipped: false })).toEqual({
      title: 'mine.yaml',
      question: null,
    });
  });
});
