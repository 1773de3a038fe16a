// Working hours as people write them: "mon-fri 08:00-17:00", "sat", "mon,wed 13:00-17:00".
// A week is 10080 minutes from Monday 00:00 (the clock's minute 0, docs/model.md#working-time);
// hours become sorted, merged [start, end) intervals of minutes of the week.

export const WEEK = 10080;
export const DAY = 1440;
export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Open intervals of the week, [start, end) in minutes from Monday 00:00, sorted and disjoint. */
export type WeekIntervals = readonly (readonly [number, number])[];

export interface HoursProblem {
  message: string;
  expected: string;
  found: string;
}

export const HOURS_EXPECTED = 'days and optional times, e.g. "mon-fri 08:00-17:00", "sat" or "mon,wed 13:00-17:00"';

const TIME = /^(\d{1,2}):(\d{2})$/;

/** The intervals one spec opens, or a problem that names what is wrong with it. */
export function parseHoursSpec(spec: string): WeekIntervals | HoursProblem {
  const found = JSON.stringify(spec);
  const text = spec.trim().toLowerCase();
  const firstDigit = text.search(/\d/);
  const dayText = (firstDigit < 0 ? text : text.slice(0, firstDigit)).trim();
  const timeText = firstDigit < 0 ? '' : text.slice(firstDigit).trim();
  if (dayText === '') return { message: 'working hours must start with the days they apply to', expected: HOURS_EXPECTED, found };
  const days = parseDays(dayText);
  if (typeof days === 'string')
    return { message: days, expected: 'days among mon, tue, wed, thu, fri, sat, sun; ranges like mon-fri', found };
  if (timeText === '') return merge(days.map((day) => [day * DAY, day * DAY + DAY] as const));
  const times = timeText.split('-').map((t) => t.trim());
  const parsed = times.map(parseTime);
  const bad = parsed.find((t): t is string => typeof t === 'string');
  if (bad !== undefined) return { message: bad, expected: 'times from 00:00 to 24:00, e.g. 08:00-17:00', found };
  if (times.length !== 2) return { message: 'a time range needs a start and an end', expected: 'e.g. 08:00-17:00', found };
  const [from, to] = parsed as number[];
  if (to <= from) {
    return {
      message: 'the hours end before they start; a night shift is two ranges (e.g. "mon-fri 22:00-24:00" and "tue-sat 00:00-06:00")',
      expected: 'a start before the end, e.g. 08:00-17:00',
      found,
    };
  }
  return merge(days.map((day) => [day * DAY + from, day * DAY + to] as const));
}

/** The union of several specs' intervals, or the first problem with its index. */
export function parseHours(specs: readonly string[]): WeekIntervals | (HoursProblem & { index: number }) {
  const all: (readonly [number, number])[] = [];
  for (let index = 0; index < specs.length; index++) {
    const one = parseHoursSpec(specs[index]);
    if (!Array.isArray(one)) return { ...(one as HoursProblem), index };
    all.push(...(one as WeekIntervals));
  }
  return merge(all);
}

function parseDays(text: string): number[] | string {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const range = part
      .trim()
      .split('-')
      .map((s) => s.trim());
    if (range.length > 2 || range.some((d) => d === '')) return `"${part.trim()}" is not a day or a range of days`;
    const ends = range.map((d) => DAY_NAMES.indexOf(d as (typeof DAY_NAMES)[number]));
    const unknown = range.find((_, i) => ends[i] < 0);
    if (unknown !== undefined) return `"${unknown}" is not a day (mon, tue, wed, thu, fri, sat, sun)`;
    const [first, last = first] = ends;
    if (last < first) return `the days ${range[0]}-${range[1]} run backwards; a week starts on Monday (write e.g. "sat,sun" or "fri-sun")`;
    for (let d = first; d <= last; d++) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

function parseTime(text: string): number | string {
  const m = TIME.exec(text);
  if (!m) return `"${text}" is not a time of day (HH:MM)`;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return `"${text}" has ${minutes} minutes; an hour has 60`;
  if (hours > 24 || (hours === 24 && minutes > 0)) return `"${text}" is past the end of the day (24:00 at the latest)`;
  return hours * 60 + minutes;
}

/** Sorted, with touching and overlapping intervals joined. */
export function merge(intervals: readonly (readonly [number, number])[]): WeekIntervals {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** "Mon 08:00" for a clock minute (the week repeats; minute 0 is Monday 00:00). */
export function weekdayTime(minute: number): string {
  const inWeek = ((minute % WEEK) + WEEK) % WEEK;
  const day = Math.floor(inWeek / DAY);
  const ofDay = Math.floor(inWeek - day * DAY);
  const hh = String(Math.floor(ofDay / 60)).padStart(2, '0');
  const mm = String(ofDay % 60).padStart(2, '0');
  const name = DAY_NAMES[day];
  return `${name[0].toUpperCase()}${name.slice(1)} ${hh}:${mm}`;
}
