// Turns a parsed Scenario into the plain-data layout the panels draw (units, people,
// concern types). Distributions stay in the worker; only their means travel.
import type { Scenario, Mode } from '../../src/scenario/types.js';
import type { ScenarioLayout } from './protocol.js';

/** Team members in the order the trace's `worker` index counts them (groups expanded). */
function expandMembers(groups: { count: number; skills: Record<string, number> }[]): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (const g of groups) for (let i = 0; i < g.count; i++) out.push({ ...g.skills });
  return out;
}

export function layoutOf(scenario: Scenario, modes: readonly Mode[]): ScenarioLayout {
  const silo = modes.includes('silo') ? scenario.silo : null;
  const team = modes.includes('team') ? scenario.team : null;
  return {
    name: scenario.name,
    description: scenario.description,
    horizon: scenario.horizon,
    warmup: scenario.warmup,
    seed: scenario.seed,
    replications: scenario.replications,
    modes: [...modes],
    concernTypes: scenario.concernTypes.map((c) => ({ id: c.id, label: c.label || c.id })),
    silo: silo && {
      intake: silo.intake && { staff: silo.intake.staff },
      departments: silo.departments.map((d) => ({ id: d.id, label: d.label || d.id, staff: d.staff, skills: [...d.skills] })),
      split: silo.split,
      pickup: silo.handoff.pickup,
      delayMean: silo.handoff.delay.mean,
    },
    team: team && {
      teams: team.teams.map((t) => ({ id: t.id, label: t.label || t.id, members: expandMembers(t.members) })),
      wipLimit: Number.isFinite(team.wipLimit) ? team.wipLimit : null,
      pickup: team.handoff.pickup,
      delayMean: team.handoff.delay.mean,
    },
  };
}
