// The answers to the room's questions, from the finished run, in the same sign convention
// and unit as the question and the KPI card: lead time as team − silo in hours (negative =
// the roundabout is faster), error rates in per cent of completed concerns.
import type { ResultView } from '../worker/protocol.js';
import type { Pinned, QuestionId } from './state.js';
import { estimateAt } from '../app/kpis.js';

export type Answers = Record<QuestionId, number | null>;

const mean = (result: ResultView | null, tree: 'silo' | 'team' | 'difference', metric: string): number | null => {
  const summary = tree === 'difference' ? (result?.difference ?? null) : (result?.[tree]?.metrics ?? null);
  return estimateAt(summary, metric)?.mean ?? null;
};

/**
 * extraStaff: the direction of the silo's mean lead time from the pinned run to this one
 * (−1 shorter, 0 within 5 %, +1 longer); null until a run with one more person is compared.
 */
export function answersOf(result: ResultView | null, pinned: Pinned | null = null, staffRun = false): Answers {
  const diff = mean(result, 'difference', 'leadTime.mean');
  const siloErrors = mean(result, 'silo', 'errorRate');
  const teamErrors = mean(result, 'team', 'errorRate');
  let extraStaff: number | null = null;
  const before = mean(pinned?.result ?? null, 'silo', 'leadTime.mean');
  const after = mean(result, 'silo', 'leadTime.mean');
  if (staffRun && before !== null && after !== null && before > 0) {
    const change = (after - before) / before;
    extraStaff = Math.abs(change) < 0.05 ? 0 : Math.sign(change);
  }
  return {
    leadTime: diff === null ? null : diff / 60,
    siloErrors: siloErrors === null ? null : siloErrors * 100,
    teamErrors: teamErrors === null ? null : teamErrors * 100,
    extraStaff,
  };
}
