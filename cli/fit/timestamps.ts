// Timestamps of a ticket export as wall-clock minutes since 1970-01-01 00:00: ISO 8601 (with
// or without an offset, which is checked but not applied: the export's own clock is the
// office's clock), German dates (dd.mm.yyyy hh:mm[:ss]) and bare minutes (orgflow's own
// columns). null for anything else.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MINUTES = /^[+-]?\d+(?:[.,]\d+)?$/;

function wallClock(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  if (hour === 24 && (minute > 0 || second > 0)) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null; // 31.02. and the like
  return ms / 60000;
}

/** The cell as minutes, or null when it is not a time this reader knows. */
export function parseTimestamp(text: string): number | null {
  const cell = text.trim();
  let m = ISO.exec(cell);
  if (m) return wallClock(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = GERMAN.exec(cell);
  if (m) return wallClock(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (MINUTES.test(cell)) return Number(cell.replace(',', '.'));
  return null;
}

/** Minutes from 1970-01-01 (a Thursday) to the Monday 00:00 on or before minute t. */
export function mondayBefore(t: number): number {
  const day = Math.floor(t / 1440);
  return (Math.floor((day + 3) / 7) * 7 - 3) * 1440;
}
