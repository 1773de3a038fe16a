// Which metrics a table shows, how each reads, and which direction is "better"
// (lower lead time is better, higher throughput is better; utilisation and headcount
// are neither, they describe the organisation).
import type { ValueKind } from './humanise.js';

export type Direction = 'lower' | 'higher' | null;

export interface MetricSpec {
  /** Dotted, as in docs/model.md#metric-definitions and the CSV columns. */
  key: string;
  path: string[];
  label: string;
  kind: ValueKind;
  better: Direction;
}

const stats = (key: string, what: string): MetricSpec[] =>
  (['mean', 'p50', 'p85', 'p95', 'max'] as const).map((s) => spec(`${key}.${s}`, `${what} ${s}`, 'time', 'lower'));

function spec(key: string, label: string, kind: ValueKind, better: Direction): MetricSpec {
  return { key, path: key.split('.'), label, kind, better };
}

export const METRIC_SPECS: readonly MetricSpec[] = [
  spec('arrived', 'arrived', 'count', null),
  spec('completed', 'completed', 'count', 'higher'),
  spec('open', 'open at horizon', 'count', 'lower'),
  spec('failureDemand', 'failure demand', 'count', 'lower'),
  spec('throughputPerDay', 'throughput per day', 'number', 'higher'),
  ...stats('leadTime', 'lead time'),
  ...stats('waitTime', 'wait time'),
  ...stats('touchTime', 'touch time'),
  ...stats('leadTimeWorking', 'working lead time'),
  spec('flowEfficiency', 'flow efficiency', 'share', 'higher'),
  spec('handoffsPerConcern', 'handoffs per concern', 'number', 'lower'),
  spec('errorRate', 'error rate', 'share', 'lower'),
  spec('errors.order', 'errors: order', 'count', 'lower'),
  spec('errors.infoLoss', 'errors: info loss', 'count', 'lower'),
  spec('errors.misroute', 'errors: misroute', 'count', 'lower'),
  spec('wip', 'work in progress', 'number', 'lower'),
  spec('utilisation.overall', 'utilisation', 'share', null),
  spec('availability.overall', 'availability', 'share', 'higher'),
  spec('headcount', 'headcount', 'count', null),
];

/** Specs for the units of utilisation.byUnit (or availability.byUnit), in the order given. */
export function unitSpecs(units: readonly string[], of: 'utilisation' | 'availability' = 'utilisation'): MetricSpec[] {
  return units.map((unit) => ({
    key: `${of}.byUnit.${unit}`,
    path: [of, 'byUnit', unit],
    label: `  ${of} ${unit}`,
    kind: 'share',
    better: of === 'availability' ? 'higher' : null,
  }));
}

/** The value at a spec's path in a metrics tree (unit ids may contain dots, so a path, not a split key). */
export function at(tree: unknown, spec: MetricSpec): unknown {
  let node: unknown = tree;
  for (const part of spec.path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
