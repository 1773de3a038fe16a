// Task dependencies inside one concern type: the order the work runs in and, when there is
// none, the cycle to name in the error.

/**
 * Task indices in dependency order, ties broken by the order listed (Kahn's algorithm that
 * always takes the lowest ready index), or null when the `after` lists contain a cycle.
 */
export function dependencyOrder(after: readonly (readonly number[])[]): number[] | null {
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

/** One dependency cycle as task indices (first index repeated at the end), or null. */
export function findCycle(after: readonly (readonly number[])[]): number[] | null {
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
