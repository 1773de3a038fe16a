// Prints the engine against queueing theory as a Markdown table: each model that reduces to
// a textbook result, run through the normal scenario path in both organisations.
// Run: npm run theory
import {
  groupByVariant,
  loadParser,
  mmc,
  planExperiment,
  runHere,
  toRunResult,
  type Estimate,
  type MetricsSummary,
  type Mode,
} from '../src/index.js';

const { parseScenario } = await loadParser();

interface Case {
  model: string;
  yaml: string;
  modes: Mode[];
  rows: (metrics: MetricsSummary) => [string, Estimate, number][];
}

const station = (rate: string, mean: number, c: number): string => `
name: theory
time: { horizon: 100d, warmup: 2d }
run: { seed: 2026, replications: 20 }
arrivals: { rate: ${rate} }
concerns: [ { id: c, share: 1, tasks: [ { id: t, skill: s, work: { dist: exponential, mean: ${mean} } } ] } ]
organisations:
  silo: { departments: [ { id: d, skills: [s], staff: ${c} } ] }
  team: { teams: [ { id: x, members: [ { count: ${c}, skills: { s: 1 } } ] } ] }
`;

const mm1 = mmc(0.7 / 10, 1 / 10, 1);
const mm3 = mmc(0.24, 0.1, 3);
const tandem = mmc(0.05, 1 / 12, 1).lead + mmc(0.05, 1 / 30, 2).lead;

const cases: Case[] = [
  {
    model: 'M/M/1, ρ = 0.7',
    yaml: station('4.2/h', 10, 1),
    modes: ['silo', 'team'],
    rows: (m) => [
      ['mean wait Wq', m.waitTime.mean, mm1.wait],
      ['mean lead W', m.leadTime.mean, mm1.lead],
      ['utilisation', m.utilisation.overall, 0.7],
    ],
  },
  {
    model: 'M/M/3, ρ = 0.8 (Erlang C)',
    yaml: station('14.4/h', 10, 3),
    modes: ['silo', 'team'],
    rows: (m) => [
      ['mean wait Wq', m.waitTime.mean, mm3.wait],
      ['mean lead W', m.leadTime.mean, mm3.lead],
    ],
  },
  {
    model: 'tandem M/M/1 → M/M/2 (Jackson)',
    modes: ['silo'],
    yaml: `
name: tandem
time: { horizon: 100d, warmup: 2d }
run: { seed: 2026, replications: 20 }
arrivals: { rate: 3/h }
concerns:
  - { id: c, share: 1, tasks: [ { id: a, skill: sa, work: { dist: exponential, mean: 12 } },
                                { id: b, skill: sb, work: { dist: exponential, mean: 30 }, after: [a] } ] }
organisations:
  silo: { split: sequential, departments: [ { id: A, skills: [sa], staff: 1 }, { id: B, skills: [sb], staff: 2 } ] }
`,
    rows: (m) => [['mean lead W1 + W2', m.leadTime.mean, tandem]],
  },
];

const fmt = (x: number): string => x.toFixed(3);
console.log('| model | organisation | quantity | simulated mean [95% CI] | analytic | inside CI |');
console.log('|---|---|---|---|---|---|');
for (const c of cases) {
  const { scenario, file, issues } = parseScenario(c.yaml, { mode: 'any' });
  if (!scenario || !file) throw new Error(`theory scenario invalid: ${issues.map((i) => i.message).join('; ')}`);
  const plan = planExperiment([{ value: null, data: file, replications: scenario.replications }], c.modes);
  const [byMode] = groupByVariant(plan, await runHere(plan));
  for (const mode of c.modes) {
    const { metrics } = toRunResult(scenario, mode, byMode[mode]);
    const little = scenario.arrivals.rate * metrics.leadTime.mean.mean;
    for (const [quantity, est, expected] of [
      ...c.rows(metrics),
      ['wip (Little: λ·W)', metrics.wip, little] as [string, Estimate, number],
    ]) {
      const inside = est.ci95[0] <= expected && expected <= est.ci95[1];
      console.log(
        `| ${c.model} | ${mode} | ${quantity} | ${fmt(est.mean)} [${fmt(est.ci95[0])}, ${fmt(est.ci95[1])}] | ${fmt(expected)} | ${inside ? 'yes' : 'no'} |`,
      );
    }
  }
}
