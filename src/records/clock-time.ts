// Clock minutes as calendar timestamps for tasks.csv. The clock's minute 0 is a Monday
// 00:00 (docs/model.md#csv-files); a start date anchors it in the calendar. Timestamps are
// local times without an offset (the model has no time zones and no daylight saving), so
// the arithmetic is done on UTC fields, where every day has 24 hours.
import { PAIRS } from './number-text.js';

/** The default calendar start of minute 0: Monday, 5 January 2026, 00:00. */
export const DEFAULT_CLOCK_START = '2026-01-05T00:00';
/** The same in milliseconds, read as UTC. */
export const DEFAULT_CLOCK_START_MS = Date.UTC(2026, 0, 5);

const START = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/**
 * The start as milliseconds (read as UTC), or a message saying why it is refused: it must be
 * a valid date, optionally with a time, and fall on a Monday at 00:00.
 */
export function parseClockStart(text: string): { ms: number } | { problem: string } {
  const m = START.exec(text.trim());
  if (!m) return { problem: 'expected a timestamp YYYY-MM-DDTHH:MM, e.g. 2026-01-05T00:00' };
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const ms = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  const date = new Date(ms);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month! - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return { problem: `${text} is not a valid date and time` };
  if (date.getUTCDay() !== 1 || ms % DAY_MS !== 0)
    return { problem: `${text} is not a Monday 00:00: the simulated clock starts on a Monday at midnight (e.g. 2026-01-05T00:00)` };
  return { ms };
}

/** Writes the timestamp of clock minute `minutes` into buf at pos; returns the position after it. */
export type ClockStamper = (buf: Uint8Array, pos: number, minutes: number) => number;

/**
 * Writes clock minutes as `YYYY-MM-DDTHH:MM:SS` (rounded to whole seconds) from a start in
 * milliseconds, as bytes (tasks.csv has three per row). Consecutive calls mostly fall on the
 * same day, so the date part is kept. Byte by byte and unrolled: the hot path of tasks.csv.
 */
export function clockStamper(startMs: number): ClockStamper {
  const startDay = Math.floor(startMs / DAY_MS);
  let cachedDay = NaN;
  // "YYYY-MM-DDT"; a year past 9999 makes the date longer, written by the loop below.
  const fourDigitYear = new Uint8Array(11);
  let date: Uint8Array = fourDigitYear;
  return (buf, pos, minutes) => {
    const seconds = Math.round(minutes * 60);
    const day = Math.floor(seconds / 86_400);
    if (day !== cachedDay) {
      // A piece's ready, start and finish fall on different days often enough (queues
      // overnight) that a miss must be cheap: the calendar date by integer arithmetic.
      cachedDay = day;
      date = isoDate(startDay + day, fourDigitYear);
    }
    if (date.length === 11) {
      buf[pos] = date[0];
      buf[pos + 1] = date[1];
      buf[pos + 2] = date[2];
      buf[pos + 3] = date[3];
      buf[pos + 4] = date[4];
      buf[pos + 5] = date[5];
      buf[pos + 6] = date[6];
      buf[pos + 7] = date[7];
      buf[pos + 8] = date[8];
      buf[pos + 9] = date[9];
      buf[pos + 10] = date[10];
      pos += 11;
    } else for (let i = 0; i < date.length; i++) buf[pos++] = date[i];
    // Int32 arithmetic (V8 divides by these constants with a multiplication) and the digit
    // pairs' small table (a table of every second of the day missed the cache).
    let second = (seconds - day * 86_400) | 0;
    const hour = (second / 3600) | 0;
    second -= hour * 3600;
    const minute = (second / 60) | 0;
    second -= minute * 60;
    buf[pos] = PAIRS[2 * hour];
    buf[pos + 1] = PAIRS[2 * hour + 1];
    buf[pos + 2] = 58;
    buf[pos + 3] = PAIRS[2 * minute];
    buf[pos + 4] = PAIRS[2 * minute + 1];
    buf[pos + 5] = 58;
    buf[pos + 6] = PAIRS[2 * second];
    buf[pos + 7] = PAIRS[2 * second + 1];
    return pos + 8;
  };
}

/**
 * "YYYY-MM-DDT" of the day `days` after 1970-01-01 (proleptic Gregorian, as Date counts),
 * into `into` when the year has four digits (Hinnant's days-to-civil algorithm), else a new
 * array made by Date.
 */
function isoDate(days: number, into: Uint8Array): Uint8Array {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return Uint8Array.from(`${new Date(days * DAY_MS).toISOString().slice(0, -14)}T`, (c) => c.charCodeAt(0));
  const digits = (at: number, value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, value = Math.floor(value / 10)) into[at + i] = 48 + (value % 10);
  };
  digits(0, y, 4);
  into[4] = 45;
  digits(5, m, 2);
  into[7] = 45;
  digits(8, d, 2);
  into[10] = 84;
  return into;
}
