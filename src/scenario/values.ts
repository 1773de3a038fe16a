// Zod schemas for the scalar kinds of a scenario file: durations, rates, probabilities,
// headcounts. Each range rule carries its own stable code (in `params`), which
// zod-issues.ts turns into a ScenarioIssue; `.meta` keeps the JSON Schema informative,
// since zod cannot export a refinement.
import * as z from 'zod';
import { DURATION_PATTERN, RATE_PATTERN, tryDuration, tryRate } from './units.js';

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

/** A duration that may be zero (warmup, pickup) but never negative. */
export const NonNegativeTime = TimeValue.superRefine((v, ctx) => {
  if ((tryDuration(v) ?? 0) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
});

/** A duration that must be longer than zero (the horizon). */
export const PositiveTime = TimeValue.superRefine((v, ctx) => {
  if ((tryDuration(v) ?? 1) <= 0) report(ctx, 'TOO_SMALL', 'the simulated time must be longer than zero', 'a duration > 0');
});

/** Concerns per minute as a number, or per unit as "12/h", "90/d". */
export const Rate = z
  .union([z.number(), z.string().regex(RATE_PATTERN, { error: 'not a rate' })])
  .superRefine((v, ctx) => {
    if ((tryRate(v) ?? 1) <= 0) report(ctx, 'NON_POSITIVE_RATE', 'the arrival rate must be positive', 'a rate > 0');
  })
  .meta({ description: 'per minute, or per unit: "12/h", "90/d", "3/m"' });

export const Probability = z
  .number()
  .superRefine((v, ctx) => {
    if (v < 0 || v > 1) report(ctx, 'PROBABILITY_RANGE', 'a probability must lie between 0 and 1', 'a number from 0 to 1');
  })
  .meta({ minimum: 0, maximum: 1 });

export const Proficiency = z
  .number()
  .superRefine((v, ctx) => {
    if (v <= 0 || v > 1) report(ctx, 'PROFICIENCY_RANGE', 'a proficiency must lie above 0 and at most 1', 'a number > 0 and <= 1');
  })
  .meta({ exclusiveMinimum: 0, maximum: 1 });

export const Coordination = z
  .number()
  .superRefine((v, ctx) => {
    // c = 1 would stretch every piece of work to infinity: (base / p) / (1 - c).
    if (v < 0 || v >= 1) report(ctx, 'COORDINATION_RANGE', 'coordination is a share of time below 1', 'a number >= 0 and < 1');
  })
  .meta({ minimum: 0, exclusiveMaximum: 1 });

export const Share = z
  .number()
  .superRefine((v, ctx) => {
    if (v <= 0) report(ctx, 'NON_POSITIVE_SHARE', 'a concern type needs a positive share', 'a number > 0');
  })
  .meta({ exclusiveMinimum: 0 });

/** A whole number at least `min`; `tooSmall` is the code for a value below it. */
export function wholeNumber(min: number, tooSmall: string, what: string) {
  return z
    .number()
    .superRefine((v, ctx) => {
      if (v < min) report(ctx, tooSmall, `${what} must be at least ${min}`, `a whole number >= ${min}`);
      else if (!Number.isInteger(v)) report(ctx, 'NOT_INTEGER', `${what} must be a whole number`, `a whole number >= ${min}`);
    })
    .meta({ type: 'integer', minimum: min });
}

/** People in a department or member group. */
export const Headcount = wholeNumber(1, 'STAFF_TOO_SMALL', 'a headcount');
