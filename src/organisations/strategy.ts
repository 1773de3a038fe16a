// What the rest of orgflow knows of an organisation: one object per kind (silo.ts,
// team.ts), found in the table of index.ts. Nothing outside src/organisations/ asks which
// kind it has; a third organisation is a third module and a row in that table.
import type { Unit } from '../metrics/utilisation.js';
import type { ModelContext, Organisation } from '../model/organisation.js';
import type { Hours, Mode, Scenario } from '../scenario/types.js';

export interface OrganisationStrategy<Layout> {
  readonly mode: Mode;
  /** Whether the scenario describes this organisation. */
  describedIn(scenario: Scenario): boolean;
  /** The model for one replication: it receives concerns and emits the trace. */
  build(scenario: Scenario, ctx: ModelContext): Organisation;
  /** The units whose utilisation is reported, with their number of people. */
  units(scenario: Scenario): Unit[];
  /** People in the organisation. */
  headcount(scenario: Scenario): number;
  /** Plain data the page draws the organisation from (units, people, their skills). */
  layout(scenario: Scenario): Layout;
}

/** The scenario's organisation of a kind; a strategy is only asked about one the scenario has. */
export function described<T>(org: T | null, mode: Mode): T {
  if (org === null) throw new Error(`invariant: the scenario has no ${mode} organisation (the scenario layer checks this)`);
  return org;
}

/** A unit's working hours as the page draws them: [start, end) minutes of the week, or null around the clock. */
export type OpenHours = [number, number][] | null;

export function openHours(hours: Hours | undefined): OpenHours {
  return hours ? hours.intervals() : null;
}
