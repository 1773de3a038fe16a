// Random valid scenarios for property tests: up to three concern types of up to three
// tasks over three skills, every distribution kind the engine samples differently, both
// organisations with handoffs, intake, misroutes, WIP limits and failure demand.
import fc from 'fast-check';
import type { Distribution } from '../../src/random/distribution.js';
import type { Scenario } from '../../src/scenario/types.js';
import { concernType, department, dist, scenario, task } from './build.js';

const SKILLS = ['s0', 's1', 's2'];

const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  fc.double({ min: 1, max: 30, noNaN: true }).map((mean) => dist({ dist: 'exponential', mean })),
  fc.double({ min: 0, max: 30, noNaN: true }).map((value) => dist(value)),
  fc
    .tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }))
    .map(([min, width]) => dist({ dist: 'uniform', min, max: min + width })),
  fc.double({ min: 1, max: 30, noNaN: true }).map((mean) => dist({ dist: 'lognormal', mean, sd: mean / 2 })),
);

const taskList = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 2 }), distribution, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 })), {
    minLength: 1,
    maxLength: 3,
  })
  // `after` may only name earlier tasks, so the dependencies are acyclic.
  .map((tasks) =>
    tasks.map(([skill, work, deps], i) =>
      task(
        `t${i}`,
        SKILLS[skill],
        work,
        deps.slice(0, i).flatMap((d, j) => (d ? [j] : [])),
      ),
    ),
  );

const handoff = fc.record({
  delay: distribution,
  pickup: fc.constantFrom(0, 0, 30, 60),
  infoLoss: fc.double({ min: 0, max: 1, noNaN: true }),
  rework: distribution,
});

export const randomScenario: fc.Arbitrary<Scenario> = fc
  .record({
    types: fc.array(fc.tuple(taskList, fc.double({ min: 0.1, max: 1, noNaN: true })), { minLength: 1, maxLength: 3 }),
    meanGap: fc.double({ min: 2, max: 20, noNaN: true }),
    staff: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
    intake: fc.option(
      fc.record({ staff: fc.integer({ min: 1, max: 2 }), work: distribution, misroute: fc.double({ min: 0, max: 1, noNaN: true }) }),
    ),
    split: fc.constantFrom<'parallel' | 'sequential'>('parallel', 'sequential'),
    policy: fc.constantFrom<'fifo' | 'shortest-first'>('fifo', 'shortest-first'),
    siloHandoff: handoff,
    teamHandoff: handoff,
    members: fc.array(
      fc.record({
        count: fc.integer({ min: 1, max: 2 }),
        extra: fc.integer({ min: 0, max: 2 }),
        p: fc.double({ min: 0.2, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    teamCount: fc.integer({ min: 1, max: 2 }),
    wipLimit: fc.constantFrom(Infinity, 1, 3),
    coordination: fc.double({ min: 0, max: 0.4, noNaN: true }),
    failure: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    warmup: fc.constantFrom(0, 100),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((p) =>
    scenario({
      interarrival: dist({ dist: 'exponential', mean: p.meanGap }),
      types: p.types.map(([tasks, share], i) => concernType(`c${i}`, tasks, share)),
      horizon: 1500,
      warmup: p.warmup,
      seed: p.seed,
      failureDemand: p.failure === null ? null : { probability: p.failure, delay: dist({ dist: 'exponential', mean: 200 }) },
      silo: {
        departments: SKILLS.map((skill, i) => department(`d${i}`, [skill], p.staff[i], p.policy)),
        intake: p.intake,
        split: p.split,
        handoff: p.siloHandoff,
      },
      team: {
        // Every member group holds one skill fully and one more at proficiency p; the first
        // groups cover all skills, so every task can be done in every team.
        teams: Array.from({ length: p.teamCount }, (_, t) => ({
          id: `team${t}`,
          label: `team${t}`,
          members: [
            ...SKILLS.map((skill) => ({ count: 1, skills: { [skill]: 1 } })),
            ...p.members.map((m, i) => ({ count: m.count, skills: { [SKILLS[i % 3]]: 1, [SKILLS[(i + 1 + m.extra) % 3]]: m.p } })),
          ],
        })),
        wipLimit: p.wipLimit,
        coordination: p.coordination,
        handoff: p.teamHandoff,
      },
    }),
  );
