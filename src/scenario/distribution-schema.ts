// The scenario file's way of writing a random quantity (docs/model.md#distributions): a number or duration
// string for a constant, or `{dist: ..., params}`. A discriminated union on `dist` gives
// one clear message for an unknown kind instead of one per alternative.
import * as z from 'zod';
import { TimeValue, checkDuration, report } from './values.js';
import { tryDuration } from './units.js';
import { MAX_DURATION, MAX_DURATION_TEXT, MAX_ERLANG_K, MAX_GAMMA_CV, MIN_DURATION_TEXT, MIN_GAMMA_CV } from './limits.js';

type Ctx = z.RefinementCtx;
const minutes = (v: unknown): number => tryDuration(v) ?? Number.NaN;

/** A time parameter: 0, or from MIN_DURATION to MAX_DURATION (docs/model.md#keys-and-defaults). */
function timeParameter(value: unknown, field: string, ctx: Ctx, path: (string | number)[] = [field]): void {
  if (minutes(value) < 0) report(ctx, 'NEGATIVE_VALUE', `${field} cannot be negative`, `${field} >= 0`, path);
  else checkDuration(tryDuration(value), ctx, field, MAX_DURATION, MAX_DURATION_TEXT, path);
}

function positiveMean(mean: unknown, ctx: Ctx): void {
  if (minutes(mean) <= 0) report(ctx, 'NON_POSITIVE_MEAN', 'the mean must be positive', 'a mean > 0', ['mean']);
  else timeParameter(mean, 'mean', ctx);
}

const Constant = z
  .object({ dist: z.literal('constant'), value: TimeValue })
  .strict()
  .superRefine((d, ctx) => timeParameter(d.value, 'value', ctx));

const Exponential = z
  .object({ dist: z.literal('exponential'), mean: TimeValue })
  .strict()
  .superRefine((d, ctx) => positiveMean(d.mean, ctx));

const Uniform = z
  .object({ dist: z.literal('uniform'), min: TimeValue, max: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    timeParameter(d.min, 'min', ctx);
    timeParameter(d.max, 'max', ctx);
    if (minutes(d.min) > minutes(d.max)) report(ctx, 'INVALID_PARAMETER', 'min is larger than max', 'min <= max', ['max']);
  });

const Triangular = z
  .object({ dist: z.literal('triangular'), min: TimeValue, mode: TimeValue, max: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    timeParameter(d.min, 'min', ctx);
    timeParameter(d.mode, 'mode', ctx);
    timeParameter(d.max, 'max', ctx);
    const [lo, mode, hi] = [minutes(d.min), minutes(d.mode), minutes(d.max)];
    if (mode < lo || mode > hi) report(ctx, 'INVALID_PARAMETER', 'the mode lies outside min..max', 'min <= mode <= max', ['mode']);
    else if (lo > hi) report(ctx, 'INVALID_PARAMETER', 'min is larger than max', 'min <= max', ['max']);
  });

const Normal = z
  .object({ dist: z.literal('normal'), mean: TimeValue, sd: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    timeParameter(d.mean, 'mean', ctx);
    timeParameter(d.sd, 'sd', ctx);
  });

const Lognormal = z
  .object({ dist: z.literal('lognormal'), mean: TimeValue, sd: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    timeParameter(d.sd, 'sd', ctx);
  });

const Gamma = z
  .object({ dist: z.literal('gamma'), mean: TimeValue, cv: z.number() })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    // The shape is 1/cv²: near 0 it overflows, far above 1 every draw underflows to 0.
    if (!(d.cv >= MIN_GAMMA_CV && d.cv <= MAX_GAMMA_CV)) {
      report(ctx, 'INVALID_PARAMETER', 'the coefficient of variation is out of range', `cv from ${MIN_GAMMA_CV} to ${MAX_GAMMA_CV}`, [
        'cv',
      ]);
    }
  });

const Erlang = z
  .object({ dist: z.literal('erlang'), k: z.number(), mean: TimeValue })
  .strict()
  .superRefine((d, ctx) => {
    positiveMean(d.mean, ctx);
    // Each sample draws k uniforms.
    if (!(Number.isInteger(d.k) && d.k >= 1 && d.k <= MAX_ERLANG_K)) {
      report(ctx, 'INVALID_PARAMETER', 'erlang k counts phases', `a whole number k from 1 to ${MAX_ERLANG_K}`, ['k']);
    }
  });

const Empirical = z
  .object({ dist: z.literal('empirical'), values: z.array(TimeValue) })
  .strict()
  .superRefine((d, ctx) => {
    if (d.values.length === 0) report(ctx, 'INVALID_PARAMETER', 'an empirical distribution needs values', 'at least one value', ['values']);
    d.values.forEach((v, i) => {
      if (minutes(v) < 0) report(ctx, 'NEGATIVE_VALUE', 'a sampled duration cannot be negative', 'values >= 0', ['values', i]);
      else checkDuration(tryDuration(v), ctx, 'a value', MAX_DURATION, MAX_DURATION_TEXT, ['values', i]);
    });
  });

/** A constant written as a bare number (minutes) or duration string. */
const Shorthand = TimeValue.superRefine((v, ctx) => {
  if (minutes(v) < 0) report(ctx, 'NEGATIVE_VALUE', 'a duration cannot be negative', 'a duration >= 0');
  else checkDuration(tryDuration(v), ctx, 'the duration', MAX_DURATION, MAX_DURATION_TEXT);
});

export const DistributionInput = z
  .union([
    Shorthand,
    z.discriminatedUnion('dist', [Constant, Exponential, Uniform, Triangular, Normal, Lognormal, Gamma, Erlang, Empirical]),
  ])
  .meta({
    description: `a constant (minutes or "15m") or {dist: constant|exponential|uniform|triangular|normal|lognormal|gamma|erlang|empirical, ...}; every time 0 or from ${MIN_DURATION_TEXT} to ${MAX_DURATION_TEXT}`,
  });

export type DistributionInput = z.infer<typeof DistributionInput>;

/**
 * True when a draw can be exactly 0 with a probability above nothing: a constant 0, a uniform
 * up to 0, an empirical list holding 0, a normal with mean and sd 0. The continuous families
 * reach 0 only at u = 0 (one draw in 2^32). Input must be schema-valid.
 */
export function canBeZero(d: DistributionInput): boolean {
  if (typeof d === 'number' || typeof d === 'string') return minutes(d) === 0;
  switch (d.dist) {
    case 'constant':
      return minutes(d.value) === 0;
    case 'uniform':
    case 'triangular':
      return minutes(d.max) === 0;
    case 'normal':
      return minutes(d.mean) === 0 && minutes(d.sd) === 0;
    case 'empirical':
      return d.values.some((v) => minutes(v) === 0);
    default:
      return false;
  }
}
