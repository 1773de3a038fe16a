// Working hours and arrival profiles as weekly patterns: parsing, open minutes, and when
// work that pauses at closing is done.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHours, parseHoursSpec, weekdayTime, WEEK } from '../../src/working-time/hours.js';
import { WeekPattern } from '../../src/working-time/week-pattern.js';

const hours = (...specs: string[]): WeekPattern => {
  const open = parseHours(specs);
  if (!Array.isArray(open)) throw new Error(JSON.stringify(open));
  return WeekPattern.hours(open);
};
const at = (day: number, hh: number, mm = 0): number => day * 1440 + hh * 60 + mm;
const FRI = 4;
const MON = 0;

describe('hours', () => {
  it('reads days, ranges of days, lists and times', () => {
    expect(parseHoursSpec('mon-fri 08:00-17:00')).toEqual([0, 1, 2, 3, 4].map((d) => [at(d, 8), at(d, 17)]));
    expect(parseHoursSpec('sat')).toEqual([[at(5, 0), at(6, 0)]]);
    expect(parseHoursSpec('mon,wed 13:00-24:00')).toEqual([
      [at(0, 13), at(1, 0)],
      [at(2, 13), at(3, 0)],
    ]);
    // Several specs join; touching ranges merge.
    expect(parseHours(['mon 08:00-12:00', 'mon 12:00-17:00'])).toEqual([[at(0, 8), at(0, 17)]]);
  });

  it.each([
    ['mon-fri 17:00-08:00', /end before they start/],
    ['fri 25:00', /past the end of the day/],
    ['fri 08:00', /needs a start and an end/],
    ['mon-fry 08:00-17:00', /"fry" is not a day/],
    ['fri-mon', /run backwards/],
    ['08:00-17:00', /must start with the days/],
    ['mon 08:75-09:00', /75 minutes/],
  ])('says what is wrong with %j', (spec, message) => {
    const problem = parseHoursSpec(spec);
    expect(Array.isArray(problem)).toBe(false);
    expect((problem as { message: string }).message).toMatch(message);
  });

  it('names clock minutes as weekday and time, Monday 00:00 being minute 0', () => {
    expect(weekdayTime(0)).toBe('Mon 00:00');
    expect(weekdayTime(at(FRI, 16, 30))).toBe('Fri 16:30');
    expect(weekdayTime(WEEK + at(MON, 8))).toBe('Mon 08:00');
  });
});

describe('WeekPattern', () => {
  const office = hours('mon-fri 08:00-17:00');

  it('finishes 60 minutes of work started Friday 16:30 on Monday 08:30', () => {
    expect(office.advance(at(FRI, 16, 30), 60)).toBe(WEEK + at(MON, 8, 30));
  });

  it('starts work that arrives while closed at the next opening', () => {
    expect(office.nextPositive(at(FRI, 18))).toBe(WEEK + at(MON, 8));
    expect(office.nextPositive(at(MON, 9))).toBe(at(MON, 9));
    expect(office.nextOpening(at(MON, 9))).toBe(at(1, 8));
  });

  it('counts open minutes: 45 h a week, 30 + 30 from Friday 16:30 to Monday 08:30', () => {
    expect(office.perWeek).toBe(45 * 60);
    expect(office.integral(at(FRI, 16, 30), WEEK + at(MON, 8, 30))).toBe(60);
    expect(office.integral(0, 10 * WEEK)).toBe(10 * 45 * 60);
  });

  it('around the clock is recognised as no hours at all', () => {
    expect(hours('mon-sun 00:00-24:00').alwaysOne).toBe(true);
    expect(hours('mon-fri', 'sat,sun').alwaysOne).toBe(true);
    expect(office.alwaysOne).toBe(false);
  });

  it('advance and integral are inverse: the work done between start and finish is the work asked for', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20 * WEEK, noNaN: true }), fc.double({ min: 0.001, max: 5 * WEEK, noNaN: true }), (t, work) => {
        const end = office.advance(t, work);
        expect(end).toBeGreaterThanOrEqual(t);
        expect(office.integral(t, end)).toBeCloseTo(work, 6);
        // It ends while open (or exactly at a closing), never in the middle of a closed stretch.
        expect(office.level(end) > 0 || office.level(end - 1e-6) > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an arrival profile: unit-rate gaps stretched by the rates, nothing where the rate is 0', () => {
    const profile = new WeekPattern([
      [at(MON, 8), at(MON, 10), 25 / 60],
      [at(5, 0), at(6, 0), 2 / 60],
    ]);
    expect(profile.perWeek).toBeCloseTo(50 + 48, 10);
    // One unit of integrated rate from Monday 08:00 takes 60/25 minutes.
    expect(profile.advance(at(MON, 8), 1)).toBeCloseTo(at(MON, 8) + 60 / 25, 10);
    // From Monday 10:00 the next rated minutes are Saturday's.
    expect(profile.advance(at(MON, 10), 1)).toBeCloseTo(at(5, 0) + 30, 10);
  });
});
