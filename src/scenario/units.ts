// Durations and rates as people write them in a scenario file ("15m", "2h", "12/h"),
// turned into the engine's units: minutes and events per minute (docs/model.md#time-and-units).

/** Minutes per unit letter; d is 24 h and w is 7 d, calendar time, not working time. */
const MINUTES: Readonly<Record<string, number>> = { s: 1 / 60, m: 1, h: 60, d: 1440, w: 10080 };

// Shared with the JSON Schema (as `pattern`) so that editors reject what the parser rejects.
// A sign is accepted so that "-1h" is reported as a negative duration, not as gibberish.
export const DURATION_PATTERN = /^\s*([-+]?(?:\d+(?:\.\d+)?|\.\d+))\s*([smhdw])\s*$/;
export const RATE_PATTERN = /^\s*([-+]?(?:\d+(?:\.\d+)?|\.\d+))\s*\/\s*([smhdw])\s*$/;

/** Minutes for a number (already minutes) or a duration string; null when it is neither. */
export function tryDuration(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = DURATION_PATTERN.exec(v);
  return m ? Number(m[1]) * MINUTES[m[2]] : null;
}

/** Events per minute for a number (already per minute) or a rate string; null otherwise. */
export function tryRate(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = RATE_PATTERN.exec(v);
  return m ? Number(m[1]) / MINUTES[m[2]] : null;
}

/**
 * Minutes for `15`, `"45s"`, `"15m"`, `"1.5h"`, `"3d"`, `"1w"`.
 * Throws a RangeError for anything else: callers with user input go through
 * parseScenario, which reports INVALID_DURATION as data instead.
 */
export function parseDuration(v: string | number): number {
  const minutes = tryDuration(v);
  if (minutes === null) {
    throw new RangeError(`not a duration: ${JSON.stringify(v)} (expected minutes or a number with s, m, h, d or w, e.g. "15m")`);
  }
  return minutes;
}

/** Per-minute rate for `0.2`, `"12/h"`, `"90/d"`, `"3/m"`; throws a RangeError otherwise. */
export function parseRate(v: string | number): number {
  const perMinute = tryRate(v);
  if (perMinute === null) {
    throw new RangeError(`not a rate: ${JSON.stringify(v)} (expected a number per minute or e.g. "12/h")`);
  }
  return perMinute;
}
