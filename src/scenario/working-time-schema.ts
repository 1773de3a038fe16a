// The scenario file's working-time keys (docs/model.md#working-time): hours, an arrival
// profile, absences. Hours are strings people write ("mon-fri 08:00-17:00"); each bad one is
// reported at its own position with what is wrong about it.
import * as z from 'zod';
import { DistributionInput } from './distribution-schema.js';
import { meanOf } from './lift.js';
import { Rate, report } from './values.js';
import { HOURS_EXPECTED, parseHours, parseHoursSpec } from '../working-time/hours.js';

/** The longest share of time away: above it a person is barely ever there. */
export const MAX_ABSENCE_SHARE = 0.9;

/** One spec or a list of them; their union is when the unit works. */
export const Hours = z
  .union([z.string(), z.array(z.string()).min(1)])
  .superRefine((v, ctx) => {
    const specs = typeof v === 'string' ? [v] : v;
    specs.forEach((spec, i) => {
      const one = parseHoursSpec(spec);
      if (!Array.isArray(one)) {
        const problem = one as { message: string; expected: string };
        report(ctx, 'INVALID_HOURS', problem.message, problem.expected, typeof v === 'string' ? undefined : [i]);
      }
    });
    const all = parseHours(specs);
    if (Array.isArray(all) && all.length === 0) report(ctx, 'INVALID_HOURS', 'these hours never open', HOURS_EXPECTED);
  })
  .meta({ description: `when people work; ${HOURS_EXPECTED}; several as a list. The clock starts on a Monday 00:00.` });

export const Calendar = z.object({ hours: Hours }).strict();

const ProfileEntry = z
  .object({
    when: Hours,
    rate: z.union([z.literal(0), Rate]),
  })
  .strict();

/** A weekly, piecewise-constant arrival rate; minutes of the week not listed have rate 0. */
export const Profile = z
  .array(ProfileEntry)
  .min(1)
  .superRefine((entries, ctx) => {
    if (entries.every((entry) => entry.rate === 0))
      report(ctx, 'NO_ARRIVALS', 'the profile never has an arrival', 'at least one entry with a rate > 0');
    const taken: { from: number; to: number; index: number }[] = [];
    entries.forEach((entry, index) => {
      const specs = typeof entry.when === 'string' ? [entry.when] : entry.when;
      const open = parseHours(specs);
      if (!Array.isArray(open)) return; // reported by Hours
      for (const [from, to] of open) {
        const other = taken.find((t) => from < t.to && t.from < to);
        if (other) {
          report(
            ctx,
            'OVERLAPPING_PROFILE',
            `this entry overlaps entry ${other.index + 1}: a minute of the week can have only one rate`,
            'entries that do not overlap',
            [index, 'when'],
          );
          return;
        }
        taken.push({ from, to, index });
      }
    });
  })
  .meta({ description: 'weekly arrival rates: [{when: "mon-fri 08:00-10:00", rate: 25/h}, ...]; minutes not listed have rate 0' });

export const Absence = z
  .object({
    share: z.number(),
    duration: DistributionInput.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (!(a.share >= 0 && a.share <= MAX_ABSENCE_SHARE)) {
      report(
        ctx,
        'ABSENCE_SHARE_RANGE',
        `the share of time away must lie from 0 to ${MAX_ABSENCE_SHARE}`,
        `a number from 0 to ${MAX_ABSENCE_SHARE}`,
        ['share'],
      );
    }
    if (a.duration !== undefined && !(meanOf(a.duration) > 0)) {
      report(ctx, 'NON_POSITIVE_MEAN', 'an absence must last some time on average', 'a mean > 0', ['duration']);
    }
  })
  .meta({
    description: 'share: long-run share of working time a person is away; duration: length of one absence (default exponential, mean 3d)',
  });

export type HoursInput = z.infer<typeof Hours>;
export type ProfileInput = z.infer<typeof Profile>;
export type AbsenceInput = z.infer<typeof Absence>;
