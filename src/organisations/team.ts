// "Kreisverkehr": cross-functional teams that own each concern end to end (the model is
// src/model/team.ts; who takes which task is described in docs/model.md).
import { teamMembers } from '../model/members.js';
import { createTeams } from '../model/team.js';
import { teamHeadcount } from '../scenario/warnings.js';
import type { Scenario } from '../scenario/types.js';
import { described, type OrganisationStrategy } from './strategy.js';

/** What the page draws of the teams. */
export interface TeamLayout {
  /** `members`: each member's skills (skill -> proficiency) in the trace's `worker` order. */
  teams: { id: string; label: string; members: Record<string, number>[] }[];
  wipLimit: number | null;
  pickup: number;
  delayMean: number;
}

const teamOf = (scenario: Scenario) => described(scenario.team, 'team');

export const team: OrganisationStrategy<TeamLayout> = {
  mode: 'team',
  describedIn: (scenario) => scenario.team !== null,
  build: (scenario, ctx) => createTeams(teamOf(scenario), ctx),
  units: (scenario) => teamOf(scenario).teams.map((t) => ({ id: t.id, capacity: teamMembers(t).length, hours: t.hours ?? null })),
  headcount: teamHeadcount,
  layout(scenario) {
    const org = teamOf(scenario);
    return {
      teams: org.teams.map((t) => ({ id: t.id, label: t.label || t.id, members: teamMembers(t) })),
      wipLimit: Number.isFinite(org.wipLimit) ? org.wipLimit : null,
      pickup: org.handoff.pickup,
      delayMean: org.handoff.delay.mean,
    };
  },
};
