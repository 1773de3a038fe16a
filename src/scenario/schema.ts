// The raw scenario file as docs/model.md#the-scenario-file describes it (keys and defaults: docs/model.md#keys-and-defaults). Every object is strict: a typo in a
// key must be an error, not a silently ignored setting that changes a result. Rules that
// span several fields (references, cycles, skills) live in the semantic checks instead.
import * as z from 'zod';
import { DistributionInput, canBeZero } from './distribution-schema.js';
import { meanOf } from './lift.js';
import { Coordination, Headcount, Horizon, Pickup, Probability, Proficiency, Rate, Share, Warmup, wholeNumber, report } from './values.js';
import { Id, Text } from './names.js';
import { Absence, Calendar, Hours, Profile } from './working-time-schema.js';
import { MAX_REPLICATIONS, MAX_SEED, MAX_SEED_TEXT, MAX_WIP_LIMIT, MIN_DURATION, MIN_DURATION_TEXT } from './limits.js';

const Handoff = z
  .object({
    delay: DistributionInput.optional(),
    pickup: Pickup.optional(),
    infoLoss: Probability.optional(),
    rework: DistributionInput.optional(),
  })
  .strict();

const Task = z
  .object({
    id: Id,
    skill: Id,
    work: DistributionInput,
    after: z.array(Id).optional(),
  })
  .strict();

const Concern = z
  .object({
    id: Id,
    label: Text.optional(),
    share: Share,
    tasks: z.array(Task).min(1),
  })
  .strict();

const Intake = z
  .object({
    staff: Headcount,
    work: DistributionInput,
    misroute: Probability.optional(),
    hours: Hours.optional(),
    absence: Absence.optional(),
  })
  .strict();

const Department = z
  .object({
    id: Id,
    label: Text.optional(),
    skills: z.array(Id).min(1),
    staff: Headcount,
    policy: z.enum(['fifo', 'shortest-first']).optional(),
    hours: Hours.optional(),
    absence: Absence.optional(),
  })
  .strict();

const Silo = z
  .object({
    intake: Intake.optional(),
    departments: z.array(Department).min(1),
    split: z.enum(['parallel', 'sequential']).optional(),
    handoff: Handoff.optional(),
    absence: Absence.optional(),
  })
  .strict();

const MemberGroup = z
  .object({
    count: Headcount,
    skills: z.record(Id, Proficiency).superRefine((skills, ctx) => {
      if (Object.keys(skills).length === 0)
        report(ctx, 'TOO_SMALL', 'a member needs at least one skill', 'at least one skill: proficiency');
    }),
    absence: Absence.optional(),
  })
  .strict();

const TeamUnit = z
  .object({
    id: Id,
    label: Text.optional(),
    members: z.array(MemberGroup).min(1),
    hours: Hours.optional(),
  })
  .strict();

const TeamOrg = z
  .object({
    teams: z.array(TeamUnit).min(1),
    wipLimit: wholeNumber({
      min: 1,
      max: MAX_WIP_LIMIT,
      tooSmall: 'TOO_SMALL',
      what: 'the WIP limit',
      why: ' (leave wipLimit out for no limit)',
    }).optional(),
    coordination: Coordination.optional(),
    handoff: Handoff.optional(),
    absence: Absence.optional(),
  })
  .strict();

const Arrivals = z
  .object({
    rate: Rate.optional(),
    interarrival: DistributionInput.optional(),
    profile: Profile.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const given = (a.rate !== undefined ? 1 : 0) + (a.interarrival !== undefined ? 1 : 0) + (a.profile !== undefined ? 1 : 0);
    if (given === 0)
      report(ctx, 'MISSING', 'arrivals need a rate or an interarrival distribution (or a weekly profile)', 'rate or interarrival');
    if (given >= 2) {
      const second = a.profile !== undefined ? 'profile' : 'interarrival';
      report(ctx, 'CONFLICTING_KEYS', 'give one of rate, interarrival and profile, not several', 'rate, interarrival or profile', [second]);
    }
    // Gaps of mean 0 would mean infinitely many arrivals in no time: the run could never end.
    // Gaps far below the clock's resolution would not move it (docs/model.md#keys-and-defaults).
    const mean = given === 1 && a.interarrival !== undefined ? meanOf(a.interarrival) : Number.NaN;
    if (given === 1 && a.interarrival !== undefined && !(mean > 0)) {
      report(ctx, 'NON_POSITIVE_MEAN', 'the mean time between arrivals must be positive', 'a mean > 0', ['interarrival']);
    } else if (mean < MIN_DURATION) {
      report(
        ctx,
        'TOO_SMALL',
        'the mean time between arrivals is shorter than the clock can resolve',
        `a mean of at least ${MIN_DURATION_TEXT}`,
        ['interarrival'],
      );
    }
  });

export const ScenarioFile = z
  .object({
    name: Text,
    description: Text.optional(),
    time: z.object({ horizon: Horizon, warmup: Warmup.optional() }).strict(),
    run: z
      .object({
        // deriveSeed takes safe integers only (src/random/seed.ts).
        seed: wholeNumber({
          min: 0,
          max: MAX_SEED,
          tooSmall: 'TOO_SMALL',
          what: 'the seed',
          maxText: MAX_SEED_TEXT,
          why: ', the largest whole number a double holds exactly',
        }).optional(),
        replications: wholeNumber({
          min: 1,
          max: MAX_REPLICATIONS,
          tooSmall: 'TOO_SMALL',
          what: 'replications',
          why: ': more do not make the confidence interval meaningfully narrower',
        }).optional(),
      })
      .strict()
      .optional(),
    calendar: Calendar.optional(),
    absence: Absence.optional(),
    arrivals: Arrivals,
    concerns: z.array(Concern).min(1),
    failureDemand: z
      .object({ probability: Probability, delay: DistributionInput })
      .strict()
      .superRefine((f, ctx) => {
        // A customer who comes back after no time can fail and come back again at the same
        // instant, for ever: the clock would never move (docs/model.md#failure-demand).
        if (f.probability > 0 && canBeZero(f.delay)) {
          report(
            ctx,
            'ZERO_DELAY',
            'customers could come back after no time at all, again and again, without the clock moving',
            'a delay that is never 0, e.g. {dist: exponential, mean: 2d}',
            ['delay'],
          );
        }
      })
      .optional(),
    organisations: z.object({ silo: Silo.optional(), team: TeamOrg.optional() }).strict(),
  })
  .strict()
  .meta({ title: 'orgflow scenario', description: 'Ampel vs. Kreisverkehr: one scenario, a silo and a team organisation' });

export type ScenarioFile = z.infer<typeof ScenarioFile>;
export type HandoffInput = z.infer<typeof Handoff>;
