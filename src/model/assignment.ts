// The pieces of the team's `prefer-specialist` rule (docs/model.md#assignment-rules) that do
// not need the team's closures: who counts as a helper for a skill, and the ready queues a
// task may sit in twice (for the specialists from the start, for the helpers once it waited
// helpAfter), where whoever takes it first leaves a stale entry behind in the other.
import type { MinHeap } from './heap.js';

/** A ready task as a queue holds it; `taken` marks an entry left behind in the other queue. */
export interface Takeable {
  taken: boolean;
}

/**
 * Per member and skill: true when she has the skill below the team's best proficiency for it
 * (a helper, who waits helpAfter), false when she is among the best or lacks the skill.
 */
export function helperFlags(proficiencies: readonly (readonly number[])[], skillCount: number): boolean[][] {
  const best = new Array<number>(skillCount).fill(0);
  for (const p of proficiencies) for (let s = 0; s < skillCount; s++) if (p[s] > best[s]) best[s] = p[s];
  return proficiencies.map((p) => p.map((x, s) => x > 0 && x < best[s]));
}

/** Pops the entries others took meanwhile, so that the head (if any) is still waiting. */
export function dropTaken<T extends Takeable>(queue: MinHeap<T>): void {
  while (queue.size > 0 && queue.peek()!.taken) queue.pop();
}
