// Limits that span several fields: how many people a team and an organisation may have, and
// how many different skills a scenario may name. The engine holds one proficiency per team
// member and skill, so these bound its memory (docs/model.md#keys-and-defaults).
import type { Finding } from './issues.js';
import { field, isRecord, items, text } from './loose.js';
import { MAX_ORGANISATION_PEOPLE, MAX_SKILLS, MAX_UNIT_PEOPLE } from './limits.js';
import { quote } from './quote.js';

type Path = (string | number)[];
const thousands = (n: number) => n.toLocaleString('en-US');

/** A headcount the schema accepts, else 0: a broken one is reported where it is written. */
function people(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_UNIT_PEOPLE ? v : 0;
}

function tooMany(path: Path, what: string, unit: string, count: number, max: number, per: 'team' | 'organisation'): Finding[] {
  if (count <= max) return [];
  return [
    {
      code: 'HEADCOUNT_LIMIT',
      path,
      message: `${what} has ${thousands(count)} people, more than the ${thousands(max)} allowed in ${per === 'team' ? 'a team' : 'an organisation'}`,
      expected: `at most ${thousands(max)} people in ${per === 'team' ? 'a team' : 'an organisation'}`,
      found: thousands(count),
      params: { per, unit, count, max },
    },
  ];
}

function silo(org: unknown): Finding[] {
  const total =
    people(field(field(org, 'intake'), 'staff')) +
    items(field(org, 'departments')).reduce<number>((n, d) => n + people(field(d, 'staff')), 0);
  return tooMany(['organisations', 'silo'], 'the silo organisation', 'silo', total, MAX_ORGANISATION_PEOPLE, 'organisation');
}

function teams(org: unknown): Finding[] {
  const list = items(field(org, 'teams'));
  const sizes = list.map((t) => items(field(t, 'members')).reduce<number>((n, m) => n + people(field(m, 'count')), 0));
  const total = sizes.reduce((n, s) => n + s, 0);
  return [
    ...sizes.flatMap((size, i) =>
      tooMany(
        ['organisations', 'team', 'teams', i, 'members'],
        `team ${quote(text(field(list[i], 'id')) ?? String(i))}`,
        text(field(list[i], 'id')) ?? String(i),
        size,
        MAX_UNIT_PEOPLE,
        'team',
      ),
    ),
    ...tooMany(['organisations', 'team'], 'the team organisation', 'team', total, MAX_ORGANISATION_PEOPLE, 'organisation'),
  ];
}

/** Every skill name with where it is written, in file order: tasks, departments, team members. */
function skillNames(data: unknown): { name: string; path: Path; at?: 'key' }[] {
  const orgs = field(data, 'organisations');
  return [
    ...items(field(data, 'concerns')).flatMap((c, i) =>
      items(field(c, 'tasks')).map((t, j) => ({ name: text(field(t, 'skill')), path: ['concerns', i, 'tasks', j, 'skill'] })),
    ),
    ...items(field(field(orgs, 'silo'), 'departments')).flatMap((d, i) =>
      items(field(d, 'skills')).map((s, j) => ({ name: text(s), path: ['organisations', 'silo', 'departments', i, 'skills', j] })),
    ),
    ...items(field(field(orgs, 'team'), 'teams')).flatMap((t, i) =>
      items(field(t, 'members')).flatMap((m, j) => {
        const skills = field(m, 'skills');
        return (isRecord(skills) ? Object.keys(skills) : []).map((s) => ({
          name: s as string | undefined,
          path: ['organisations', 'team', 'teams', i, 'members', j, 'skills', s],
          at: 'key' as const,
        }));
      }),
    ),
  ].filter((s): s is { name: string; path: Path; at?: 'key' } => s.name !== undefined);
}

/** SKILL_LIMIT at the first skill name beyond MAX_SKILLS different ones. */
function skills(data: unknown): Finding[] {
  const seen = new Set<string>();
  for (const s of skillNames(data)) {
    seen.add(s.name);
    if (seen.size > MAX_SKILLS) {
      return [
        {
          code: 'SKILL_LIMIT',
          path: s.path,
          ...(s.at ? { at: s.at } : {}),
          message: `this is skill number ${MAX_SKILLS + 1}: a scenario may name at most ${MAX_SKILLS} different skills`,
          expected: `at most ${MAX_SKILLS} different skills`,
          found: `more than ${MAX_SKILLS}`,
          params: { max: MAX_SKILLS },
        },
      ];
    }
  }
  return [];
}

export function checkPeople(data: unknown): Finding[] {
  const orgs = field(data, 'organisations');
  return [...silo(field(orgs, 'silo')), ...teams(field(orgs, 'team')), ...skills(data)];
}
