// The dependency order and the cycle search give exactly what the plain definitions give
// (the first version of each, kept here as the reference), also on inputs too large for those.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyOrder, findCycle } from '../../src/scenario/dependencies.js';

/** Kahn's algorithm, always the lowest ready index: quadratic, but obviously right. */
function referenceOrder(after: readonly (readonly number[])[]): number[] | null {
  const done = new Set<number>();
  const order: number[] = [];
  while (order.length < after.length) {
    const next = after.findIndex((deps, i) => !done.has(i) && deps.every((d) => done.has(d)));
    if (next < 0) return null;
    done.add(next);
    order.push(next);
  }
  return order;
}

/** Recursive depth-first search from each task in turn. */
function referenceCycle(after: readonly (readonly number[])[]): number[] | null {
  const state = new Array<'new' | 'open' | 'closed'>(after.length).fill('new');
  const stack: number[] = [];
  const visit = (i: number): number[] | null => {
    state[i] = 'open';
    stack.push(i);
    for (const d of after[i]) {
      if (state[d] === 'open') return [...stack.slice(stack.indexOf(d)), d];
      if (state[d] === 'new') {
        const cycle = visit(d);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state[i] = 'closed';
    return null;
  };
  for (let i = 0; i < after.length; i++) {
    if (state[i] === 'new') {
      const cycle = visit(i);
      if (cycle) return cycle;
    }
  }
  return null;
}

/** `after` lists over n tasks; with `acyclic`, each task names only tasks listed before it. */
const graphs = (acyclic: boolean) =>
  fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc
        .array(fc.array(fc.nat({ max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n })
        .map((lists) => (acyclic ? lists.map((deps, i) => deps.filter((d) => d < i)) : lists)),
    );

describe('dependencyOrder and findCycle', () => {
  it('give what the reference definitions give, on random graphs with and without cycles', () => {
    fc.assert(
      fc.property(fc.oneof(graphs(true), graphs(false)), (after) => {
        expect(dependencyOrder(after)).toEqual(referenceOrder(after));
        expect(findCycle(after)).toEqual(referenceCycle(after));
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it('order a chain of 50,000 tasks and find its closing cycle, without running out of stack', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => (i === 0 ? [] : [i - 1]));
    expect(dependencyOrder(chain)).toEqual(chain.map((_, i) => i));
    const circle = chain.map((deps, i) => (i === 0 ? [chain.length - 1] : deps));
    expect(findCycle(circle)).toHaveLength(chain.length + 1);
    expect(dependencyOrder(circle)).toBeNull();
  });
});
