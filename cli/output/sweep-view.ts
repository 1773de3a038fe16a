// The sweep table: one line per value and organisation, mean ± CI half-width per key
// metric, and a mark where the team starts or stops beating the silo on mean lead time.
import { SWEEP_KEYS, type Crossover, type SweepRow } from '../../src/index.js';
import { METRIC_SPECS, type MetricSpec } from './metric-specs.js';
import { humanise } from './humanise.js';
import { renderTable, type Column, type TableCell } from './table.js';

/** How the table reads each metric a sweep reports. */
const SWEEP_SPECS: readonly MetricSpec[] = SWEEP_KEYS.map((key) => METRIC_SPECS.find((s) => s.key === key)!);

function cell(estimate: { mean: number; ci95: [number, number] } | undefined, kind: Parameters<typeof humanise>[1]): string {
  if (!estimate) return '—';
  const half = (estimate.ci95[1] - estimate.ci95[0]) / 2;
  const mean = humanise(estimate.mean, kind);
  return Number.isFinite(half) && half > 0 ? `${mean} ±${humanise(half, kind)}` : mean;
}

/** `marks` is null when only one organisation was swept (nothing to cross). */
export function sweepView(param: string, rows: readonly SweepRow[], marks: readonly Crossover[] | null, colour: boolean): string {
  const columns: Column[] = [
    { title: param, align: 'right' },
    { title: 'organisation', align: 'left' },
    ...SWEEP_SPECS.map((s) => ({ title: s.label, align: 'right' as const })),
    { title: '', align: 'left' },
  ];
  const body = rows.map((row, i): (string | TableCell)[] => {
    const first = i === 0 || rows[i - 1].value !== row.value;
    const mark = marks?.find((m) => m.value === row.value);
    return [
      first ? String(row.value) : '',
      row.mode,
      ...SWEEP_SPECS.map((spec) => cell(row.metrics[spec.key as (typeof SWEEP_KEYS)[number]], spec.kind)),
      first && mark ? { text: `← ${mark.change} (lead time mean)`, style: 'mark' } : '',
    ];
  });
  const summary =
    marks === null
      ? ''
      : marks.length === 0
        ? 'no crossover: on mean lead time the same organisation is ahead at every value\n'
        : marks.map((m) => `crossover between ${m.previous} and ${m.value}: ${m.change} on mean lead time\n`).join('');
  return summary ? `${renderTable(columns, body, colour)}\n${summary}` : renderTable(columns, body, colour);
}
