// The KPI cards' metrics (docs/model.md#metric-definitions keys, dotted) and how their values read on a projector.
import type { Estimate, MetricsSummary } from '../../src/index.js';
import { formatNumber, type Lang } from '../i18n/index.js';

export type KpiUnit = 'perDay' | 'minutes' | 'share' | 'count';

export interface KpiDef {
  metric: string;
  unit: KpiUnit;
  /** Whether a larger value is better for the customer (colours the difference). */
  higherIsBetter: boolean | null;
  /** A figure the page derives from the replications (web/flow/derived.ts), not a key of the CLI's JSON. */
  derived?: true;
}

export const KPIS: readonly KpiDef[] = [
  { metric: 'throughputPerDay', unit: 'perDay', higherIsBetter: true },
  { metric: 'firstTimeRightPerDay', unit: 'perDay', higherIsBetter: true, derived: true },
  { metric: 'failureDemandPerDay', unit: 'perDay', higherIsBetter: false, derived: true },
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

/**
 * Minutes read best in minutes below two hours, in hours below three days, then in days.
 * `basis` picks that scale (default: the value itself); a card passes its largest number,
 * so all its values read in one unit.
 */
export function formatValue(lang: Lang, unit: KpiUnit, v: number, signed = false, basis = v): string {
  return formatIn(lang, unit, v, signed, scaleOf(unit, basis));
}

/**
 * A difference and its 95 % interval in one unit (the scale of the largest of the three), so
 * a card never reads "−110 min" over "−2.0 to −1.6 h". Shares differ in percentage points.
 */
export function formatDifference(
  lang: Lang,
  unit: KpiUnit,
  mean: number,
  low: number,
  high: number,
  basis = 0,
): { value: string; range: string } {
  const scale = scaleOf(unit, Math.max(Math.abs(mean), Math.abs(low), Math.abs(high), Math.abs(basis)));
  return { value: formatIn(lang, unit, mean, true, scale), range: rangeIn(lang, unit, low, high, true, scale) };
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
  return rangeIn(lang, unit, low, high, signed, scaleOf(unit, Math.max(Math.abs(low), Math.abs(high))));
}

function rangeIn(lang: Lang, unit: KpiUnit, low: number, high: number, signed: boolean, scale: Scale): string {
  const strip = (text: string): string => text.replace(/\s*(min|h|d|Tg\.|%|pp|Pp\.)$/, '');
  const lo = strip(formatIn(lang, unit, low, signed, scale));
  const hi = formatIn(lang, unit, high, signed, scale);
  return `${lo} ${lang === 'de' ? 'bis' : 'to'} ${hi}`;
}

/**
 * A number that is not zero never reads "0" ("+0" next to a verdict "better", "0,0 h" for a
 * 3-minute wait in a card read in hours): it gets up to two more digits ("+0,04 Pp.", "0,05 h").
 */
function signedNumber(lang: Lang, v: number, digits: number, signed: boolean): string {
  let d = digits;
  let text = formatNumber(lang, v, d);
  while (v !== 0 && d < digits + 2 && /^[-−]?[0.,]+$/.test(text)) text = formatNumber(lang, v, ++d);
  return `${signed && v > 0 ? '+' : ''}${text}`;
}

/** Percentage points, as German and English write them. */
const points = (lang: Lang): string => (lang === 'de' ? 'Pp.' : 'pp');

function formatIn(lang: Lang, unit: KpiUnit, v: number, signed: boolean, scale: Scale): string {
  switch (unit) {
    case 'share':
      // A difference of two shares is in percentage points, not per cent of the first.
      return signed
        ? `${signedNumber(lang, v * 100, Math.abs(v) < 0.1 ? 1 : 0, true)} ${points(lang)}`
        : `${formatNumber(lang, v * 100, 0)} %`;
    case 'count':
      return signedNumber(lang, v, 2, signed);
    case 'perDay':
      return signedNumber(lang, v, 1, signed);
    case 'minutes':
      if (scale === 'min') return `${signedNumber(lang, v, 0, signed)} min`;
      if (scale === 'h') return `${signedNumber(lang, v / 60, 1, signed)} h`;
      return `${signedNumber(lang, v / 1440, 1, signed)} ${lang === 'de' ? 'Tg.' : 'd'}`;
  }
}
