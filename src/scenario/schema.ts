// The raw scenario file as docs/model.md#the-scenario-file describes it (keys and defaults: docs/model.md#keys-and-defaults). Every object is strict: a typo in a
// key must be an error, not a silently ignored setting that changes a result. Rules that
// span several fields (references, cycles, skills) live in the semantic checks instead.
import * as z from 'zod';
import { DistributionInput } from './distribution-schema.js';
import { meanOf } from './lift.js';
import {
  Coordination,
  Headcount,
  NonNegativeTime,
  PositiveTime,
  Probability,
  Proficiency,
  Rate,
  Share,
  wholeNumber,
  report,
} from './values.js';

const Id = z.string().min(1);

const Handoff = z
  .object({
    delay: DistributionInput.optional(),
    pickup: NonNegativeTime.optional(),
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
    label: z.string().optional(),
    share: Share,
    tasks: z.array(Task).min(1),
  })
  .strict();

const Intake = z
  .object({
    staff: Headcount,
    work: DistributionInput,
    misroute: Probability.optional(),
  })
  .strict();

const Department = z
  .object({
    id: Id,
    label: z.string().optional(),
    skills: z.array(Id).min(1),
    staff: Headcount,
    policy: z.enum(['fifo', 'shortest-first']).optional(),
  })
  .strict();

const Silo = z
  .object({
    intake: Intake.optional(),
    departments: z.array(Department).min(1),
    split: z.enum(['parallel', 'sequential']).optional(),
    handoff: Handoff.optional(),
  })
  .strict();

const MemberGroup = z
  .object({
    count: Headcount,
    skills: z.record(Id, Proficiency).superRefine((skills, ctx) => {
      if (Object.keys(skills).length === 0)
        report(ctx, 'TOO_SMALL', 'a member needs at least one skill', 'at least one skill: proficiency');
    }),
  })
  .strict();

const TeamUnit = z
  .object({
    id: Id,
    label: z.string().optional(),
    members: z.array(MemberGroup).min(1),
  })
  .strict();

const TeamOrg = z
  .object({
    teams: z.array(TeamUnit).min(1),
    wipLimit: wholeNumber(1, 'TOO_SMALL', 'the WIP limit').optional(),
    coordination: Coordination.optional(),
    handoff: Handoff.optional(),
  })
  .strict();

const Arrivals = z
  .object({
    rate: Rate.optional(),
    interarrival: DistributionInput.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const given = (a.rate !== undefined ? 1 : 0) + (a.interarrival !== undefined ? 1 : 0);
    if (given === 0) report(ctx, 'MISSING', 'arrivals need a rate or an interarrival distribution', 'rate or interarrival');
    if (given === 2)
      report(ctx, 'CONFLICTING_KEYS', 'give either rate or interarrival, not both', 'rate or interarrival', ['interarrival']);
    // Gaps of mean 0 would mean infinitely many arrivals in no time: the run could never end.
    if (given === 1 && a.interarrival !== undefined && !(meanOf(a.interarrival) > 0)) {
      report(ctx, 'NON_POSITIVE_MEAN', 'the mean time between arrivals must be positive', 'a mean > 0', ['interarrival']);
    }
  });

export const ScenarioFile = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    time: z.object({ horizon: PositiveTime, warmup: NonNegativeTime.optional() }).strict(),
    run: z
      .object({
        seed: wholeNumber(0, 'TOO_SMALL', 'the seed').optional(),
        replications: wholeNumber(1, 'TOO_SMALL', 'replications').optional(),
      })
      .strict()
      .optional(),
    arrivals: Arrivals,
    concerns: z.array(Concern).min(1),
    failureDemand: z.object({ probability: Probability, delay: DistributionInput }).strict().optional(),
    organisations: z.object({ silo: Silo.optional(), team: TeamOrg.optional() }).strict(),
  })
  .strict()
  .meta({ title: 'orgflow scenario', description: 'Ampel vs. Kreisverkehr: one scenario, a silo and a team organisation' });

export type ScenarioFile = z.infer<typeof ScenarioFile>;
export type HandoffInput = z.infer<typeof Handoff>;
