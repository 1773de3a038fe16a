// Cross-field rules about names: ids must be unique where they are looked up, no name may
// take one orgflow gives itself, and `after` must name tasks of the same concern without
// going round in a circle.
import type { Finding } from './issues.js';
import { field, isRecord, items, text } from './loose.js';
import { findCycle } from './dependencies.js';
import { RESERVED_NAME } from './names.js';
import { quote, quotedList } from './quote.js';

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
        message: `${what} id ${quote(id)} is used twice (first at ${[...listPath, first].join('.')})`,
        expected: `a ${what} id not used before`,
        found: quote(id),
        params: { id },
      });
    }
  });
  return out;
}

/** UNKNOWN_TASK for `after` entries naming no task of the concern; DEPENDENCY_CYCLE for a loop. */
function dependencies(concern: unknown, c: number): Finding[] {
  const tasks = items(field(concern, 'tasks'));
  const ids = tasks.map((t) => text(field(t, 'id')));
  // The first task of each id, looked up once per `after` entry (a scan was quadratic).
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => id !== undefined && !indexOf.has(id) && indexOf.set(id, i));
  const out: Finding[] = [];
  const after = tasks.map((t, j) =>
    items(field(t, 'after')).flatMap((name, k) => {
      const index = typeof name === 'string' ? (indexOf.get(name) ?? -1) : -1;
      if (typeof name === 'string' && index < 0) {
        out.push({
          code: 'UNKNOWN_TASK',
          path: ['concerns', c, 'tasks', j, 'after', k],
          message: `"after" names a task that concern ${quote(text(field(concern, 'id')) ?? String(c))} does not have`,
          expected: `one of ${quotedList(
            ids.filter((x) => x !== undefined),
            10,
          )}`,
          found: quote(name),
          params: { task: name, concern: text(field(concern, 'id')) ?? String(c) },
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
      params: { cycle: names.join(' → ') },
    });
  }
  return out;
}

/** The silo's intake is the unit `intake`: a department of that name would be a second one. */
function intakeName(silo: unknown): Finding[] {
  if (field(silo, 'intake') === undefined) return [];
  return items(field(silo, 'departments')).flatMap((d, i) =>
    text(field(d, 'id')) === 'intake'
      ? [
          {
            code: 'RESERVED_NAME',
            path: ['organisations', 'silo', 'departments', i, 'id'],
            message: 'a department cannot be called "intake" when the silo has an intake: that is the intake\'s own unit id',
            expected: 'a department id other than "intake"',
            found: '"intake"',
            params: { name: 'intake' },
          },
        ]
      : [],
  );
}

/** A member's skill `__proto__`: zod drops the key from a mapping without a word, so look at the file itself. */
function reservedSkills(team: unknown): Finding[] {
  return items(field(team, 'teams')).flatMap((t, i) =>
    items(field(t, 'members')).flatMap((m, j) => {
      const skills = field(m, 'skills');
      return isRecord(skills) && Object.hasOwn(skills, RESERVED_NAME)
        ? [
            {
              code: 'RESERVED_NAME',
              path: ['organisations', 'team', 'teams', i, 'members', j, 'skills', RESERVED_NAME],
              at: 'key' as const,
              message: `"${RESERVED_NAME}" cannot be used as a name`,
              expected: 'any other skill name',
              found: `"${RESERVED_NAME}"`,
              params: { name: RESERVED_NAME },
            },
          ]
        : [];
    }),
  );
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
    ...intakeName(silo),
    ...duplicates(field(team, 'teams'), ['organisations', 'team', 'teams'], 'team'),
    ...reservedSkills(team),
  ];
}
