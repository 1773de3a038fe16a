// "Ampel": departments that hand work to each other (the model is src/model/silo.ts).
import { createSilo } from '../model/silo.js';
import { siloHeadcount } from '../scenario/warnings.js';
import type { Scenario } from '../scenario/types.js';
import { described, type OrganisationStrategy } from './strategy.js';

/** What the page draws of the silo. */
export interface SiloLayout {
  intake: { staff: number } | null;
  /** `skills`: what the department works on (a team member's skill reads as its label). */
  departments: { id: string; label: string; staff: number; skills: string[] }[];
  split: 'parallel' | 'sequential';
  pickup: number;
  delayMean: number;
}

const siloOf = (scenario: Scenario) => described(scenario.silo, 'silo');

export const silo: OrganisationStrategy<SiloLayout> = {
  mode: 'silo',
  describedIn: (scenario) => scenario.silo !== null,
  build: (scenario, ctx) => createSilo(siloOf(scenario), ctx),
  units(scenario) {
    const org = siloOf(scenario);
    const departments = org.departments.map((d) => ({ id: d.id, capacity: d.staff, hours: d.hours ?? null }));
    return org.intake ? [{ id: 'intake', capacity: org.intake.staff, hours: org.intake.hours ?? null }, ...departments] : departments;
  },
  headcount: siloHeadcount,
  layout(scenario) {
    const org = siloOf(scenario);
    return {
      intake: org.intake && { staff: org.intake.staff },
      departments: org.departments.map((d) => ({ id: d.id, label: d.label || d.id, staff: d.staff, skills: [...d.skills] })),
      split: org.split,
      pickup: org.handoff.pickup,
      delayMean: org.handoff.delay.mean,
    };
  },
};
