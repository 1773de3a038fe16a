// Concern types and their task sequences: which tasks a type has, in which order they
// usually start, and which one always waits for another (docs/model.md#fitting-a-scenario-to-data).
import type { WorkRow } from './rows.js';

/** One concern as fit sees it: its task pieces and its arrival. */
export interface ObservedConcern {
  key: string;
  type: string;
  arrival: number;
  tasks: readonly WorkRow[];
  /** orgflow's correction pieces: a task redone once a task it must come after had finished. */
  corrections: readonly WorkRow[];
}

export interface FittedTaskRef {
  id: string;
  /** Share of the type's concerns that have this task. */
  presence: number;
  after: string[];
}

export interface FittedType {
  id: string;
  concerns: number;
  share: number;
  tasks: FittedTaskRef[];
  /** Tasks seen in fewer than half of the type's concerns: not part of the type. */
  leftOut: { id: string; presence: number }[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)];
};

/**
 * B comes `after` A when, in every concern of the type that has both, B's first start is at
 * or after A's last finish; only pairs in order of median start are tested (no cycles), and
 * an edge implied by two others is dropped (transitive reduction).
 */
export function inferAfter(order: readonly string[], concerns: readonly ObservedConcern[]): Map<string, string[]> {
  const always = new Map<string, Set<string>>(order.map((id) => [id, new Set<string>()]));
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const [a, b] = [order[i], order[j]];
      let together = 0;
      let holds = true;
      for (const c of concerns) {
        const as = c.tasks.filter((r) => r.task === a);
        const bs = c.tasks.filter((r) => r.task === b);
        if (as.length === 0 || bs.length === 0) continue;
        together++;
        const lastFinish = Math.max(...as.map((r) => r.finished ?? Infinity));
        const firstStart = Math.min(...bs.map((r) => r.started));
        if (!(firstStart >= lastFinish)) {
          holds = false;
          break;
        }
      }
      if (holds && together > 0) always.get(b)!.add(a);
    }
  }
  const after = new Map<string, string[]>();
  for (const b of order) {
    const direct = [...always.get(b)!].filter((a) => ![...always.get(b)!].some((c) => c !== a && always.get(c)!.has(a)));
    after.set(b, direct);
  }
  return after;
}

/** True when `to` can be reached from `from` along the after lists. */
function reaches(after: Map<string, string[]>, from: string, to: string): boolean {
  const stack = [from];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...(after.get(at) ?? []));
  }
  return false;
}

/**
 * With the parallel split a dependency shows as corrections (docs/model.md#order-errors-and-corrections):
 * a correction of B released the instant A finished means B must come after A. Edges that
 * would close a cycle are left out.
 */
function addCorrectionEdges(after: Map<string, string[]>, concerns: readonly ObservedConcern[]): void {
  for (const c of concerns) {
    for (const fix of c.corrections) {
      for (const prerequisite of c.tasks) {
        if (prerequisite.task === fix.task || prerequisite.finished !== fix.created || !after.has(prerequisite.task)) continue;
        const list = after.get(fix.task);
        if (!list || list.includes(prerequisite.task) || reaches(after, prerequisite.task, fix.task)) continue;
        list.push(prerequisite.task);
      }
    }
  }
}

/** Concern types by share, each with the tasks seen in at least half of its concerns. */
export function fitTypes(concerns: readonly ObservedConcern[]): FittedType[] {
  const byType = new Map<string, ObservedConcern[]>();
  for (const c of concerns) {
    const members = byType.get(c.type);
    if (members) members.push(c);
    else byType.set(c.type, [c]);
  }
  const types: FittedType[] = [];
  for (const [id, members] of byType) {
    const offsets = new Map<string, number[]>();
    const presence = new Map<string, number>();
    for (const c of members) {
      const seen = new Set<string>();
      for (const r of c.tasks) {
        if (!offsets.has(r.task)) offsets.set(r.task, []);
        offsets.get(r.task)!.push(r.started - c.arrival);
        seen.add(r.task);
      }
      for (const t of seen) presence.set(t, (presence.get(t) ?? 0) + 1);
    }
    const ids = [...offsets.keys()];
    const common = ids.filter((t) => presence.get(t)! / members.length >= 0.5);
    // A type needs one task: without a common one, the most frequent stands for it.
    const kept = common.length > 0 ? common : [ids.reduce((a, b) => (presence.get(b)! > presence.get(a)! ? b : a))];
    const order = kept.sort((a, b) => median(offsets.get(a)!) - median(offsets.get(b)!) || ids.indexOf(a) - ids.indexOf(b));
    const after = inferAfter(order, members);
    addCorrectionEdges(after, members);
    types.push({
      id,
      concerns: members.length,
      share: members.length / concerns.length,
      tasks: order.map((t) => ({ id: t, presence: presence.get(t)! / members.length, after: after.get(t)! })),
      leftOut: ids.filter((t) => !kept.includes(t)).map((t) => ({ id: t, presence: presence.get(t)! / members.length })),
    });
  }
  return types.sort((a, b) => b.concerns - a.concerns);
}
