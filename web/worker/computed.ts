// Replications of settings run before, kept per organisation. One organisation's
// replications depend on the shared parts of the file (time, run, arrivals, concerns,
// failure demand), the seed and its own organisation, never on the other one (each has its
// own random streams; the arrivals are common): so a slider of the silo re-runs only the
// silo, and moving a slider back, or "Reset", shows its KPIs at once. The engine is
// deterministic, so these are the numbers a re-run would give.
import type { MetricsRow, Mode, ScenarioFile } from '../../src/index.js';

/** What one organisation's replications are made of: the file (its seed included) without the other organisation. */
export function organisationKey(data: ScenarioFile, mode: Mode): string {
  const own = data.organisations[mode];
  return JSON.stringify([{ ...data, organisations: { [mode]: own } }, mode]);
}

/** The last `max` organisations' replications, oldest dropped first. */
export class ComputedRows {
  private readonly byKey = new Map<string, MetricsRow[]>();

  constructor(private readonly max: number) {}

  get(key: string): MetricsRow[] | undefined {
    return this.byKey.get(key);
  }

  set(key: string, rows: MetricsRow[]): void {
    this.byKey.delete(key);
    if (this.byKey.size >= this.max) this.byKey.delete(this.byKey.keys().next().value!);
    this.byKey.set(key, rows);
  }
}
