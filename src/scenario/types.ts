// The validated, normalised scenario the engine runs: every duration in minutes, every
// random quantity a Distribution, every reference resolved. The raw file shape lives in
// schema.ts; nothing downstream branches on how a value was written.
import type { Distribution } from '../random/distribution.js';
import type { WeekPattern } from '../working-time/week-pattern.js';

export type Mode = 'silo' | 'team';
export const MODES: readonly Mode[] = ['silo', 'team'];

export interface Scenario {
  name: string;
  description: string;
  /** Simulated length in minutes. */
  horizon: number;
  /** Concerns arriving before this minute are not counted in statistics. */
  warmup: number;
  seed: number;
  replications: number;
  arrivals: Arrivals;
  concernTypes: ConcernType[];
  failureDemand: FailureDemand | null;
  /**
   * True when any unit has working hours (then leadTimeWorking is measured); a unit without
   * its own hours and no calendar works around the clock.
   */
  workingHours?: boolean;
  /** True when anyone can be absent (then availability is measured). */
  absences?: boolean;
  silo: SiloOrganisation | null;
  team: TeamOrganisation | null;
}

export interface Arrivals {
  interarrival: Distribution;
  /** Concerns per minute when the file gave a Poisson rate (else 1 / interarrival mean, or the profile's weekly mean). */
  rate: number;
  /** A weekly rate profile (a non-homogeneous Poisson stream); null for a constant stream. */
  profile?: WeekPattern | null;
}

/** When a unit works (null: around the clock). */
export type Hours = WeekPattern | null;

/** An alternating present/absent process per person (docs/model.md#absences). */
export interface Absence {
  share: number;
  duration: Distribution;
  /** Length of a present spell: exponential with mean duration.mean × (1 − share) / share. */
  present: Distribution;
}

export interface ConcernType {
  id: string;
  label: string;
  /** Normalised: the shares of all types sum to 1. */
  share: number;
  /** As listed in the file. */
  tasks: TaskSpec[];
  /** Task indices in dependency order, ties in the order listed. */
  order: number[];
}

export interface TaskSpec {
  id: string;
  skill: string;
  work: Distribution;
  /** Indices (into the concern type's tasks) of the tasks this one must come after. */
  after: number[];
}

export interface FailureDemand {
  probability: number;
  delay: Distribution;
}

export interface Handoff {
  delay: Distribution;
  /** Minutes between pickup instants ("traffic light"); 0 = handed-off work is released at once. */
  pickup: number;
  infoLoss: number;
  rework: Distribution;
}

export type DepartmentPolicy = 'fifo' | 'shortest-first';

export interface Department {
  id: string;
  label: string;
  skills: string[];
  staff: number;
  policy: DepartmentPolicy;
  hours?: Hours;
  absence?: Absence | null;
}

export interface Intake {
  staff: number;
  work: Distribution;
  misroute: number;
  hours?: Hours;
  absence?: Absence | null;
}

export interface SiloOrganisation {
  intake: Intake | null;
  departments: Department[];
  split: 'parallel' | 'sequential';
  handoff: Handoff;
}

export interface MemberGroup {
  count: number;
  /** Skill id -> proficiency in (0, 1]. */
  skills: Record<string, number>;
  absence?: Absence | null;
}

export interface Team {
  id: string;
  label: string;
  members: MemberGroup[];
  hours?: Hours;
}

export interface TeamOrganisation {
  teams: Team[];
  /** Concerns a team holds at once; Infinity when unlimited. */
  wipLimit: number;
  coordination: number;
  handoff: Handoff;
}
