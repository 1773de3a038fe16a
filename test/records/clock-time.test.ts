// Clock minutes as calendar timestamps for tasks.csv, and the --start it counts from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK_START, DEFAULT_CLOCK_START_MS, clockStamper, parseClockStart } from '../../src/index.js';

describe('parseClockStart', () => {
  it('reads the default Monday as its milliseconds', () => {
    expect(parseClockStart(DEFAULT_CLOCK_START)).toEqual({ ms: DEFAULT_CLOCK_START_MS });
    expect(new Date(DEFAULT_CLOCK_START_MS).toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  it('accepts a date alone and a time with seconds, on a Monday at midnight', () => {
    expect(parseClockStart('2025-12-29')).toEqual({ ms: Date.UTC(2025, 11, 29) });
    expect(parseClockStart('2024-02-26T00:00:00')).toEqual({ ms: Date.UTC(2024, 1, 26) });
  });

  it.each([
    ['2026-01-04T00:00', 'not a Monday'],
    ['2026-01-05T00:01', 'not a Monday'],
    ['2026-13-05T00:00', 'not a valid date'],
    ['2026-01-05T24:00', 'not a valid date'],
    ['2026-01-05 00:00', 'expected a timestamp'],
    ['', 'expected a timestamp'],
  ])('refuses %j: %s', (text, problem) => {
    const result = parseClockStart(text);
    expect('problem' in result && result.problem).toContain(problem);
  });
});

/** The stamper's bytes for each minute, in the order given, as text. */
const stamps = (stamper: ReturnType<typeof clockStamper>, ...minutes: number[]): string[] =>
  minutes.map((m) => {
    const buf = new Uint8Array(40);
    return new TextDecoder().decode(buf.subarray(0, stamper(buf, 0, m)));
  });

describe('clockStamper', () => {
  const stamper = clockStamper(DEFAULT_CLOCK_START_MS);
  const stamp = (minutes: number): string => stamps(stamper, minutes)[0];

  it('writes minute 0 as the start and rounds to whole seconds', () => {
    expect(stamp(0)).toBe('2026-01-05T00:00:00');
    expect(stamp(1.5)).toBe('2026-01-05T00:01:30');
    expect(stamp(59.999)).toBe('2026-01-05T01:00:00');
    expect(stamp(1439.995)).toBe('2026-01-06T00:00:00');
    expect(stamp(10080 * 52 + 1)).toBe('2027-01-04T00:01:00');
  });

  it('equals Date arithmetic for any minute within a hundred years, in any order of calls', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100 * 365.25 * 1440, noNaN: true }), { minLength: 1, maxLength: 20 }), (minutes) => {
        expect(stamps(clockStamper(DEFAULT_CLOCK_START_MS), ...minutes)).toEqual(
          minutes.map((m) => new Date(DEFAULT_CLOCK_START_MS + Math.round(m * 60) * 1000).toISOString().slice(0, 19)),
        );
      }),
    );
  });
});

describe('clockStamper across the calendar', () => {
  it('writes the dates Date writes, from year 1 to 9999, leap days and centuries included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), fc.integer({ min: 0, max: 86_399 }), (days, second) => {
        const start = Date.UTC(2026, 0, 5);
        const minutes = ((days * 86_400_000 - start) / 1000 + second) / 60;
        expect(stamps(clockStamper(start), minutes)[0]).toBe(new Date(start + Math.round(minutes * 60) * 1000).toISOString().slice(0, 19));
      }),
      { numRuns: 5000 },
    );
    const start = Date.UTC(2026, 0, 5);
    const at = (iso: string) => (Date.parse(`${iso}Z`) - start) / 60_000;
    expect(stamps(clockStamper(start), at('2028-02-29T23:59:59'), at('2000-02-29T12:00:00'), at('2100-03-01T00:00:00'))).toEqual([
      '2028-02-29T23:59:59',
      '2000-02-29T12:00:00',
      '2100-03-01T00:00:00',
    ]);
  });

  it('writes a year past 9999 as Date does', () => {
    const start = Date.UTC(2026, 0, 5);
    const minutes = (Date.UTC(12345, 5, 7, 8, 9, 10) - start) / 60_000;
    expect(stamps(clockStamper(start), minutes)[0]).toBe('+012345-06-07T08:09:10');
  });
});
