// The units whose utilisation is reported (intake, departments, teams) and the headcount
// of an organisation, read off the scenario.
import type { Unit } from './metrics/index.js';
import { siloHeadcount, teamHeadcount } from './scenario/warnings.js';
import type { Mode, Scenario, SiloOrganisation, TeamOrganisation } from './scenario/types.js';

export function unitsOf(scenario: Scenario, mode: Mode): Unit[] {
  if (mode === 'silo') {
    const silo = organisation(scenario, 'silo') as SiloOrganisation;
    const departments = silo.departments.map((d) => ({ id: d.id, capacity: d.staff }));
    return silo.intake ? [{ id: 'intake', capacity: silo.intake.staff }, ...departments] : departments;
  }
  const team = organisation(scenario, 'team') as TeamOrganisation;
  return team.teams.map((t) => ({ id: t.id, capacity: t.members.reduce((sum, group) => sum + group.count, 0) }));
}

export function headcountOf(scenario: Scenario, mode: Mode): number {
  return mode === 'silo' ? siloHeadcount(scenario) : teamHeadcount(scenario);
}

export function organisation(scenario: Scenario, mode: Mode): SiloOrganisation | TeamOrganisation {
  const org = scenario[mode];
  if (!org) throw new Error(`invariant: the scenario has no ${mode} organisation (the scenario layer checks this)`);
  return org;
}
