// The weekly arrival profile: slot counts, merging by the Poisson likelihood-ratio test, and
// the `when` strings it is written as.
import { describe, expect, it } from 'vitest';
import { fitProfile, openMinutes, weekEntries } from '../../src/fit/index.js';
import { mergeStatistic } from '../../src/fit/profile.js';
import { createRng } from '../../src/random/index.js';

const WEEK = 10080;

/** A non-homogeneous Poisson stream by thinning: rate(t) per minute, at most `peak`. */
function poisson(rate: (t: number) => number, peak: number, end: number, seed: number): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - rng.next()) / peak;
    if (t >= end) return out;
    if (rng.next() < rate(t) / peak) out.push(t);
  }
}

describe('mergeStatistic', () => {
  it('is 0 for equal rates and grows with the difference', () => {
    expect(mergeStatistic({ arrivals: 10, hours: 1 }, { arrivals: 20, hours: 2 })).toBeCloseTo(0, 12);
    // 2·[10·ln 10 + 40·ln 20 − 50·ln(50/3)]
    const expected = 2 * (10 * Math.log(10) + 40 * Math.log(20) - 50 * Math.log(50 / 3));
    expect(mergeStatistic({ arrivals: 10, hours: 1 }, { arrivals: 40, hours: 2 })).toBeCloseTo(expected, 10);
    expect(mergeStatistic({ arrivals: 10, hours: 1 }, { arrivals: 80, hours: 2 })).toBeGreaterThan(expected);
  });
  it('an unobserved slot never joins an observed one, and joins another unobserved one freely', () => {
    expect(mergeStatistic({ arrivals: 0, hours: 0 }, { arrivals: 40, hours: 2 })).toBe(Infinity);
    expect(mergeStatistic({ arrivals: 0, hours: 0 }, { arrivals: 0, hours: 0 })).toBe(0);
  });
});

describe('fitProfile', () => {
  it('a constant Poisson stream of 10/h over 8 weeks is flat at 10/h within sampling error', () => {
    const arrivals = poisson(() => 10 / 60, 10 / 60, 8 * WEEK, 1);
    const profile = fitProfile([{ from: 0, to: 8 * WEEK, arrivals }]);
    expect(profile.flat).toBe(true);
    const se = Math.sqrt(profile.arrivals) / profile.hours;
    expect(Math.abs(profile.ratePerHour - 10)).toBeLessThan(3 * se);
  });

  it('office hours mon-fri 08-17 at 20/h and 2/h otherwise: segments with those rates and boundaries', () => {
    const office = (t: number) => {
      const m = t % WEEK;
      const day = Math.floor(m / 1440);
      const hour = (m % 1440) / 60;
      return day < 5 && hour >= 8 && hour < 17 ? 20 / 60 : 2 / 60;
    };
    const arrivals = poisson(office, 20 / 60, 12 * WEEK, 2);
    const profile = fitProfile([{ from: 0, to: 12 * WEEK, arrivals }]);
    expect(profile.flat).toBe(false);
    const monday = profile.segments.find((s) => s.from <= 10 && s.to > 10)!;
    expect(monday.from).toBe(8);
    expect(monday.to).toBe(17);
    expect(Math.abs(monday.ratePerHour - 20)).toBeLessThan(2);
    const sunday = profile.segments.find((s) => s.from <= 150 && s.to > 150)!;
    expect(Math.abs(sunday.ratePerHour - 2)).toBeLessThan(0.6);
  });

  it('an export of Monday to Friday daytime leaves the weekend unobserved, not at a weekday rate', () => {
    const arrivals = poisson((t) => ((t % 1440) / 60 >= 8 && (t % 1440) / 60 < 17 ? 10 / 60 : 0), 10 / 60, 4 * 1440 + 17 * 60, 4);
    const profile = fitProfile([{ from: 8 * 60, to: 4 * 1440 + 17 * 60, arrivals }]);
    expect(profile.unobserved).toBe(168 - (4 * 24 + 9));
    const weekend = profile.segments.find((s) => s.from <= 130 && s.to > 130)!;
    expect(weekend.hours).toBe(0);
    expect(weekend.ratePerHour).toBe(0);
  });

  it('two observation periods add their hours', () => {
    const profile = fitProfile([
      { from: 0, to: 600, arrivals: [10, 20, 30] },
      { from: 0, to: 600, arrivals: [40] },
    ]);
    expect(profile.hours).toBe(20);
    expect(profile.ratePerHour).toBeCloseTo(0.2, 12);
  });
});

describe('weekEntries', () => {
  it('joins days with the same hours into a range and writes a whole day alone', () => {
    const values: (string | null)[] = new Array(168).fill(null);
    for (let day = 0; day < 5; day++) for (let h = 8; h < 17; h++) values[day * 24 + h] = 'open';
    for (let h = 0; h < 24; h++) values[5 * 24 + h] = 'open';
    expect(weekEntries(values)).toEqual([
      { when: 'mon-fri 08:00-17:00', value: 'open' },
      { when: 'sat', value: 'open' },
    ]);
  });
  it('keeps different values of one day apart, in order', () => {
    const values: (string | null)[] = new Array(168).fill(null);
    for (let h = 8; h < 10; h++) values[h] = '25/h';
    for (let h = 10; h < 24; h++) values[h] = '12/h';
    expect(weekEntries(values)).toEqual([
      { when: 'mon 08:00-10:00', value: '25/h' },
      { when: 'mon 10:00-24:00', value: '12/h' },
    ]);
  });
});

describe('openMinutes', () => {
  it('counts only minutes in open hours: Monday 16:30 to Tuesday 08:30 with 08-17 open is 60', () => {
    const open = Array.from({ length: 168 }, (_, s) => s % 24 >= 8 && s % 24 < 17);
    expect(openMinutes(16 * 60 + 30, 1440 + 8 * 60 + 30, open)).toBe(60);
  });
});
