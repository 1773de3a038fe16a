// The cost metrics of docs/model.md#cost-metrics, from one replication's other metrics and the
// organisation's scheduled person-minutes, so that the formula is written down once.
import type { Metrics } from './types.js';

/** What the scenario's `economics` says an hour of a person, an hour of waiting and a return cost. */
export interface CostRates {
  staffCostPerHour: number;
  delayCostPerHour: number;
  failureDemandCost: number;
}

export interface CostContext {
  rates: CostRates;
  /** Person-minutes the organisation was scheduled to work in the measured window (src/organisations/scheduled.ts). */
  scheduledMinutes: number;
}

export type CostMetrics = Required<Pick<Metrics, 'costPerResolved' | 'staffCostPerDay' | 'delayCostPerDay'>>;

/**
 * - staffCostPerDay: staffCostPerHour × scheduled person-hours of the window, per day of it;
 * - delayCostPerDay: delayCostPerHour × wip × 24, the waiting cost every concern in the system
 *   (open ones too) runs up per day;
 * - costPerResolved: staff cost of the window ÷ completed, plus delayCostPerHour × mean lead
 *   hours, plus failureDemandCost × failureDemand ÷ completed (NaN when nothing completed).
 * `window` is the measured window in minutes (horizon − warmup).
 */
export function costMetrics(metrics: Metrics, { rates, scheduledMinutes }: CostContext, window: number): CostMetrics {
  const staffCost = (rates.staffCostPerHour * scheduledMinutes) / 60;
  const days = window / 1440;
  const completed = metrics.completed;
  const none = completed === 0;
  return {
    costPerResolved: none
      ? NaN
      : staffCost / completed +
        (rates.delayCostPerHour * metrics.leadTime.mean) / 60 +
        (rates.failureDemandCost * metrics.failureDemand) / completed,
    staffCostPerDay: window > 0 ? staffCost / days : NaN,
    delayCostPerDay: rates.delayCostPerHour * metrics.wip * 24,
  };
}
