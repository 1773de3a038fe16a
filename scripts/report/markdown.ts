// The generated part of scenarios/README.md: an overview, one section per scenario
// (question, answer, results table) and the sweeps with their crossover sentences.
import { verdict } from '../../cli/output/verdict.js';
import type { CompareResult, Scenario } from '../../src/index.js';
import { humaniseMinutes } from '../../cli/output/humanise.js';
import { difference, estimateAt, metricSpec, value } from './format.js';
import { crossoverSentence, leadSide, type SweepPoint, type SweepSpec } from './sweeps.js';

export interface ScenarioReport {
  /** File name without .yaml. */
  id: string;
  scenario: Scenario;
  question: string;
  answer: string;
  baseline: string | null;
  result: CompareResult;
}

export const TABLE_KEYS = [
  'throughputPerDay',
  'leadTime.mean',
  'leadTime.p85',
  'leadTime.p95',
  'errorRate',
  'handoffsPerConcern',
  'failureDemand',
  'open',
  'utilisation.overall',
  'headcount',
] as const;

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const escape = (text: string): string => text.replace(/\|/g, '\\|');

function verdictText(result: CompareResult, key: string): string {
  return verdict(estimateAt(result.difference, key), metricSpec(key).better).text;
}

/** Rows of metrics a scenario has only when it uses working hours or absences. */
const OPTIONAL_KEYS: readonly [after: string, key: string][] = [
  ['leadTime.p95', 'leadTimeWorking.mean'],
  ['leadTime.p95', 'leadTimeWorking.p85'],
  ['utilisation.overall', 'availability.overall'],
];

export function resultsTable(result: CompareResult, base: readonly string[] = TABLE_KEYS): string {
  const keys = base.flatMap((key) => [
    key,
    ...OPTIONAL_KEYS.filter(([after, k]) => after === key && hasMetric(result.silo.metrics, k)).map(([, k]) => k),
  ]);
  const lines = [
    row(['metric', 'silo (Ampel)', 'team (Kreisverkehr)', 'team − silo [95% CI]', 'verdict']),
    row(['---', '---:', '---:', '---:', '---']),
  ];
  for (const key of keys) {
    lines.push(
      row([
        metricSpec(key).label,
        value(estimateAt(result.silo.metrics, key).mean, key),
        value(estimateAt(result.team.metrics, key).mean, key),
        difference(estimateAt(result.difference, key), key),
        verdictText(result, key),
      ]),
    );
  }
  return lines.join('\n');
}

function hasMetric(metrics: unknown, key: string): boolean {
  let node: unknown = metrics;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node !== undefined;
}

function overview(reports: readonly ScenarioReport[]): string {
  const lines = [
    row([
      'scenario',
      'people silo / team',
      'mean lead time silo',
      'team',
      'team − silo [95% CI]',
      'lead time verdict',
      'error rate silo',
      'team',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---', '---:', '---:']),
  ];
  for (const r of reports) {
    const m = (who: 'silo' | 'team', key: string) => value(estimateAt(r.result[who].metrics, key).mean, key);
    lines.push(
      row([
        `[${r.id}](#${r.id})`,
        `${m('silo', 'headcount')} / ${m('team', 'headcount')}`,
        m('silo', 'leadTime.mean'),
        m('team', 'leadTime.mean'),
        difference(estimateAt(r.result.difference, 'leadTime.mean'), 'leadTime.mean'),
        verdictText(r.result, 'leadTime.mean'),
        m('silo', 'errorRate'),
        m('team', 'errorRate'),
      ]),
    );
  }
  return lines.join('\n');
}

/** Minutes as whole days or hours when they are, else as the CLI shows them. */
function span(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes > 0 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return humaniseMinutes(minutes);
}

function runLine(r: ScenarioReport): string {
  const s = r.scenario;
  const base = r.baseline ? ` · compared with [${r.baseline}](#${r.baseline}) (same seed, paired replications)` : '';
  return (
    `[\`${r.id}.yaml\`](${r.id}.yaml) · seed ${s.seed} · ${s.replications} replications of ` +
    `${span(s.horizon)} (the first ${span(s.warmup)} not counted)${base}`
  );
}

function section(r: ScenarioReport): string {
  return [
    `<a id="${r.id}"></a>`,
    `### ${escape(r.scenario.name)}`,
    '',
    runLine(r),
    '',
    `**Question.** ${r.question}`,
    '',
    `**Answer.** ${r.answer}`,
    '',
    resultsTable(r.result),
  ].join('\n');
}

export function sweepSection(spec: SweepSpec, points: readonly SweepPoint[], text: string): string {
  const lead = 'leadTime.mean';
  const lines = [
    row([
      spec.parameter,
      'mean lead time silo',
      'team',
      'team − silo [95% CI]',
      'verdict',
      'utilisation silo',
      'team',
      'open at horizon silo',
      'team',
    ]),
    row(['---:', '---:', '---:', '---:', '---', '---:', '---:', '---:', '---:']),
  ];
  for (const p of points) {
    const m = (who: 'silo' | 'team', key: string) => value(estimateAt(p.result[who].metrics, key).mean, key);
    const mark = leadSide(p) === 'below' ? '' : ' ◀';
    lines.push(
      row([
        p.value,
        m('silo', lead),
        m('team', lead),
        difference(estimateAt(p.result.difference, lead), lead),
        verdictText(p.result, lead) + mark,
        m('silo', 'utilisation.overall'),
        m('team', 'utilisation.overall'),
        m('silo', 'open'),
        m('team', 'open'),
      ]),
    );
  }
  return [
    `<a id="${spec.id}"></a>`,
    `### ${spec.title}`,
    '',
    `**${crossoverSentence(spec, points)}**`,
    '',
    lines.join('\n'),
    '',
    `${spec.note(text)} ${points[0]?.result.silo.replications ?? 0} paired replications per value; ◀ marks values where the team does not beat the silo.`,
  ].join('\n');
}

export function readmeBlock(
  reports: readonly ScenarioReport[],
  sweeps: readonly { spec: SweepSpec; points: readonly SweepPoint[]; text: string }[],
): string {
  return [
    '<!-- Generated by `npm run scenarios:report` from the scenario files. Do not edit by hand: edit the',
    '     scenario files (and their "# question:" / "# answer:" comments) and run the script again. -->',
    '',
    '## Overview',
    '',
    overview(reports),
    '',
    '## Scenarios',
    '',
    reports.map(section).join('\n\n'),
    '',
    '## When? Sweeps',
    '',
    sweeps.map((s) => sweepSection(s.spec, s.points, s.text)).join('\n\n'),
  ].join('\n');
}
