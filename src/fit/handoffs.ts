// Handoffs in an export: the gap from the unit a part came from finishing to the part being
// ready at the next, and the pickup interval those ready times keep to
// (docs/model.md#handoffs, docs/model.md#fitting-a-scenario-to-data).
import type { WorkRow } from './rows.js';
import { slotOf } from './week.js';

/**
 * Whether the person who started a piece had been idle, in open time, just before: then the
 * part cannot have been waiting (a unit's people take waiting work at once), so it became
 * ready when she started it.
 */
export function idleBeforeStart(rows: readonly WorkRow[], openSlots: boolean[] | null): (piece: WorkRow) => boolean {
  const finishes = new Map<string, number[]>();
  const keyOf = (r: WorkRow) => `${r.period}\u0000${r.department ?? r.skill}\u0000${r.assignee}`;
  for (const r of rows) {
    if (r.assignee === null || r.finished === null) continue;
    const list = finishes.get(keyOf(r));
    if (list) list.push(r.finished);
    else finishes.set(keyOf(r), [r.finished]);
  }
  for (const list of finishes.values()) list.sort((a, b) => a - b);
  return (piece) => {
    if (piece.assignee === null) return false;
    if (openSlots && !openSlots[slotOf(piece.started - 1e-6)]) return false;
    const list = finishes.get(keyOf(piece))!;
    // The last finish at or before the start (binary search).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= piece.started) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || list[lo - 1] < piece.started;
  };
}

export interface HandoffGaps {
  gaps: number[];
  /** Ready times measured in the export (inferred ones are starts, no evidence of a pickup). */
  readies: number[];
  /** Gaps whose ready time was inferred from an idle person (no ready time per step). */
  inferred: number;
  unusable: number;
}

/**
 * Gaps from the piece a part came from to the part's ready time: intake → department,
 * wrong → right department, and (sequential) one department → the next. Without a ready time
 * per step, a part started by a person who had been idle was ready when she started it;
 * other parts (they may have queued) give no gap.
 */
export function handoffGaps(
  byConcern: Map<string, WorkRow[]>,
  split: 'parallel' | 'sequential',
  wasIdle: (piece: WorkRow) => boolean,
): HandoffGaps {
  const out: HandoffGaps = { gaps: [], readies: [], inferred: 0, unusable: 0 };
  for (const rows of byConcern.values()) {
    const intake = rows.find((r) => r.piece === 'intake');
    const tasks = rows.filter((r) => r.piece === 'task').sort((a, b) => a.started - b.started);
    for (const piece of rows) {
      if (piece.piece === 'intake' || piece.piece === 'correction') continue;
      let from: WorkRow | undefined;
      if (piece.piece === 'misroute') from = intake;
      else {
        from = rows.find((r) => r.piece === 'misroute' && r.task === piece.task);
        const index = tasks.indexOf(piece);
        if (!from && split === 'sequential' && index > 0) {
          const previous = tasks[index - 1];
          // The next part staying in the same department is no handoff.
          if (previous.department !== piece.department) from = previous;
          else continue;
        }
        if (!from && (split === 'parallel' || index === 0)) from = intake;
      }
      if (!from || from.finished === null) continue;
      if (piece.created !== null && piece.created >= from.finished) {
        out.gaps.push(piece.created - from.finished);
        out.readies.push(piece.created);
      } else if (piece.started >= from.finished && wasIdle(piece)) {
        out.gaps.push(piece.started - from.finished);
        out.inferred++;
      } else out.unusable++;
    }
  }
  return out;
}

/** Pickup intervals fit looks for, minutes (a quarter hour to a day). */
const PICKUPS = [1440, 720, 480, 240, 120, 60, 30, 15];

/**
 * The traffic light (docs/model.md#handoffs): handed-off parts become ready only at
 * multiples of the pickup interval. The longest interval on whose multiples (within a
 * second: exports round to seconds) at least 95 % of the ready times fall; null if none.
 */
export function detectPickup(readies: readonly number[]): number | null {
  if (readies.length < 20) return null;
  for (const p of PICKUPS) {
    const on = readies.filter((t) => {
      const r = ((t % p) + p) % p;
      return r < 1 / 60 || p - r < 1 / 60;
    }).length;
    if (on >= 0.95 * readies.length) return p;
  }
  return null;
}
