// What the page draws of working time: each unit's hours in the layouts, the clock as
// weekday and time, whether a unit is open at a playback instant, and who is away when.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextOpenStart, openAt, scenarioLayout, weekdayTime } from '../../src/index.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { simulate } from '../../src/simulate.js';
import type { TraceEvent } from '../../src/trace/events.js';
import { buildReplay } from '../../web/replay/replay.js';
import { packReplay, unpackReplay } from '../../web/replay/packed-replay.js';
import { awayAt, personKey } from '../../web/replay/absences.js';
import { formatWeekTime } from '../../web/replay/clock.js';
import { KPIS, kpisFor } from '../../web/app/kpis.js';
import { sliderDefs } from '../../web/app/sliders.js';
import type { MetricsSummary } from '../../src/index.js';
import { SILO_TRACE, TYPES } from './traces.js';

const DAY = 1440;
const WEEK = 7 * DAY;
const at = (day: number, hour: number, minute = 0) => day * DAY + hour * 60 + minute;
const MON = 0;
const THU = 3;
const SAT = 5;

const scenarioOf = (file: string) =>
  parseScenario(readFileSync(new URL(`../../scenarios/${file}.yaml`, import.meta.url), 'utf8')).scenario!;

describe('layout hours', () => {
  const buergeramt = scenarioOf('buergeramt-umzug');
  const layout = scenarioLayout(buergeramt, ['silo', 'team']);
  // calendar.hours: ["mon-fri 08:00-12:00", "thu 14:00-18:00"]
  const expected = [
    [at(0, 8), at(0, 12)],
    [at(1, 8), at(1, 12)],
    [at(2, 8), at(2, 12)],
    [at(3, 8), at(3, 12)],
    [at(3, 14), at(3, 18)],
    [at(4, 8), at(4, 12)],
  ];

  it('scenarioLayout gives every unit of both organisations its open intervals of the week', () => {
    expect(layout.silo!.intake!.hours).toEqual(expected);
    for (const d of layout.silo!.departments) expect(d.hours, d.id).toEqual(expected);
    for (const t of layout.team!.teams) expect(t.hours, t.id).toEqual(expected);
  });

  it('the layout survives the trip to the page as plain data', () => {
    expect(structuredClone(layout)).toEqual(layout);
  });

  it('a scenario without hours has null hours and no weekday clock; one with hours has the weekday clock', () => {
    const plain = scenarioLayout(scenarioOf('versicherung'), ['silo', 'team']);
    expect(plain.weekly).toBe(false);
    expect(plain.silo!.departments.map((d) => d.hours)).toEqual(plain.silo!.departments.map(() => null));
    expect(plain.team!.teams.every((t) => t.hours === null)).toBe(true);
    expect(layout.weekly).toBe(true);
  });

  it('openAt: closed at night and on Saturday, open Monday 09:00 and on the long Thursday afternoon, in any week', () => {
    const hours = layout.silo!.intake!.hours!;
    expect(openAt(hours, at(MON, 3))).toBe(false);
    expect(openAt(hours, at(MON, 9))).toBe(true);
    expect(openAt(hours, WEEK + at(MON, 9))).toBe(true);
    expect(openAt(hours, at(MON, 12))).toBe(false); // [start, end): closing time is closed
    expect(openAt(hours, at(THU, 15))).toBe(true);
    expect(openAt(hours, at(SAT, 10))).toBe(false);
    expect(openAt(null, at(SAT, 3))).toBe(true);
  });

  it('nextOpenStart: from Saturday night the next opening is Monday 08:00 of the next week', () => {
    const hours = layout.silo!.intake!.hours!;
    expect(nextOpenStart(hours, at(SAT, 3))).toBe(WEEK + at(MON, 8));
    expect(nextOpenStart(hours, 2 * WEEK + at(THU, 13))).toBe(2 * WEEK + at(THU, 14));
    expect(weekdayTime(nextOpenStart(hours, at(THU, 19)), ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'])).toBe('Fr 08:00');
    expect(nextOpenStart([], 0)).toBe(Infinity);
  });
});

describe('weekday clock', () => {
  it('formatWeekTime reads "Week 2, Mon 08:00" in English and "Woche 2, Mo 08:00" in German', () => {
    expect(formatWeekTime(WEEK + at(MON, 8), 'en')).toBe('Week 2, Mon 08:00');
    expect(formatWeekTime(WEEK + at(MON, 8), 'de')).toBe('Woche 2, Mo 08:00');
    expect(formatWeekTime(at(SAT, 23, 59.7), 'de')).toBe('Woche 1, Sa 23:59');
    expect(formatWeekTime(0, 'en')).toBe('Week 1, Mon 00:00');
  });
});

describe('absences in the replay', () => {
  const absent = (at: number, unit: string, worker: number, until: number): TraceEvent => ({ type: 'absent', at, unit, worker, until });

  it('keeps each absent event as [at, until) of that person, cut at the horizon', () => {
    const trace = [...SILO_TRACE, absent(0, 'stammdaten', 1, 90), absent(100, 'leistung', 0, 900)].sort((a, b) => a.at - b.at);
    const replay = buildReplay('silo', trace, 600, TYPES);
    expect(replay.absences).toEqual([
      { unit: 'stammdaten', worker: 1, start: 0, end: 90 },
      { unit: 'leistung', worker: 0, start: 100, end: 600 },
    ]);
    expect(awayAt(replay, 0)).toEqual(new Set([personKey('stammdaten', 1)]));
    expect(awayAt(replay, 89.9)).toEqual(new Set(['stammdaten#1']));
    expect(awayAt(replay, 90)).toEqual(new Set());
    expect(awayAt(replay, 150)).toEqual(new Set(['leistung#0']));
  });

  it('a trace without absences has none, and nobody is away', () => {
    const replay = buildReplay('silo', SILO_TRACE, 600, TYPES);
    expect(replay.absences).toEqual([]);
    expect(awayAt(replay, 30).size).toBe(0);
  });

  it('a replication with 8 % absence: the replay holds every absent event and survives packing', () => {
    const scenario = scenarioOf('versicherung-urlaub');
    for (const mode of ['silo', 'team'] as const) {
      const events: TraceEvent[] = [];
      simulate(scenario, mode, 0, { sink: (e) => events.push(e) });
      const replay = buildReplay(
        mode,
        events,
        scenario.horizon,
        scenario.concernTypes.map((c) => c.id),
      );
      const absents = events.filter((e): e is Extract<TraceEvent, { type: 'absent' }> => e.type === 'absent');
      expect(absents.length).toBeGreaterThan(0);
      expect(replay.absences).toEqual(
        absents.map((e) => ({ unit: e.unit, worker: e.worker, start: e.at, end: Math.min(e.until, scenario.horizon) })),
      );
      const first = absents[0];
      expect(awayAt(replay, first.at).has(personKey(first.unit, first.worker))).toBe(true);
      expect(unpackReplay(structuredClone(packReplay(replay))).absences).toEqual(replay.absences);
    }
  });
});

describe('working-time KPIs and the absence slider', () => {
  const valuesOf = (file: string) =>
    parseScenario(readFileSync(new URL(`../../scenarios/${file}.yaml`, import.meta.url), 'utf8')).plain!.current as Record<string, unknown>;
  const estimate = { mean: 1, ci95: [0, 2] as [number, number] };

  it('kpisFor adds working lead time and availability only when the metrics have them', () => {
    const base = kpisFor([null]).map((d) => d.metric);
    expect(base).toEqual(KPIS.map((d) => d.metric));
    const withBoth = { leadTimeWorking: { mean: estimate }, availability: { overall: estimate } } as unknown as MetricsSummary;
    expect(kpisFor([null, withBoth]).map((d) => d.metric)).toEqual([...base, 'leadTimeWorking.mean', 'availability.overall']);
    const onlyHours = { leadTimeWorking: { mean: estimate } } as unknown as MetricsSummary;
    expect(kpisFor([onlyHours]).map((d) => d.metric)).toEqual([...base, 'leadTimeWorking.mean']);
  });

  it('the absence slider starts at the scenario share (0 without absences) and sets absence.share', () => {
    const urlaub = sliderDefs(valuesOf('versicherung-urlaub')).find((d) => d.id === 'absence')!;
    expect(urlaub).toMatchObject({ initial: 0.08, min: 0, unit: 'share' });
    expect(urlaub.overrides(0.15)).toEqual([{ path: 'absence.share', value: '0.15' }]);
    const plain = sliderDefs(valuesOf('versicherung')).find((d) => d.id === 'absence')!;
    expect(plain.initial).toBe(0);
  });

  it('moving the slider on a scenario without absences gives everyone absences of 3 days on average', () => {
    const plain = sliderDefs(valuesOf('versicherung')).find((d) => d.id === 'absence')!;
    const text = readFileSync(new URL('../../scenarios/versicherung.yaml', import.meta.url), 'utf8');
    const scenario = parseScenario(text, { overrides: plain.overrides(0.1) }).scenario!;
    expect(scenario.absences).toBe(true);
    const stammdaten = scenario.silo!.departments[0].absence!;
    expect(stammdaten.share).toBe(0.1);
    expect(stammdaten.duration.mean).toBe(3 * DAY);
  });
});
