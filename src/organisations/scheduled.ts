// Scheduled working time: the person-minutes an organisation's people are due to work, present
// or absent (absent people are paid too). Staff cost is counted on this (docs/model.md#cost-metrics).
import type { Mode, Scenario } from '../scenario/types.js';
import { organisation } from './index.js';

/**
 * Person-minutes the people of `mode` are scheduled to work in [from, to): every unit's people
 * × the unit's working minutes in that span: its open minutes with working hours
 * (docs/model.md#working-hours), else `to − from`.
 */
export function scheduledPersonMinutes(scenario: Scenario, mode: Mode, from: number, to: number): number {
  if (!(to >= from)) throw new Error(`scheduledPersonMinutes: needs from <= to, got [${from}, ${to})`);
  let minutes = 0;
  for (const unit of organisation(mode).units(scenario))
    minutes += unit.capacity * (unit.hours ? unit.hours.integral(from, to) : to - from);
  return minutes;
}
