// The scenario file's way of writing a random quantity (docs/model.md#distributions): a number or duration
// string for a constant, or `{dist: ..., params}`. A discriminated union on `dist` gives
// one clear message for an unknown kind instead of one per alternative.
import * as z from 'zod';
import { TimeValue, report } from './values.js';
import { tryDuration } from './units.js';

type Ctx = z.RefinementCtx;
const minutes = (v: unknown): number => tryDuration(v) ?? Number.NaN;

function positiveMean(mean: unknown, ctx: Ctx): void {
  if (minutes(mean) <= 0) report(ctx, 'NON_POSITIVE_MEAN', 'the mean must be positive', 'a mean > 0', ['mean']);
}

function nonNegative(value: unknown, field: string, ctx: Ctx): void {
  if (minutes(value) < 0) report(ctx, 'NEGATIVE_VALUE', `${field} cannot be negative`, `${field} >= 0`, [field]);
}

const Constant = z
  .object({ dist: z.literal('constant'), value: TimeValue })
  .strict()
  .superRefine((d, ctx) => nonNegative(d.value, 'value', ctx));

const Exponential = z
  .object({ dist: z.literal('exponential'), mean: TimeValue })
  .strict()
  .superRefine((d, ctx) => positiveMean(d.mean, ctx));

const Uniform = z
  .object({ dist: z.literal('uniform'), min: TimeValue, max: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    nonNegative(d.min, 'min', ctx);
    if (minutes(d.min) > minutes(d.max)) report(ctx, 'INVALID_PARAMETER', 'min is larger than max', 'min <= max', ['max']);
  });

const Triangular = z
  .object({ dist: z.literal('triangular'), min: TimeValue, mode: TimeValue, max: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    nonNegative(d.min, 'min', ctx);
    const [lo, mode, hi] = [minutes(d.min), minutes(d.mode), minutes(d.max)];
    if (mode < lo || mode > hi) report(ctx, 'INVALID_PARAMETER', 'the mode lies outside min..max', 'min <= mode <= max', ['mode']);
    else if (lo > hi) report(ctx, 'INVALID_PARAMETER', 'min is larger than max', 'min <= max', ['max']);
  });

const Normal = z
  .object({ dist: z.literal('normal'), mean: TimeValue, sd: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    nonNegative(d.mean, 'mean', ctx);
    nonNegative(d.sd, 'sd', ctx);
  });

const Lognormal = z
  .object({ dist: z.literal('lognormal'), mean: TimeValue, sd: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    nonNegative(d.sd, 'sd', ctx);
  });

const Gamma = z
  .object({ dist: z.literal('gamma'), mean: TimeValue, cv: z.number() })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    if (!(d.cv > 0)) report(ctx, 'INVALID_PARAMETER', 'the coefficient of variation must be positive', 'cv > 0', ['cv']);
  });

const Erlang = z
  .object({ dist: z.literal('erlang'), k: z.number(), mean: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    if (!(Number.isInteger(d.k) && d.k >= 1)) report(ctx, 'INVALID_PARAMETER', 'erlang k counts phases', 'a whole number k >= 1', ['k']);
  });

const Empirical = z
  .object({ dist: z.literal('empirical'), values: z.array(TimeValue) })
  .strict()
  .superRefine((d, ctx) => {
    if (d.values.length === 0) report(ctx, 'INVALID_PARAMETER', 'an empirical distribution needs values', 'at least one value', ['values']);
    d.values.forEach((v, i) => {
      if (minutes(v) < 0) report(ctx, 'NEGATIVE_VALUE', 'a sampled duration cannot be negative', 'values >= 0', ['values', i]);
    });
  });

/** A constant written as a bare number (minutes) or duration string. */
const Shorthand = TimeValue.superRefine((v, ctx) => {
  if (minutes(v) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
});

export const DistributionInput = z
  .union([
    Shorthand,
    z.discriminatedUnion('dist', [Constant, Exponential, Uniform, Triangular, Normal, Lognormal, Gamma, Erlang, Empirical]),
  ])
  .meta({
    description:
      'a constant (minutes or "15m") or {dist: constant|exponential|uniform|triangular|normal|lognormal|gamma|erlang|empirical, ...}',
  });

export type DistributionInput = z.infer<typeof DistributionInput>;
