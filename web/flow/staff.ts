// The department "one more person" goes to in the what-if question: the silo's busiest, by
// its mean utilisation in the shown run.
import type { AppState } from '../app/state.js';

export interface StaffTarget {
  id: string;
  label: string;
  staff: number;
  /** The override path of its headcount, as a slider would set it. */
  path: string;
}

export function busiestDepartment(s: Pick<AppState, 'layout' | 'result'>): StaffTarget | null {
  const departments = s.layout?.silo?.departments ?? [];
  const byUnit = s.result?.silo?.metrics.utilisation.byUnit ?? {};
  let best: StaffTarget | null = null;
  let most = -Infinity;
  departments.forEach((d, i) => {
    const u = byUnit[d.id]?.mean ?? NaN;
    if (Number.isFinite(u) && u > most) {
      most = u;
      best = { id: d.id, label: d.label, staff: d.staff, path: `organisations.silo.departments.${i}.staff` };
    }
  });
  return best;
}
