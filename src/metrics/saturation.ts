// An organisation that cannot keep up: the warning a run gives after the fact. The scenario
// layer's overload estimate (before the run) cannot see corrections, rework, failure demand
// or slow cross-skilled work; the measured utilisation and backlog can.
import type { Mode } from '../scenario/types.js';
import type { MetricsSummary } from './types.js';

/** Units this busy have (almost) no slack left: their queues grow for the whole run. */
export const SATURATED_UTILISATION = 0.95;
/** This share of measured concerns still open at the horizon is a backlog, not noise. */
export const BACKLOG_SHARE = 0.05;

export interface Saturation {
  mode: Mode;
  /** Units at or above SATURATED_UTILISATION, busiest first. */
  units: { id: string; utilisation: number }[];
  open: number;
  arrived: number;
}

/** The saturation of one organisation's run, or null when it kept up. */
export function findSaturation(mode: Mode, metrics: MetricsSummary): Saturation | null {
  const units = Object.entries(metrics.utilisation.byUnit)
    .map(([id, estimate]) => ({ id, utilisation: estimate.mean }))
    .filter((unit) => unit.utilisation >= SATURATED_UTILISATION)
    .sort((a, b) => b.utilisation - a.utilisation);
  const open = metrics.open.mean;
  const arrived = metrics.arrived.mean;
  const backlog = arrived > 0 && open / arrived >= BACKLOG_SHARE;
  return units.length > 0 || backlog ? { mode, units, open, arrived } : null;
}
