// The bounds of every number a scenario may hold (docs/model.md#keys-and-defaults). Each is far
// beyond any honest scenario and well inside what the engine's arithmetic and memory can take:
// past them a value overflows to Infinity, the clock stops advancing, or a run allocates
// without end. A run that is merely long is not refused here; that is the run-size estimate's job.

const DAY = 1440;

/** The longest horizon (and warm-up): 100 years of 365 days, in minutes. */
export const MAX_HORIZON = 36500 * DAY;
export const MAX_HORIZON_TEXT = '36500d (100 years)';

/**
 * The longest single duration (a distribution parameter, a pickup interval): 10 years. Sums of
 * many such values, divided by the smallest proficiency and stretched by coordination, stay
 * finite and far below 2^53.
 */
export const MAX_DURATION = 3650 * DAY;
export const MAX_DURATION_TEXT = '3650d (10 years)';

/**
 * The shortest duration above 0, in minutes (60 microseconds). At the longest horizon one
 * step of the clock is 7.5e-9 minutes, so gaps of this size still move it; smaller ones make
 * the moments of a distribution (1e-320 squared is 0) and pickup multiples meaningless.
 */
export const MIN_DURATION = 1e-6;
export const MIN_DURATION_TEXT = '1e-6 minutes';

/** Arrivals per minute: at most one per MIN_DURATION, at least one per MAX_DURATION. */
export const MAX_RATE = 1 / MIN_DURATION;
export const MIN_RATE = 1 / MAX_DURATION;
export const RATE_RANGE_TEXT = 'from one per 10 years (1.9e-7 per minute) to 1e6 per minute';

/** People in one unit (the intake, a department, a member group, a team). */
export const MAX_UNIT_PEOPLE = 10_000;
/** People in one organisation: each team member holds a proficiency for every skill. */
export const MAX_ORGANISATION_PEOPLE = 100_000;
/** Distinct skill names in a scenario: with MAX_ORGANISATION_PEOPLE, at most 1e7 proficiencies. */
export const MAX_SKILLS = 100;

/** More replications do not make the confidence interval meaningfully narrower (it shrinks with the square root). */
export const MAX_REPLICATIONS = 10_000;
/** Seeds are derived from the base seed exactly only up to 2^53 − 1 (src/random/seed.ts). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;
export const MAX_SEED_TEXT = '9007199254740991 (2^53 - 1)';
/** No team holds a million concerns at once; leave wipLimit out for no limit. */
export const MAX_WIP_LIMIT = 1_000_000;
/** Shares are weights; any count of cases per year fits, and their sum stays finite. */
export const MAX_SHARE = 1e9;

/**
 * Gamma's cv: the shape 1/cv² must stay a number the sampler can work with. Above 10 most
 * draws underflow to exactly 0 (u^(1/shape)), which a delay must not be (failure demand).
 */
export const MIN_GAMMA_CV = 0.001;
export const MAX_GAMMA_CV = 10;
/** Erlang draws k uniforms per sample. */
export const MAX_ERLANG_K = 1000;
/** Work is divided by the proficiency: 0.001 makes it take 1000 times as long. */
export const MIN_PROFICIENCY = 0.001;
/** Work is stretched by 1 / (1 − coordination): at most 100-fold. */
export const MAX_COORDINATION = 0.99;
