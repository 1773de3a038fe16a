// The one place that decides which organisation runs: the table of organisation kinds by
// mode, and what follows from it (which kinds a scenario has, the page's layout).
import type { Mode, Scenario } from '../scenario/types.js';
import { silo, type SiloLayout } from './silo.js';
import type { OrganisationStrategy } from './strategy.js';
import { team, type TeamLayout } from './team.js';

export type { OrganisationStrategy } from './strategy.js';
export type { OpenHours } from './strategy.js';
export type { SiloLayout } from './silo.js';
export type { TeamLayout } from './team.js';

/** Each organisation kind's layout type, by mode. */
export interface OrganisationLayouts {
  silo: SiloLayout;
  team: TeamLayout;
}

/** Every organisation kind, in the order results list them (silo first, then team). */
export const ORGANISATIONS: { readonly [M in Mode]: OrganisationStrategy<OrganisationLayouts[M]> } = { silo, team };

export function organisation(mode: Mode): OrganisationStrategy<unknown> {
  return ORGANISATIONS[mode];
}

/** The organisations a scenario describes, in table order. */
export function modesOf(scenario: Scenario): Mode[] {
  return Object.values(ORGANISATIONS)
    .filter((kind) => kind.describedIn(scenario))
    .map((kind) => kind.mode);
}

/** What the page draws: the scenario's name and times, its concern types and each organisation run. */
export interface ScenarioLayout
  extends Pick<Scenario, 'name' | 'description' | 'horizon' | 'warmup' | 'seed' | 'replications'>, OrganisationLayoutsOrNull {
  modes: Mode[];
  concernTypes: { id: string; label: string }[];
  /** Whether the clock reads as weekday and time: the scenario has working hours or a weekly arrival profile. */
  weekly?: boolean;
}
type OrganisationLayoutsOrNull = { [M in Mode]: OrganisationLayouts[M] | null };

export function scenarioLayout(scenario: Scenario, modes: readonly Mode[]): ScenarioLayout {
  const layoutIf = <M extends Mode>(mode: M): OrganisationLayouts[M] | null =>
    modes.includes(mode) ? ORGANISATIONS[mode].layout(scenario) : null;
  return {
    name: scenario.name,
    description: scenario.description,
    horizon: scenario.horizon,
    warmup: scenario.warmup,
    seed: scenario.seed,
    replications: scenario.replications,
    modes: [...modes],
    concernTypes: scenario.concernTypes.map((c) => ({ id: c.id, label: c.label || c.id })),
    weekly: scenario.workingHours === true || (scenario.arrivals.profile ?? null) !== null,
    silo: layoutIf('silo'),
    team: layoutIf('team'),
  };
}

/** A value for each organisation kind, made by `make` (e.g. an empty list per mode). */
export function perMode<T>(make: (mode: Mode) => T): Record<Mode, T> {
  return { silo: make('silo'), team: make('team') };
}
