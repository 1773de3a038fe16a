// Tables for people: `run` shows mean and 95% CI per metric; `compare` shows silo, team,
// the paired difference with its CI and a verdict per metric.
import type { CompareResult, Estimate, MetricsSummary, RunResult } from '../../src/index.js';
import { humanise, humaniseInterval } from './humanise.js';
import { METRIC_SPECS, at, unitSpecs, type MetricSpec } from './metric-specs.js';
import { renderTable, type TableCell } from './table.js';
import { verdict } from './verdict.js';

const ORGANISATION = { silo: 'silo (Ampel)', team: 'team (Kreisverkehr)' } as const;

function estimate(summary: MetricsSummary | undefined, spec: MetricSpec): Estimate | undefined {
  const value = at(summary, spec);
  return value && typeof value === 'object' && 'mean' in value ? (value as Estimate) : undefined;
}

/** The metric rows with each organisation's units listed under overall utilisation. */
function specsFor(...summaries: MetricsSummary[]): MetricSpec[] {
  const units = [...new Set(summaries.flatMap((s) => Object.keys(s.utilisation.byUnit)))];
  const out: MetricSpec[] = [];
  for (const spec of METRIC_SPECS) {
    // Metrics of features a scenario does not use (working hours, absences) are absent, not zero.
    if (!summaries.some((s) => at(s, spec) !== undefined)) continue;
    out.push(spec);
    if (spec.key === 'utilisation.overall') out.push(...unitSpecs(units));
    if (spec.key === 'availability.overall') out.push(...unitSpecs(units, 'availability'));
  }
  return out;
}

function heading(result: RunResult): string {
  const reps = `${result.replications} replication${result.replications === 1 ? '' : 's'}`;
  return `${result.scenario} · ${ORGANISATION[result.mode]} · seed ${result.seed} · ${reps}`;
}

export function runView(result: RunResult, colour: boolean): string {
  const rows = specsFor(result.metrics).map((spec) => {
    const e = estimate(result.metrics, spec);
    return [spec.label, e ? humanise(e.mean, spec.kind) : '—', e ? humaniseInterval(e.ci95, spec.kind) : '—'];
  });
  const table = renderTable(
    [
      { title: 'metric', align: 'left' },
      { title: 'mean', align: 'right' },
      { title: '95% CI', align: 'right' },
    ],
    rows,
    colour,
  );
  return `${heading(result)}\n\n${table}`;
}

export function compareView(result: CompareResult, colour: boolean): string {
  const rows = specsFor(result.silo.metrics, result.team.metrics).map((spec): (string | TableCell)[] => {
    const silo = estimate(result.silo.metrics, spec);
    const team = estimate(result.team.metrics, spec);
    const diff = estimate(result.difference, spec);
    const difference = diff ? `${humanise(diff.mean, spec.kind)} ${humaniseInterval(diff.ci95, spec.kind)}` : '';
    return [
      spec.label,
      silo ? humanise(silo.mean, spec.kind) : '',
      team ? humanise(team.mean, spec.kind) : '',
      difference,
      verdict(diff, spec.better),
    ];
  });
  const table = renderTable(
    [
      { title: 'metric', align: 'left' },
      { title: 'silo', align: 'right' },
      { title: 'team', align: 'right' },
      { title: 'difference team − silo (95% CI)', align: 'right' },
      { title: 'verdict', align: 'left' },
    ],
    rows,
    colour,
  );
  const reps = `${result.silo.replications} paired replication${result.silo.replications === 1 ? '' : 's'}`;
  return `${result.silo.scenario} · silo (Ampel) vs. team (Kreisverkehr) · seed ${result.silo.seed} · ${reps}\n\n${table}`;
}
