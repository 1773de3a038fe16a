// Everything `npm run scenarios:report` writes, computed in memory: the generated block of
// scenarios/README.md, the generated story block of README.md and the story's lead-time chart.
// The test compares this with the committed files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pairedDifference, type Mode } from '../../src/index.js';
import { renderAnswer, type AnswerNumbers } from './answer.js';
import { CHART_FILE, CHART_SCENARIO, SCENARIO_ORDER, SWEEPS } from './catalogue.js';
import { leadTimeChart, type ChartSeries } from './chart.js';
import { runScenario, type Runs } from './experiments.js';
import { estimateAt, value } from './format.js';
import { replaceBlock } from './markers.js';
import { readmeBlock, type ScenarioReport } from './markdown.js';
import { readMetadata } from './metadata.js';
import { storyBlock } from './story.js';
import { sweepPoints, type SweepPoint, type SweepSpec } from './sweeps.js';

export const README_FILE = 'scenarios/README.md';
export const STORY_FILE = 'README.md';

/** Shipped scenario ids (file names without .yaml): the catalogue's order, then any others by name. */
export function shippedScenarios(root: string): string[] {
  const files = readdirSync(join(root, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
  return [...SCENARIO_ORDER.filter((id) => files.includes(id)), ...files.filter((id) => !SCENARIO_ORDER.includes(id))];
}

export interface GenerateOptions {
  /** Progress for people (stderr in the script); never part of the output. */
  log?(message: string): void;
}

/** The files to write, path (relative to root) → content. */
export async function generateReport(root: string, options: GenerateOptions = {}): Promise<Map<string, string>> {
  const log = options.log ?? (() => {});
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const ids = shippedScenarios(root);
  const texts = new Map(ids.map((id) => [id, read(`scenarios/${id}.yaml`)]));
  // Read every question and answer first: a missing one fails before minutes of running.
  const metadata = new Map(ids.map((id) => [id, readMetadata(texts.get(id)!, `scenarios/${id}.yaml`)]));
  const runs = new Map<string, Runs>();
  const chart: Record<Mode, ChartSeries['leads']> & { open: Record<Mode, number> } = { silo: [], team: [], open: { silo: 0, team: 0 } };
  for (const id of ids) {
    log(`running ${id}`);
    const onConcern =
      id === CHART_SCENARIO
        ? (mode: Mode, record: { lead: number | null }) => {
            if (record.lead === null) chart.open[mode]++;
            else chart[mode].push(record.lead);
          }
        : undefined;
    runs.set(id, await runScenario(texts.get(id)!, `scenarios/${id}.yaml`, { onConcern }));
  }

  const numbers = new Map<string, AnswerNumbers>();
  const reports: ScenarioReport[] = ids.map((id) => {
    const file = `scenarios/${id}.yaml`;
    const meta = metadata.get(id)!;
    const own = runs.get(id)!;
    const base = meta.baseline === null ? null : runs.get(meta.baseline);
    if (meta.baseline !== null && !base) throw new Error(`${file}: baseline "${meta.baseline}" is not a shipped scenario`);
    const n: AnswerNumbers = {
      silo: own.compare.silo.metrics,
      team: own.compare.team.metrics,
      difference: own.compare.difference,
      baseline: base
        ? {
            silo: base.compare.silo.metrics,
            team: base.compare.team.metrics,
            siloDifference: pairedDifference(base.silo, own.silo),
            teamDifference: pairedDifference(base.team, own.team),
          }
        : null,
    };
    numbers.set(id, n);
    return {
      id,
      scenario: own.scenario,
      question: meta.question,
      answer: renderAnswer(meta.answer, n, file),
      baseline: meta.baseline,
      result: own.compare,
    };
  });

  const sweeps: { spec: SweepSpec; points: SweepPoint[]; text: string }[] = [];
  for (const spec of SWEEPS) {
    log(`sweeping ${spec.scenario}: ${spec.parameter}`);
    const text = texts.get(spec.scenario);
    if (text === undefined) throw new Error(`sweep ${spec.id}: no scenarios/${spec.scenario}.yaml`);
    sweeps.push({ spec, points: await sweepPoints(spec, text), text });
  }

  const seed = runs.get(CHART_SCENARIO);
  if (!seed) throw new Error(`the chart needs scenarios/${CHART_SCENARIO}.yaml`);
  const p85 = (mode: Mode) => estimateAt(seed.compare[mode].metrics, 'leadTime.p85').mean;
  const series = (mode: Mode, label: string, colour: string): ChartSeries => ({
    label,
    colour,
    leads: chart[mode],
    open: chart.open[mode],
    p85: p85(mode),
    p85Label: `85 % within ${value(p85(mode), 'leadTime.p85')}`,
  });
  const svg = leadTimeChart({
    title: `Lead time · ${seed.scenario.name}`,
    subtitle:
      `Same ${estimateAt(seed.compare.silo.metrics, 'headcount').mean} people, same customers · ` +
      `${seed.scenario.replications} replications, ${chart.silo.length + chart.open.silo} (silo) and ` +
      `${chart.team.length + chart.open.team} (team) concerns · seed ${seed.scenario.seed}`,
    series: [series('silo', 'Ampel (silo: departments)', '#D55E00'), series('team', 'Kreisverkehr (team)', '#0072B2')],
  });

  const chartLink = CHART_FILE;
  return new Map([
    [README_FILE, replaceBlock(read(README_FILE), readmeBlock(reports, sweeps), README_FILE)],
    [STORY_FILE, replaceBlock(read(STORY_FILE), storyBlock(reports, numbers, sweeps, chartLink), STORY_FILE)],
    [CHART_FILE, svg],
  ]);
}
