// Numbers for the report: the CLI's units (min / h / d, %, counts), a real minus sign,
// differences with an explicit sign and shares' differences in percentage points.
import { humanise } from '../../cli/output/humanise.js';
import { METRIC_SPECS, at, type MetricSpec } from '../../cli/output/metric-specs.js';
import type { Estimate } from '../../src/index.js';

const MINUS = '\u2212';

export function metricSpec(key: string): MetricSpec {
  const spec = METRIC_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown metric "${key}"; one of ${METRIC_SPECS.map((s) => s.key).join(', ')}`);
  return spec;
}

/** The Estimate at a metric key of a summary (throws when the tree has none there). */
export function estimateAt(summary: unknown, key: string): Estimate {
  const found = at(summary, metricSpec(key)) as Estimate | undefined;
  if (!found || typeof found.mean !== 'number') throw new Error(`no estimate for metric "${key}"`);
  return found;
}

const minus = (text: string): string => text.replace(/^-/, MINUS);

/** A mean as people read it: "3.9 h", "21.6 %", "250.6". */
export function value(x: number, key: string): string {
  return minus(humanise(x, metricSpec(key).kind));
}

/** A difference: "+1.2 h", "−21.6 pp" (a share's difference is in percentage points). */
export function signed(x: number, key: string): string {
  const spec = metricSpec(key);
  const text = spec.kind === 'share' ? humanise(x, 'share').replace(' %', ' pp') : humanise(x, spec.kind);
  if (text.startsWith('-')) return minus(text);
  return /^0(\.0+)?( |$)/.test(text) ? `±${text}` : `+${text}`;
}

/** "−3.4 h [−3.5 h, −3.3 h]": mean and 95% CI of a difference. */
export function difference(e: Estimate, key: string): string {
  return `${signed(e.mean, key)} [${signed(e.ci95[0], key)}, ${signed(e.ci95[1], key)}]`;
}

/** Which side of 0 the 95% CI of a difference lies on: the only source of verdict words. */
export type Side = 'below' | 'above' | 'straddles';

export function side(e: Estimate): Side {
  const [low, high] = e.ci95;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'straddles';
  if (high < 0) return 'below';
  if (low > 0) return 'above';
  return 'straddles';
}
