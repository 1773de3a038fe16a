// Cross-field rules about names: ids must be unique where they are looked up, and `after`
// must name tasks of the same concern without going round in a circle.
import type { Finding } from './issues.js';
import { field, items, text } from './loose.js';
import { findCycle } from './dependencies.js';

type Path = (string | number)[];

/** DUPLICATE_ID at every repeat of an id in `list` (a list of mappings with `id`). */
function duplicates(list: unknown, listPath: Path, what: string): Finding[] {
  const firstAt = new Map<string, number>();
  const out: Finding[] = [];
  items(list).forEach((entry, i) => {
    const id = text(field(entry, 'id'));
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else {
      out.push({
        code: 'DUPLICATE_ID',
        path: [...listPath, i, 'id'],
        message: `${what} id "${id}" is used twice (first at ${[...listPath, first].join('.')})`,
        expected: `a ${what} id not used before`,
        found: JSON.stringify(id),
      });
    }
  });
  return out;
}

/** UNKNOWN_TASK for `after` entries naming no task of the concern; DEPENDENCY_CYCLE for a loop. */
function dependencies(concern: unknown, c: number): Finding[] {
  const tasks = items(field(concern, 'tasks'));
  const ids = tasks.map((t) => text(field(t, 'id')));
  const out: Finding[] = [];
  const after = tasks.map((t, j) =>
    items(field(t, 'after')).flatMap((name, k) => {
      const index = ids.indexOf(text(name));
      if (typeof name === 'string' && index < 0) {
        out.push({
          code: 'UNKNOWN_TASK',
          path: ['concerns', c, 'tasks', j, 'after', k],
          message: `"after" names a task that concern "${text(field(concern, 'id')) ?? c}" does not have`,
          expected: `one of ${ids.filter((x) => x !== undefined).join(', ')}`,
          found: JSON.stringify(name),
        });
      }
      return index < 0 ? [] : [index];
    }),
  );
  const cycle = findCycle(after);
  if (cycle) {
    const names = cycle.map((i) => ids[i] ?? String(i));
    out.push({
      code: 'DEPENDENCY_CYCLE',
      path: ['concerns', c, 'tasks', cycle[0], 'after'],
      message: `tasks wait for each other in a cycle: ${names.join(' after ')}`,
      expected: 'tasks that can be put in an order',
      found: `the cycle ${names.join(' -> ')}`,
    });
  }
  return out;
}

export function checkReferences(data: unknown): Finding[] {
  const concerns = field(data, 'concerns');
  const silo = field(field(data, 'organisations'), 'silo');
  const team = field(field(data, 'organisations'), 'team');
  return [
    ...duplicates(concerns, ['concerns'], 'concern'),
    ...items(concerns).flatMap((concern, c) => [
      ...duplicates(field(concern, 'tasks'), ['concerns', c, 'tasks'], 'task'),
      ...dependencies(concern, c),
    ]),
    ...duplicates(field(silo, 'departments'), ['organisations', 'silo', 'departments'], 'department'),
    ...duplicates(field(team, 'teams'), ['organisations', 'team', 'teams'], 'team'),
  ];
}
