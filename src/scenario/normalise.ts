// Turns a schema-valid, semantically checked file into the Scenario the engine runs:
// defaults filled in, shares normalised, references resolved to indices, units in minutes.
import type { ConcernType, Handoff, Scenario, SiloOrganisation, TeamOrganisation } from './types.js';
import type { HandoffInput, ScenarioFile } from './schema.js';
import { lift } from './lift.js';
import { parseDuration, parseRate } from './units.js';
import { dependencyOrder } from './dependencies.js';
import { hoursOf, profileOf, absenceOf, type AbsenceInput } from './working-time.js';

type ConcernInput = ScenarioFile['concerns'][number];
type SiloInput = NonNullable<ScenarioFile['organisations']['silo']>;
type TeamInput = NonNullable<ScenarioFile['organisations']['team']>;

export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATIONS = 10;

export function normalise(file: ScenarioFile): Scenario {
  const totalShare = file.concerns.reduce((sum, c) => sum + c.share, 0);
  const calendar = file.calendar?.hours;
  const siloOrg = file.organisations.silo ? silo(file.organisations.silo, calendar, file.absence) : null;
  const teamOrg = file.organisations.team ? team(file.organisations.team, calendar, file.absence) : null;
  const siloUnits = siloOrg ? [...(siloOrg.intake ? [siloOrg.intake] : []), ...siloOrg.departments] : [];
  const teamGroups = teamOrg ? teamOrg.teams.flatMap((t) => t.members) : [];
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
    workingHours: siloUnits.some((u) => u.hours !== null) || (teamOrg?.teams.some((t) => t.hours !== null) ?? false),
    absences: [...siloUnits, ...teamGroups].some((u) => u.absence !== null),
    silo: siloOrg,
    team: teamOrg,
  };
}

function arrivals(a: ScenarioFile['arrivals']): Scenario['arrivals'] {
  if (a.profile !== undefined) {
    const profile = profileOf(a.profile);
    // Gaps are unit-rate exponentials stretched by the profile (docs/model.md#arrival-profile).
    return { rate: profile.perWeek / 10080, interarrival: lift({ dist: 'exponential', mean: 1 }), profile };
  }
  if (a.rate !== undefined) {
    const rate = parseRate(a.rate);
    // A Poisson stream: exponential gaps with mean 1 / rate.
    return { rate, interarrival: lift({ dist: 'exponential', mean: 1 / rate }), profile: null };
  }
  const interarrival = lift(a.interarrival);
  return { rate: 1 / interarrival.mean, interarrival, profile: null };
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

type HoursInput = NonNullable<ScenarioFile['calendar']>['hours'] | undefined;

function silo(s: SiloInput, calendar: HoursInput, absence: AbsenceInput | undefined): SiloOrganisation {
  const orgAbsence = s.absence ?? absence;
  return {
    intake: s.intake
      ? {
          staff: s.intake.staff,
          work: lift(s.intake.work),
          misroute: s.intake.misroute ?? 0,
          hours: hoursOf(s.intake.hours ?? calendar),
          absence: absenceOf(s.intake.absence ?? orgAbsence),
        }
      : null,
    departments: s.departments.map((d) => ({
      id: d.id,
      label: d.label ?? d.id,
      skills: [...d.skills],
      staff: d.staff,
      policy: d.policy ?? 'fifo',
      hours: hoursOf(d.hours ?? calendar),
      absence: absenceOf(d.absence ?? orgAbsence),
    })),
    split: s.split ?? 'parallel',
    handoff: handoff(s.handoff),
  };
}

function team(t: TeamInput, calendar: HoursInput, absence: AbsenceInput | undefined): TeamOrganisation {
  const orgAbsence = t.absence ?? absence;
  return {
    teams: t.teams.map((u) => ({
      id: u.id,
      label: u.label ?? u.id,
      members: u.members.map((m) => ({ count: m.count, skills: { ...m.skills }, absence: absenceOf(m.absence ?? orgAbsence) })),
      hours: hoursOf(u.hours ?? calendar),
    })),
    wipLimit: t.wipLimit ?? Number.POSITIVE_INFINITY,
    coordination: t.coordination ?? 0,
    handoff: handoff(t.handoff),
  };
}
