// The limits of docs/model.md#keys-and-defaults are where they are for a reason: every value
// the checks let through (up to each limit) gives the engine numbers it can work with, and
// one step past a limit is refused.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import {
  MAX_COORDINATION,
  MAX_DURATION,
  MAX_ERLANG_K,
  MAX_GAMMA_CV,
  MAX_HORIZON,
  MAX_RATE,
  MAX_REPLICATIONS,
  MAX_SEED,
  MAX_UNIT_PEOPLE,
  MIN_DURATION,
  MIN_GAMMA_CV,
  MIN_PROFICIENCY,
  MIN_RATE,
} from '../../src/scenario/limits.js';
import { createRng } from '../../src/random/rng.js';
import { runAll } from '../support/run.js';

/** A one-task scenario with `work` as the task's work and `extra` lines appended to the silo/team. */
function scenarioText(parts: { work?: string; rate?: string; horizon?: string; run?: string; team?: string; silo?: string }): string {
  return [
    'name: limits',
    `time: { horizon: ${parts.horizon ?? '1d'} }`,
    ...(parts.run ? [`run: ${parts.run}`] : []),
    `arrivals: { rate: ${parts.rate ?? '2/h'} }`,
    'concerns:',
    `  - { id: c, share: 1, tasks: [{ id: a, skill: s1, work: ${parts.work ?? '10'} }] }`,
    'organisations:',
    '  silo:',
    `    departments: [{ id: d1, skills: [s1], staff: 1 }]${parts.silo ?? ''}`,
    '  team:',
    `    teams: [{ id: t, members: [{ count: 1, skills: { s1: 1 } }] }]${parts.team ?? ''}`,
  ].join('\n');
}

const codes = (text: string) => parseScenario(text).issues.map((i) => i.code);

const MIN = String(MIN_DURATION);
const MAX = String(MAX_DURATION);

// Every family at the corners of what the checks allow.
const corners: string[] = [
  ...['0', MIN, MAX].map((v) => `{ dist: constant, value: ${v} }`),
  ...[MIN, MAX].map((m) => `{ dist: exponential, mean: ${m} }`),
  `{ dist: uniform, min: 0, max: ${MIN} }`,
  `{ dist: uniform, min: 0, max: ${MAX} }`,
  `{ dist: uniform, min: ${MAX}, max: ${MAX} }`,
  `{ dist: triangular, min: 0, mode: 0, max: ${MAX} }`,
  `{ dist: triangular, min: 0, mode: ${MAX}, max: ${MAX} }`,
  `{ dist: triangular, min: ${MIN}, mode: ${MIN}, max: ${MIN} }`,
  ...['0', MIN, MAX].flatMap((mean) => ['0', MIN, MAX].map((sd) => `{ dist: normal, mean: ${mean}, sd: ${sd} }`)),
  ...[MIN, MAX].flatMap((mean) => ['0', MIN, MAX].map((sd) => `{ dist: lognormal, mean: ${mean}, sd: ${sd} }`)),
  ...[MIN, MAX].flatMap((mean) => [MIN_GAMMA_CV, 1, MAX_GAMMA_CV].map((cv) => `{ dist: gamma, mean: ${mean}, cv: ${cv} }`)),
  ...[MIN, MAX].flatMap((mean) => [1, MAX_ERLANG_K].map((k) => `{ dist: erlang, mean: ${mean}, k: ${k} }`)),
  `{ dist: empirical, values: [0, ${MIN}, ${MAX}] }`,
];

describe('every distribution the checks accept samples numbers the engine can use', () => {
  it.each(corners)('%s: validates, and 2000 draws are finite and >= 0, with a finite mean and variance', (work) => {
    const { scenario, issues } = parseScenario(scenarioText({ work }));
    expect(issues).toEqual([]);
    const dist = scenario!.concernTypes[0].tasks[0].work;
    expect(Number.isFinite(dist.mean) && Number.isFinite(dist.variance)).toBe(true);
    const rng = createRng(7);
    for (let i = 0; i < 2000; i++) {
      const x = dist.sample(rng);
      if (!(x >= 0 && x < Infinity)) throw new Error(`draw ${i} of ${work} is ${x}`);
    }
  });
});

describe('a scenario at the limits runs', () => {
  it('the longest horizon with the slowest arrivals, the longest work, the least proficiency and the most coordination', () => {
    const { scenario, issues } = parseScenario(
      scenarioText({
        horizon: `${MAX_HORIZON}`,
        rate: `${MIN_RATE}`,
        run: `{ seed: ${MAX_SEED}, replications: 2 }`,
        work: `{ dist: gamma, mean: ${MAX}, cv: ${MAX_GAMMA_CV} }`,
        silo: `\n    handoff: { delay: ${MAX}, pickup: ${MIN}, rework: ${MAX}, infoLoss: 1 }`,
        team: `\n    coordination: ${MAX_COORDINATION}\n    handoff: { pickup: ${MAX}, infoLoss: 1, rework: ${MAX} }`,
      }).replace('{ s1: 1 }', `{ s1: ${MIN_PROFICIENCY} }`),
    );
    expect(issues).toEqual([]);
    for (const mode of ['silo', 'team'] as const) {
      const result = runAll(scenario!, mode);
      expect(Number.isFinite(result.metrics.arrived.mean)).toBe(true);
      expect(Number.isFinite(result.metrics.utilisation.overall.mean)).toBe(true);
    }
  });

  it('the fastest arrivals with the most people in a unit, for a hundredth of a minute', () => {
    const { scenario, issues } = parseScenario(
      scenarioText({ horizon: '0.01', rate: `${MAX_RATE}`, work: MIN, run: '{ replications: 1 }' })
        .replace('staff: 1', `staff: ${MAX_UNIT_PEOPLE}`)
        .replace('count: 1', `count: ${MAX_UNIT_PEOPLE}`),
    );
    expect(issues).toEqual([]);
    for (const mode of ['silo', 'team'] as const) {
      const result = runAll(scenario!, mode);
      expect(result.metrics.arrived.mean).toBeGreaterThan(5000);
      expect(Number.isFinite(result.metrics.leadTime.mean.mean)).toBe(true);
    }
  });
});

describe('one step past a limit is refused', () => {
  it.each([
    ['horizon', scenarioText({ horizon: `${MAX_HORIZON * 1.000001}` }), 'TOO_LARGE'],
    ['rate above', scenarioText({ rate: `${MAX_RATE * 1.000001}` }), 'TOO_LARGE'],
    ['rate below', scenarioText({ rate: `${MIN_RATE * 0.999999}` }), 'TOO_SMALL'],
    ['work', scenarioText({ work: `${MAX_DURATION * 1.000001}` }), 'TOO_LARGE'],
    ['work below the resolution', scenarioText({ work: `${MIN_DURATION * 0.999}` }), 'TOO_SMALL'],
    ['seed', scenarioText({ run: `{ seed: ${MAX_SEED + 1} }` }), 'TOO_LARGE'],
    ['replications', scenarioText({ run: `{ replications: ${MAX_REPLICATIONS + 1} }` }), 'TOO_LARGE'],
    ['cv below', scenarioText({ work: `{ dist: gamma, mean: 10, cv: ${MIN_GAMMA_CV * 0.999} }` }), 'INVALID_PARAMETER'],
    ['cv above', scenarioText({ work: `{ dist: gamma, mean: 10, cv: ${MAX_GAMMA_CV * 1.001} }` }), 'INVALID_PARAMETER'],
    ['erlang k', scenarioText({ work: `{ dist: erlang, mean: 10, k: ${MAX_ERLANG_K + 1} }` }), 'INVALID_PARAMETER'],
    ['coordination', scenarioText({ team: `\n    coordination: ${MAX_COORDINATION + 0.001}` }), 'COORDINATION_RANGE'],
    ['proficiency', scenarioText({}).replace('{ s1: 1 }', `{ s1: ${MIN_PROFICIENCY * 0.999} }`), 'PROFICIENCY_RANGE'],
    ['staff', scenarioText({}).replace('staff: 1', `staff: ${MAX_UNIT_PEOPLE + 1}`), 'TOO_LARGE'],
    ['member count', scenarioText({}).replace('count: 1', `count: ${MAX_UNIT_PEOPLE + 1}`), 'TOO_LARGE'],
  ])('%s', (_what, text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it('the limits themselves are accepted', () => {
    expect(
      codes(scenarioText({ horizon: `${MAX_HORIZON}`, rate: `${MAX_RATE}`, run: `{ seed: ${MAX_SEED}, replications: 10000 }` })),
    ).toEqual([]);
  });
});
