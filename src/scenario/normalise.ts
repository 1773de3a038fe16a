// Turns a schema-valid, semantically checked file into the Scenario the engine runs:
// defaults filled in, shares normalised, references resolved to indices, units in minutes.
import type { Assignment, ConcernType, Economics, Handoff, Scenario, SiloOrganisation, TeamOrganisation } from './types.js';
import type { HandoffInput, ScenarioFile } from './schema.js';
import { lift } from './lift.js';
import { parseDuration, parseRate } from './units.js';
import { dependencyOrder } from './dependencies.js';
// Types only: normalise runs in worker threads, which must not load zod (test/architecture.test.ts).
import type { AssignmentInput } from './assignment.js';
import type { EconomicsInput } from './economics.js';

type ConcernInput = ScenarioFile['concerns'][number];
type SiloInput = NonNullable<ScenarioFile['organisations']['silo']>;
type TeamInput = NonNullable<ScenarioFile['organisations']['team']>;

export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATIONS = 10;

export function normalise(file: ScenarioFile): Scenario {
  const totalShare = file.concerns.reduce((sum, c) => sum + c.share, 0);
  return {
    name: file.name,
    description: file.description ?? '',
    horizon: parseDuration(file.time.horizon),
    warmup: file.time.warmup === undefined ? 0 : parseDuration(file.time.warmup),
    seed: file.run?.seed ?? DEFAULT_SEED,
    replications: file.run?.replications ?? DEFAULT_REPLICATIONS,
    arrivals: arrivals(file.arrivals),
    concernTypes: file.concerns.map((c) => concernType(c, totalShare)),
    failureDemand: file.failureDemand ? { probability: file.failureDemand.probability, delay: lift(file.failureDemand.delay) } : null,
    silo: file.organisations.silo ? silo(file.organisations.silo) : null,
    team: file.organisations.team ? team(file.organisations.team) : null,
    economics: economics(file.economics),
  };
}

function arrivals(a: ScenarioFile['arrivals']): Scenario['arrivals'] {
  if (a.rate !== undefined) {
    const rate = parseRate(a.rate);
    // A Poisson stream: exponential gaps with mean 1 / rate.
    return { rate, interarrival: lift({ dist: 'exponential', mean: 1 / rate }) };
  }
  const interarrival = lift(a.interarrival);
  return { rate: 1 / interarrival.mean, interarrival };
}

function concernType(c: ConcernInput, totalShare: number): ConcernType {
  const index = new Map(c.tasks.map((t, i) => [t.id, i]));
  const tasks = c.tasks.map((t) => ({
    id: t.id,
    skill: t.skill,
    work: lift(t.work),
    after: (t.after ?? []).map((id) => index.get(id)!),
  }));
  const order = dependencyOrder(tasks.map((t) => t.after));
  if (order === null) throw new Error(`normalise: concern ${c.id} has a dependency cycle (semantic checks must reject it first)`);
  return { id: c.id, label: c.label ?? c.id, share: c.share / totalShare, tasks, order };
}

function handoff(h: HandoffInput | undefined): Handoff {
  return {
    delay: lift(h?.delay),
    pickup: h?.pickup === undefined ? 0 : parseDuration(h.pickup),
    infoLoss: h?.infoLoss ?? 0,
    rework: lift(h?.rework),
  };
}

function silo(s: SiloInput): SiloOrganisation {
  return {
    intake: s.intake ? { staff: s.intake.staff, work: lift(s.intake.work), misroute: s.intake.misroute ?? 0 } : null,
    departments: s.departments.map((d) => ({
      id: d.id,
      label: d.label ?? d.id,
      skills: [...d.skills],
      staff: d.staff,
      policy: d.policy ?? 'fifo',
    })),
    split: s.split ?? 'parallel',
    handoff: handoff(s.handoff),
  };
}

function team(t: TeamInput): TeamOrganisation {
  return {
    teams: t.teams.map((u) => ({
      id: u.id,
      label: u.label ?? u.id,
      members: u.members.map((m) => ({ count: m.count, skills: { ...m.skills } })),
    })),
    wipLimit: t.wipLimit ?? Number.POSITIVE_INFINITY,
    coordination: t.coordination ?? 0,
    handoff: handoff(t.handoff),
    assignment: assignment(t.assignment),
  };
}

/** The rule the engine runs; the default is `any`. */
function assignment(input: AssignmentInput | undefined): Assignment {
  if (input === undefined || typeof input === 'string' || input.rule === 'any') return { rule: 'any' };
  return { rule: 'prefer-specialist', helpAfter: parseDuration(input.helpAfter!) };
}

function economics(input: EconomicsInput | undefined): Economics | null {
  return input === undefined ? null : { ...input };
}
