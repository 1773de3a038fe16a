// What fit reads: one piece of work per row, times in minutes from a Monday 00:00 (the
// front end parses the export; docs/model.md#fitting-a-scenario-to-data).

/** orgflow's own tasks.csv says which piece a row is; a ticket export has only tasks. */
export type FitPiece = 'intake' | 'task' | 'misroute' | 'correction';

export interface WorkRow {
  /** Line in the input file, for messages. */
  line: number;
  /** Separate observation periods (tasks.csv's replication); '' when there is one. */
  period: string;
  concern: string;
  type: string;
  task: string;
  /** The task's skill; the task id when the export has none. */
  skill: string;
  piece: FitPiece;
  department: string | null;
  assignee: string | null;
  /** When the piece became ready (or the ticket was created); null when unknown. */
  created: number | null;
  started: number;
  /** null while the piece is still open. */
  finished: number | null;
}

/** The most frequent value (ties: the first seen). */
export function mostFrequent<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Rows grouped by a key, groups in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
