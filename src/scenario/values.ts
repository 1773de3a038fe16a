// Zod schemas for the scalar kinds of a scenario file: durations, rates, probabilities,
// headcounts. Each range rule carries its own stable code (in `params`), which
// zod-issues.ts turns into a ScenarioIssue; `.meta` keeps the JSON Schema informative,
// since zod cannot export a refinement.
import * as z from 'zod';
import { DURATION_PATTERN, RATE_PATTERN, tryDuration, tryRate } from './units.js';
import {
  MAX_COORDINATION,
  MAX_HORIZON,
  MAX_HORIZON_TEXT,
  MAX_DURATION,
  MAX_DURATION_TEXT,
  MAX_ORGANISATION_PEOPLE,
  MAX_RATE,
  MAX_SHARE,
  MAX_UNIT_PEOPLE,
  MIN_DURATION,
  MIN_DURATION_TEXT,
  MIN_PROFICIENCY,
  MIN_RATE,
  RATE_RANGE_TEXT,
} from './limits.js';

/** What a custom zod issue carries so that the message can name the rule and the expectation. */
export interface RuleParams {
  code: string;
  expected: string;
}

/** Reports a broken range rule as a custom zod issue carrying its stable code. */
export function report(ctx: z.RefinementCtx, code: string, message: string, expected: string, path?: (string | number)[]): void {
  const params: RuleParams = { code, expected };
  ctx.addIssue({ code: 'custom', message, params, ...(path ? { path } : {}) });
}

/** A number (minutes) or a duration string; the sign is left to the field's own rule. */
export const TimeValue = z
  .union([z.number(), z.string().regex(DURATION_PATTERN, { error: 'not a duration' })])
  .meta({ description: 'minutes, or a number with a unit: "45s", "15m", "2h", "3d", "1w"' });

type Path = (string | number)[];

/**
 * Reports a duration outside 0 or MIN_DURATION…`max` (a negative one is the field's own rule).
 * `minutes` is null for a value that is not a duration at all, which the pattern reports.
 */
export function checkDuration(minutes: number | null, ctx: z.RefinementCtx, what: string, max: number, maxText: string, path?: Path): void {
  if (minutes === null || minutes < 0) return;
  if (minutes > 0 && minutes < MIN_DURATION) {
    report(ctx, 'TOO_SMALL', `${what} is shorter than orgflow's clock can resolve`, `0 or at least ${MIN_DURATION_TEXT}`, path);
  } else if (minutes > max) {
    report(ctx, 'TOO_LARGE', `${what} is longer than ${maxText}`, `at most ${maxText}`, path);
  }
}

/** The warm-up: zero or more, and no longer than the longest horizon. */
export const Warmup = TimeValue.superRefine((v, ctx) => {
  const minutes = tryDuration(v);
  if ((minutes ?? 0) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
  else checkDuration(minutes, ctx, 'the warm-up', MAX_HORIZON, MAX_HORIZON_TEXT);
}).meta({ description: `a duration from 0 to ${MAX_HORIZON_TEXT}, e.g. "3d"; minutes as a plain number` });

/** A pickup interval: zero (none) or a duration up to MAX_DURATION. */
export const Pickup = TimeValue.superRefine((v, ctx) => {
  const minutes = tryDuration(v);
  if ((minutes ?? 0) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
  else checkDuration(minutes, ctx, 'the pickup interval', MAX_DURATION, MAX_DURATION_TEXT);
}).meta({ description: `0 (none) or a duration up to ${MAX_DURATION_TEXT}, e.g. "1h"; minutes as a plain number` });

/** The horizon: longer than zero, at most MAX_HORIZON. */
export const Horizon = TimeValue.superRefine((v, ctx) => {
  const minutes = tryDuration(v);
  if ((minutes ?? 1) <= 0) report(ctx, 'TOO_SMALL', 'the simulated time must be longer than zero', 'a duration > 0');
  else checkDuration(minutes, ctx, 'the horizon', MAX_HORIZON, MAX_HORIZON_TEXT);
}).meta({ description: `a duration longer than 0 and at most ${MAX_HORIZON_TEXT}, e.g. "30d"; minutes as a plain number` });

/** Concerns per minute as a number, or per unit as "12/h", "90/d". */
export const Rate = z
  .union([z.number(), z.string().regex(RATE_PATTERN, { error: 'not a rate' })])
  .superRefine((v, ctx) => {
    const perMinute = tryRate(v);
    if (perMinute === null) return;
    if (perMinute <= 0) report(ctx, 'NON_POSITIVE_RATE', 'the arrival rate must be positive', 'a rate > 0');
    else if (perMinute < MIN_RATE) report(ctx, 'TOO_SMALL', 'the arrival rate is below one per 10 years', `a rate ${RATE_RANGE_TEXT}`);
    else if (perMinute > MAX_RATE) report(ctx, 'TOO_LARGE', 'the arrival rate is above a million per minute', `a rate ${RATE_RANGE_TEXT}`);
  })
  .meta({ description: `per minute, or per unit: "12/h", "90/d", "3/m"; ${RATE_RANGE_TEXT}` });

export const Probability = z
  .number()
  .superRefine((v, ctx) => {
    if (v < 0 || v > 1) report(ctx, 'PROBABILITY_RANGE', 'a probability must lie between 0 and 1', 'a number from 0 to 1');
  })
  .meta({ minimum: 0, maximum: 1 });

export const Proficiency = z
  .number()
  .superRefine((v, ctx) => {
    // Work is divided by the proficiency: near 0 it would take for ever (or overflow).
    if (v < MIN_PROFICIENCY || v > 1) {
      report(ctx, 'PROFICIENCY_RANGE', `a proficiency must lie from ${MIN_PROFICIENCY} to 1`, `a number from ${MIN_PROFICIENCY} to 1`);
    }
  })
  .meta({ minimum: MIN_PROFICIENCY, maximum: 1 });

export const Coordination = z
  .number()
  .superRefine((v, ctx) => {
    // Work is stretched by 1 / (1 - c): c = 1 would make it infinite, c near 1 nearly so.
    if (v < 0 || v > MAX_COORDINATION) {
      report(
        ctx,
        'COORDINATION_RANGE',
        `coordination is a share of time from 0 to ${MAX_COORDINATION}`,
        `a number from 0 to ${MAX_COORDINATION}`,
      );
    }
  })
  .meta({ minimum: 0, maximum: MAX_COORDINATION });

const SHARE_TEXT = MAX_SHARE.toLocaleString('en-US');

export const Share = z
  .number()
  .superRefine((v, ctx) => {
    if (v <= 0) report(ctx, 'NON_POSITIVE_SHARE', 'a concern type needs a positive share', 'a number > 0');
    else if (v > MAX_SHARE)
      report(ctx, 'TOO_LARGE', `a share is a weight of at most ${SHARE_TEXT}`, `a number > 0 and at most ${SHARE_TEXT}`);
  })
  .meta({ exclusiveMinimum: 0, maximum: MAX_SHARE });

export interface WholeNumberRule {
  min: number;
  max: number;
  /** The code for a value below `min`. */
  tooSmall: string;
  /** What the number counts, as a message names it: "replications". */
  what: string;
  /** How messages write `max` (default: with thousands separators). */
  maxText?: string;
  /** Why the maximum, appended to the message and the schema's description. */
  why?: string;
}

/** A whole number from `min` to `max`. */
export function wholeNumber({ min, max, tooSmall, what, maxText = max.toLocaleString('en-US'), why = '' }: WholeNumberRule) {
  const range = `a whole number from ${min} to ${maxText}`;
  return z
    .number()
    .superRefine((v, ctx) => {
      if (v < min) report(ctx, tooSmall, `${what} must be at least ${min}`, range);
      else if (v > max) report(ctx, 'TOO_LARGE', `${what} must be at most ${maxText}${why}`, range);
      else if (!Number.isInteger(v)) report(ctx, 'NOT_INTEGER', `${what} must be a whole number`, range);
    })
    .meta({ type: 'integer', minimum: min, maximum: max, description: `${range}${why}` });
}

/** People in a unit: the intake, a department, a member group. */
export const Headcount = wholeNumber({
  min: 1,
  max: MAX_UNIT_PEOPLE,
  tooSmall: 'STAFF_TOO_SMALL',
  what: 'a headcount',
  why: ` people per unit (and ${MAX_ORGANISATION_PEOPLE.toLocaleString('en-US')} per organisation)`,
});
