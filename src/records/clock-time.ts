// Clock minutes as calendar timestamps for tasks.csv. The clock's minute 0 is a Monday
// 00:00 (docs/model.md#csv-files); a start date anchors it in the calendar. Timestamps are
// local times without an offset (the model has no time zones and no daylight saving), so
// the arithmetic is done on UTC fields, where every day has 24 hours.

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

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "HH:MM:SS" for every second of a day, made once: a table lookup per timestamp. */
let timesOfDay: string[] | null = null;
function timeOfDay(second: number): string {
  if (timesOfDay === null) {
    timesOfDay = new Array<string>(86_400);
    for (let s = 0; s < 86_400; s++) timesOfDay[s] = `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  }
  return timesOfDay[second];
}

/**
 * Formats clock minutes as `YYYY-MM-DDTHH:MM:SS` (rounded to whole seconds) from a start in
 * milliseconds. Consecutive calls mostly fall on the same day, so the date part is cached.
 */
export function clockTimestamps(startMs: number): (minutes: number) => string {
  let cachedDay = NaN;
  let cachedDate = '';
  return (minutes) => {
    const seconds = Math.round(minutes * 60);
    const day = Math.floor(seconds / 86_400);
    if (day !== cachedDay) {
      cachedDay = day;
      cachedDate = `${new Date(startMs + day * DAY_MS).toISOString().slice(0, 10)}T`;
    }
    return cachedDate + timeOfDay(seconds - day * 86_400);
  };
}
