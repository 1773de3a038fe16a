// Statistics over replications: every number of a metrics tree becomes {mean, ci95}
// (Student t over the replication values), and the paired difference team − silo.
import type { Estimate, Metrics, MetricsSummary } from './types.js';
import { studentT975 } from './student-t.js';

/** A metrics tree as data: numbers at the leaves, records (also utilisation.byUnit) inside. */
type Tree = number | { readonly [key: string]: Tree };
/** A leaf may be absent (a unit missing from a replication) or null (NaN read back from JSON). */
type Leaf = number | null | undefined;
type SummaryTree = Estimate | { [key: string]: SummaryTree };

/**
 * Mean and 95% CI of every leaf over the replications. NaN values (a metric that was
 * undefined in a replication, e.g. leadTime with nothing completed) are left out, and the
 * degrees of freedom count only the rest; if every value is NaN, mean and CI are NaN.
 * A key missing from some replications (a unit that exists in only some) counts as NaN there,
 * and so does null (NaN after a JSON round trip).
 */
export function summarise(replications: readonly Metrics[]): MetricsSummary {
  if (replications.length === 0) throw new Error('summarise: needs at least one replication');
  return summariseTree(replications as unknown as Tree[], 'metrics') as unknown as MetricsSummary;
}

/**
 * The paired difference of two organisations run on the same customers: for every
 * replication r and every leaf, d_r = team_r − silo_r, then mean and CI of the d_r (common
 * random numbers make this CI much narrower than comparing two separate CIs). A record key
 * present in only one organisation (in utilisation.byUnit: a department or a team) has no
 * difference and is left out, so difference.utilisation.byUnit holds only shared unit ids.
 */
export function pairedDifference(silo: readonly Metrics[], team: readonly Metrics[]): MetricsSummary {
  if (silo.length !== team.length) {
    throw new Error(`pairedDifference: needs one team replication per silo replication, got ${silo.length} silo and ${team.length} team`);
  }
  const differences = team.map((t, r) => difference(t as unknown as Tree, silo[r] as unknown as Tree));
  return summarise(differences as unknown as Metrics[]);
}

/** Mean and Student-t 95% CI of the non-NaN values. */
export function estimate(values: readonly Leaf[]): Estimate {
  // Summing deviations from the first value keeps identical inputs exact (their CI has
  // zero width and their mean is that value) and limits cancellation.
  let n = 0;
  let ref = NaN;
  let deviations = 0;
  for (const x of values) {
    if (x === undefined || x === null || Number.isNaN(x)) continue;
    if (n === 0) ref = x;
    deviations += x - ref;
    n++;
  }
  if (n === 0) return { mean: NaN, ci95: [NaN, NaN] };
  const mean = n === 1 ? ref : ref + deviations / n;
  if (n === 1) return { mean, ci95: [mean, mean] };
  let squares = 0;
  for (const x of values) {
    if (x === undefined || x === null || Number.isNaN(x)) continue;
    squares += (x - mean) * (x - mean);
  }
  const half = studentT975(n - 1) * Math.sqrt(squares / (n - 1) / n);
  return { mean, ci95: [mean - half, mean + half] };
}

function summariseTree(values: readonly (Tree | null | undefined)[], path: string): SummaryTree {
  const present = values.filter((v): v is Tree => v !== undefined && v !== null);
  if (present.length === 0 || typeof present[0] === 'number') {
    if (present.some((v) => typeof v !== 'number'))
      throw new Error(`summarise: ${path} is a number in some replications and not in others`);
    return estimate(values as readonly Leaf[]);
  }
  const records = present as readonly { readonly [key: string]: Tree }[];
  if (present.some((v) => typeof v !== 'object')) throw new Error(`summarise: ${path} is a record in some replications and not in others`);
  const out: { [key: string]: SummaryTree } = {};
  for (const key of keysInOrder(records)) {
    out[key] = summariseTree(
      records.map((record) => (Object.hasOwn(record, key) ? record[key] : undefined)),
      `${path}.${key}`,
    );
  }
  return out;
}

/** Every key of any record, in order of first appearance (so the JSON's order is stable). */
function keysInOrder(records: readonly { readonly [key: string]: Tree }[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

function difference(team: Tree, silo: Tree): Tree {
  if (typeof team === 'number' || typeof silo === 'number') {
    if (typeof team !== typeof silo) throw new Error('pairedDifference: silo and team metrics have different shapes');
    return (team as number) - (silo as number);
  }
  const out: { [key: string]: Tree } = {};
  for (const key of Object.keys(team)) {
    if (Object.hasOwn(silo, key)) out[key] = difference(team[key], silo[key]);
  }
  return out;
}
