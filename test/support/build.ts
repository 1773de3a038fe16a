// Hand-built normalised scenarios for engine tests, independent of the file format.
import { createDistribution } from '../../src/random/distributions.js';
import type { Distribution, DistributionSpec } from '../../src/random/distribution.js';
import type { ConcernType, Handoff, Scenario, SiloOrganisation, TaskSpec, TeamOrganisation } from '../../src/scenario/types.js';

export const dist = (spec: DistributionSpec | number): Distribution =>
  createDistribution(typeof spec === 'number' ? { dist: 'constant', value: spec } : spec);
export const exp = (mean: number): Distribution => dist({ dist: 'exponential', mean });

export const noHandoff = (): Handoff => ({ delay: dist(0), pickup: 0, infoLoss: 0, rework: dist(0) });

export function task(id: string, skill: string, work: Distribution | number, after: number[] = []): TaskSpec {
  return { id, skill, work: typeof work === 'number' ? dist(work) : work, after };
}

/** A concern type; `order` is the listed order unless given (tests list tasks topologically). */
export function concernType(id: string, tasks: TaskSpec[], share = 1, order?: number[]): ConcernType {
  return { id, label: id, share, tasks, order: order ?? tasks.map((_, i) => i) };
}

export function scenario(parts: {
  interarrival: Distribution;
  types: ConcernType[];
  horizon: number;
  warmup?: number;
  seed?: number;
  replications?: number;
  silo?: Partial<SiloOrganisation> & Pick<SiloOrganisation, 'departments'>;
  team?: Partial<TeamOrganisation> & Pick<TeamOrganisation, 'teams'>;
  failureDemand?: Scenario['failureDemand'];
  economics?: Scenario['economics'];
}): Scenario {
  const total = parts.types.reduce((s, t) => s + t.share, 0);
  return {
    name: 'test',
    description: '',
    horizon: parts.horizon,
    warmup: parts.warmup ?? 0,
    seed: parts.seed ?? 1,
    replications: parts.replications ?? 1,
    arrivals: { interarrival: parts.interarrival, rate: 1 / parts.interarrival.mean },
    concernTypes: parts.types.map((t) => ({ ...t, share: t.share / total })),
    failureDemand: parts.failureDemand ?? null,
    silo: parts.silo ? { intake: null, split: 'parallel', handoff: noHandoff(), ...parts.silo } : null,
    team: parts.team ? { wipLimit: Infinity, coordination: 0, handoff: noHandoff(), assignment: { rule: 'any' }, ...parts.team } : null,
    economics: parts.economics ?? null,
  };
}

export const department = (id: string, skills: string[], staff: number, policy: 'fifo' | 'shortest-first' = 'fifo') => ({
  id,
  label: id,
  skills,
  staff,
  policy,
});

/** A "distribution" that returns the given values in turn: exact traces need known work. */
export function sequence(...values: number[]): Distribution {
  let i = 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { kind: 'empirical', mean, variance: 0, sample: () => values[Math.min(i++, values.length - 1)] };
}
