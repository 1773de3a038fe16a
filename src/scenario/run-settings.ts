// The one way a front end changes a scenario's seed or replication count (the CLI's --seed
// and --replications, the page's ?seed=): as overrides of run.seed and run.replications,
// validated like any --set and carried in the scenario's data to every thread.
import type { Override } from './issues.js';

export interface RunSettings {
  seed?: number | null;
  replications?: number;
}

export function runSettingOverrides({ seed, replications }: RunSettings): Override[] {
  const overrides: Override[] = [];
  if (seed !== undefined && seed !== null) overrides.push({ path: 'run.seed', value: String(seed) });
  if (replications !== undefined) overrides.push({ path: 'run.replications', value: String(replications) });
  return overrides;
}
