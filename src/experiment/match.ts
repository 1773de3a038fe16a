// "How many people would the silo need?": the search behind `orgflow match`. It tries extra
// headcount on some silo staff fields, smallest total first, until the silo's metric is no
// worse than the team's (docs/model.md#matching-the-teams-result). Running a staffing is the
// caller's: this module only decides which staffings to try and which one answers.
import type { Estimate } from '../metrics/types.js';

/** Which way a metric improves. */
export type Better = 'lower' | 'higher';

/** What running one staffing gave: the silo's metric and the paired difference team − silo. */
export interface MatchPoint {
  silo: Estimate;
  difference: Estimate;
}

/** One staffing tried: extra people per parameter (in the order given), and what it gave. */
export interface MatchStep extends MatchPoint {
  extra: number[];
  total: number;
  noWorse: boolean;
}

export interface MatchSearch {
  /** The staffing that answers, or null when none up to the limit does. */
  found: MatchStep | null;
  /** Every staffing tried, in the order tried. */
  path: MatchStep[];
}

export interface MatchRequest {
  /** How many staff fields are searched. */
  params: number;
  /** The most extra people in total. */
  maxExtra: number;
  better: Better;
  /** Runs the staffings of one total (all with the same seed and replications) and returns their points in order. */
  evaluate(staffings: readonly number[][]): Promise<MatchPoint[]>;
}

/**
 * The silo is no worse when the paired 95% CI of team − silo does not show the team better:
 * it contains 0 or lies on the team-worse side. That is exactly when `compare` does not say
 * "team better". An interval that is not finite shows nothing, so it is not enough.
 */
export function siloNoWorse(difference: Estimate, better: Better): boolean {
  const [low, high] = difference.ci95;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return false;
  return better === 'lower' ? high >= 0 : low <= 0;
}

/**
 * Every way to add `total` people over `params` fields, more people on earlier fields first:
 * for two fields and two people [2,0], [1,1], [0,2].
 */
export function staffings(params: number, total: number): number[][] {
  if (params < 1) throw new Error('invariant: a staffing search needs at least one field');
  if (params === 1) return [[total]];
  const out: number[][] = [];
  for (let first = total; first >= 0; first--) {
    for (const rest of staffings(params - 1, total - first)) out.push([first, ...rest]);
  }
  return out;
}

/** How many staffings a search up to `maxExtra` people tries at most: C(maxExtra + params, params). */
export function staffingCount(params: number, maxExtra: number): number {
  let count = 1;
  for (let i = 1; i <= params; i++) count = (count * (maxExtra + i)) / i;
  return Math.round(count);
}

/**
 * Tries every staffing with 0, 1, 2, … extra people in total and stops at the first total
 * where one is no worse: so no smaller total exists, whether or not more people always help.
 * Of several at that total, the one with the best silo mean answers; on a tie the one tried first.
 */
export async function searchStaffing(request: MatchRequest): Promise<MatchSearch> {
  const { params, maxExtra, better } = request;
  const path: MatchStep[] = [];
  for (let total = 0; total <= maxExtra; total++) {
    const batch = staffings(params, total);
    const points = await request.evaluate(batch);
    if (points.length !== batch.length) throw new Error(`invariant: ${batch.length} staffings evaluated but ${points.length} results`);
    const steps = batch.map((extra, i) => ({ extra, total, ...points[i], noWorse: siloNoWorse(points[i].difference, better) }));
    path.push(...steps);
    let found: MatchStep | null = null;
    for (const step of steps) {
      if (step.noWorse && (found === null || improves(step.silo.mean, found.silo.mean, better))) found = step;
    }
    if (found) return { found, path };
  }
  return { found: null, path };
}

/** Strictly better, so that a tie keeps the earlier staffing. */
function improves(candidate: number, best: number, better: Better): boolean {
  if (Number.isNaN(best)) return !Number.isNaN(candidate);
  return better === 'lower' ? candidate < best : candidate > best;
}
