// The KPI cards' metrics (docs/model.md#metric-definitions keys, dotted) and how their values read on a projector.
import type { Estimate, MetricsSummary } from '../../src/index.js';
import { formatNumber, type Lang } from '../i18n/index.js';

export type KpiUnit = 'perDay' | 'minutes' | 'share' | 'count';

export interface KpiDef {
  metric: string;
  unit: KpiUnit;
  /** Whether a larger value is better for the customer (colours the difference). */
  higherIsBetter: boolean | null;
}

export const KPIS: readonly KpiDef[] = [
  { metric: 'throughputPerDay', unit: 'perDay', higherIsBetter: true },
  { metric: 'leadTime.mean', unit: 'minutes', higherIsBetter: false },
  { metric: 'leadTime.p85', unit: 'minutes', higherIsBetter: false },
  { metric: 'waitTime.mean', unit: 'minutes', higherIsBetter: false },
  { metric: 'flowEfficiency', unit: 'share', higherIsBetter: true },
  { metric: 'errorRate', unit: 'share', higherIsBetter: false },
  { metric: 'handoffsPerConcern', unit: 'count', higherIsBetter: false },
  { metric: 'utilisation.overall', unit: 'share', higherIsBetter: null },
];

/** Shown only when the scenario measures them: working hours, absences (docs/model.md#working-time). */
export const WORKING_TIME_KPIS: readonly KpiDef[] = [
  { metric: 'leadTimeWorking.mean', unit: 'minutes', higherIsBetter: false },
  { metric: 'availability.overall', unit: 'share', higherIsBetter: null },
];

/** The KPI cards for a result: the fixed ones, then those of WORKING_TIME_KPIS its metrics have. */
export function kpisFor(summaries: readonly (MetricsSummary | null)[]): KpiDef[] {
  return [...KPIS, ...WORKING_TIME_KPIS.filter((d) => summaries.some((m) => estimateAt(m, d.metric) !== null))];
}

/** The Estimate at a dotted key of a summary, or null when the tree has no such leaf. */
export function estimateAt(summary: MetricsSummary | null, metric: string): Estimate | null {
  let node: unknown = summary;
  for (const key of metric.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  const e = node as Partial<Estimate> | undefined;
  return e && typeof e.mean === 'number' && Array.isArray(e.ci95) ? (e as Estimate) : null;
}

/** Minutes read best in minutes below two hours, in hours below three days, then in days. */
export function formatValue(lang: Lang, unit: KpiUnit, v: number, signed = false): string {
  return formatIn(lang, unit, v, signed, scaleOf(unit, v));
}

type Scale = 'min' | 'h' | 'd' | null;

function scaleOf(unit: KpiUnit, v: number): Scale {
  if (unit !== 'minutes') return null;
  const a = Math.abs(v);
  return a < 120 ? 'min' : a < 3 * 1440 ? 'h' : 'd';
}

/**
 * A 95 % interval as the room reads it: both bounds in one unit, chosen by the larger
 * bound, written "−3.6 to −3.4 h" (an ellipsis would look like cut-off text).
 */
export function formatRange(lang: Lang, unit: KpiUnit, low: number, high: number, signed = false): string {
  const scale = scaleOf(unit, Math.max(Math.abs(low), Math.abs(high)));
  const strip = (text: string): string => text.replace(/\s*(min|h|d|Tg\.|%)$/, '');
  const lo = strip(formatIn(lang, unit, low, signed, scale));
  const hi = formatIn(lang, unit, high, signed, scale);
  return `${lo} ${lang === 'de' ? 'bis' : 'to'} ${hi}`;
}

function formatIn(lang: Lang, unit: KpiUnit, v: number, signed: boolean, scale: Scale): string {
  const sign = signed && v > 0 ? '+' : '';
  switch (unit) {
    case 'share':
      return `${sign}${formatNumber(lang, v * 100, 0)} %`;
    case 'count':
      return `${sign}${formatNumber(lang, v, 2)}`;
    case 'perDay':
      return `${sign}${formatNumber(lang, v, 1)}`;
    case 'minutes':
      if (scale === 'min') return `${sign}${formatNumber(lang, v, 0)} min`;
      if (scale === 'h') return `${sign}${formatNumber(lang, v / 60, 1)} h`;
      return `${sign}${formatNumber(lang, v / 1440, 1)} ${lang === 'de' ? 'Tg.' : 'd'}`;
  }
}
