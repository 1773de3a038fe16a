// Working-time keys of a validated file turned into what the engine runs: hours and
// profiles as WeekPatterns, absences with their duration distribution.
import type { Absence, Hours } from './types.js';
import { lift } from './lift.js';
import { parseRate } from './units.js';
import { parseHours, type WeekIntervals } from '../working-time/hours.js';
import { WeekPattern } from '../working-time/week-pattern.js';
import type { AbsenceInput, HoursInput, ProfileInput } from './working-time-schema.js';

export type { AbsenceInput };

/** Open around the clock (no hours, or hours covering the whole week) is null: the engine's fast path. */
export function hoursOf(hours: HoursInput | undefined): Hours {
  if (hours === undefined) return null;
  const pattern = WeekPattern.hours(intervals(typeof hours === 'string' ? [hours] : hours));
  return pattern.alwaysOne ? null : pattern;
}

export function profileOf(profile: ProfileInput): WeekPattern {
  const segments: [number, number, number][] = [];
  for (const entry of profile) {
    const rate = entry.rate === 0 ? 0 : parseRate(entry.rate);
    for (const [from, to] of intervals(typeof entry.when === 'string' ? [entry.when] : entry.when)) segments.push([from, to, rate]);
  }
  return new WeekPattern(segments);
}

/** The default length of one absence: exponential, mean 3 days. */
const DEFAULT_ABSENCE = { dist: 'exponential', mean: '3d' } as const;

/** No absence, or a share of 0, is null: nobody is ever away. */
export function absenceOf(absence: AbsenceInput | undefined): Absence | null {
  if (absence === undefined || absence.share === 0) return null;
  const duration = lift(absence.duration ?? DEFAULT_ABSENCE);
  const present = lift({ dist: 'exponential', mean: (duration.mean * (1 - absence.share)) / absence.share });
  return { share: absence.share, duration, present };
}

function intervals(specs: readonly string[]): WeekIntervals {
  const open = parseHours(specs);
  if (!Array.isArray(open)) throw new Error(`normalise: invalid hours ${JSON.stringify(specs)} (validation must reject them first)`);
  return open as WeekIntervals;
}
