// Warnings about a valid scenario whose results would mislead: a comparison between
// organisations of different size, or a unit offered more work than its people can do
// (utilisation >= 1: queues grow for the whole run, docs/model.md#warnings).
import type { Finding } from './issues.js';
import type { Absence, Hours, Scenario, TeamOrganisation } from './types.js';
import { WEEK } from '../working-time/hours.js';
import { quote } from './quote.js';

/** Silo headcount: intake staff plus all department staff. */
export function siloHeadcount(s: Scenario): number {
  if (!s.silo) return 0;
  return (s.silo.intake?.staff ?? 0) + s.silo.departments.reduce((n, d) => n + d.staff, 0);
}

/** Team headcount: all members of all teams. */
export function teamHeadcount(s: Scenario): number {
  return s.team ? s.team.teams.reduce((n, t) => n + t.members.reduce((m, g) => m + g.count, 0), 0) : 0;
}

function headcount(s: Scenario): Finding[] {
  const silo = siloHeadcount(s);
  const team = teamHeadcount(s);
  if (!s.silo || !s.team || silo === team) return [];
  return [
    {
      code: 'HEADCOUNT_DIFFERS',
      path: ['organisations'],
      message: `the silo organisation has ${silo} people and the team organisation ${team}, so a comparison also measures the difference in people`,
      expected: 'the same headcount in both organisations',
      found: `silo ${silo}, team ${team}`,
      params: { silo, team },
    },
  ];
}

/**
 * People at work on average: staff × the share of the week the unit is open × the share
 * of that time they are present (docs/model.md#working-time).
 */
function atWork(staff: number, hours: Hours | undefined, absence: Absence | null | undefined): number {
  return staff * (hours ? hours.perWeek / WEEK : 1) * (1 - (absence?.share ?? 0));
}

/** Which unit an OVERLOAD warning is about, as data: its kind and id(s), e.g. department "leistung". */
interface UnitName {
  kind: 'intake' | 'department' | 'team' | 'teams';
  ids: string;
}

function overload(unit: string, name: UnitName, path: (string | number)[], load: number, staff: number, people = staff): Finding[] {
  const utilisation = load / people;
  if (utilisation < 1) return [];
  const whom = people === staff ? `${people}` : `${staff} people, ${people.toFixed(2)} at work on average`;
  return [
    {
      code: 'OVERLOAD',
      path,
      message:
        `${unit} is offered more work than it can do: utilisation ${utilisation.toFixed(2)} ` +
        `(${load.toFixed(2)} people's worth of work for ${whom}); its queue grows for the whole run`,
      expected: 'utilisation below 1',
      found: utilisation.toFixed(2),
      params: { unitKind: name.kind, unit: name.ids, utilisation, load, people },
    },
  ];
}

/** Offered load in busy people: arrival rate x mean work per concern that lands on the unit. */
function siloLoad(s: Scenario): Finding[] {
  if (!s.silo) return [];
  const out: Finding[] = [];
  const intake = s.silo.intake;
  if (intake) {
    out.push(
      ...overload(
        'the intake',
        { kind: 'intake', ids: 'intake' },
        ['organisations', 'silo', 'intake'],
        s.arrivals.rate * intake.work.mean,
        intake.staff,
        atWork(intake.staff, intake.hours, intake.absence),
      ),
    );
  }
  const departments = s.silo.departments;
  // A skill offered by several departments is counted where it is listed first. Looked up
  // once per skill: per department and task it was quadratic, and a file of thousands of
  // departments kept `validate` busy for minutes.
  const owner = new Map<string, number>();
  departments.forEach((d, i) => d.skills.forEach((skill) => owner.has(skill) || owner.set(skill, i)));
  const work = new Array<number>(departments.length).fill(0);
  for (const c of s.concernTypes) {
    // Per type, each department's task means in task order, then weighted by the share.
    const perDepartment = new Map<number, number>();
    for (const t of c.tasks) {
      const i = owner.get(t.skill);
      if (i !== undefined) perDepartment.set(i, (perDepartment.get(i) ?? 0) + t.work.mean);
    }
    for (const [i, w] of perDepartment) work[i] += c.share * w;
  }
  departments.forEach((d, i) => {
    const name: UnitName = { kind: 'department', ids: d.id };
    const path = ['organisations', 'silo', 'departments', i];
    out.push(...overload(`department ${quote(d.id)}`, name, path, s.arrivals.rate * work[i], d.staff, atWork(d.staff, d.hours, d.absence)));
  });
  return out;
}

/** The teams as a whole: work at proficiency 1, stretched by coordination, over all members. */
function teamLoad(s: Scenario, team: TeamOrganisation): Finding[] {
  const work = s.concernTypes.reduce((sum, c) => sum + c.share * c.tasks.reduce((w, t) => w + t.work.mean, 0), 0);
  const people = team.teams.reduce((n, t) => n + t.members.reduce((m, g) => m + g.count, 0), 0);
  const present = team.teams.reduce((n, t) => n + t.members.reduce((m, g) => m + atWork(g.count, t.hours, g.absence), 0), 0);
  const names = team.teams.map((t) => quote(t.id)).join(', ');
  const unit = team.teams.length === 1 ? `team ${names}` : `the teams ${names}`;
  const name: UnitName = { kind: team.teams.length === 1 ? 'team' : 'teams', ids: team.teams.map((t) => t.id).join(', ') };
  return overload(unit, name, ['organisations', 'team', 'teams'], (s.arrivals.rate * work) / (1 - team.coordination), people, present);
}

export function scenarioWarnings(s: Scenario): Finding[] {
  return [...headcount(s), ...siloLoad(s), ...(s.team ? teamLoad(s, s.team) : [])];
}
