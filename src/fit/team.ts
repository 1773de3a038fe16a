// The team organisation fit proposes for a fitted silo: the same people, spread over teams
// so that each team holds every speciality where the headcount allows, each person T-shaped
// (her department's skills at full speed, every other skill at `cross`). An assumption, not
// an observation: the export shows how the silo works, not how a team would.
import type { FittedDepartment, FittedIntake } from './fit-scenario.js';

export interface ProposedMemberGroup {
  count: number;
  /** Where these people work today ('intake' for the intake). */
  from: string;
  skills: Record<string, number>;
}

export interface ProposedTeam {
  id: string;
  members: ProposedMemberGroup[];
}

/**
 * As many teams as the smallest department has people (each team then gets one of every
 * speciality), department by department dealt round-robin; the intake's people become
 * generalists at `cross` proficiency.
 */
export function proposeTeams(departments: readonly FittedDepartment[], intake: FittedIntake | null, cross: number): ProposedTeam[] {
  const allSkills = [...new Set(departments.flatMap((d) => d.skills))];
  const count = Math.max(1, Math.min(...departments.map((d) => d.staff)));
  const teams: ProposedTeam[] = Array.from({ length: count }, (_, i) => ({ id: `team-${i + 1}`, members: [] }));
  const units = [
    ...departments.map((d) => ({ from: d.id, staff: d.staff, own: d.skills })),
    ...(intake ? [{ from: 'intake', staff: intake.staff, own: [] as string[] }] : []),
  ];
  let next = 0;
  for (const unit of units) {
    const skills = Object.fromEntries(allSkills.map((s) => [s, unit.own.includes(s) ? 1 : cross]));
    const perTeam = new Array<number>(count).fill(0);
    for (let person = 0; person < unit.staff; person++) perTeam[next++ % count]++;
    perTeam.forEach((n, i) => {
      if (n > 0) teams[i].members.push({ count: n, from: unit.from, skills });
    });
  }
  return teams;
}
