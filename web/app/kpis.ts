// The KPI cards' metrics (DESIGN §6 keys, dotted) and how their values read on a projector.
import type { Estimate, MetricsSummary } from '../../src/metrics/types.js';
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
  const sign = signed && v > 0 ? '+' : '';
  switch (unit) {
    case 'share': return `${sign}${formatNumber(lang, v * 100, 0)} %`;
    case 'count': return `${sign}${formatNumber(lang, v, 2)}`;
    case 'perDay': return `${sign}${formatNumber(lang, v, 1)}`;
    case 'minutes': {
      const a = Math.abs(v);
      if (a < 120) return `${sign}${formatNumber(lang, v, 0)} min`;
      if (a < 3 * 1440) return `${sign}${formatNumber(lang, v / 60, 1)} h`;
      return `${sign}${formatNumber(lang, v / 1440, 1)} ${lang === 'de' ? 'Tg.' : 'd'}`;
    }
  }
}
