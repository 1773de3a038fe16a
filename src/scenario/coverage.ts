// Cross-field rules about whether the scenario can run at all: every task needs someone
// with its skill, the requested organisations must exist, and warmup must end before the
// horizon. A concern nobody can work would sit in a queue forever and skew every metric.
import type { Finding } from './issues.js';
import type { Mode } from './types.js';
import { field, isRecord, items, text } from './loose.js';
import { tryDuration } from './units.js';

/** Which organisations a file must describe: one, both, or any (at least one). */
export type ModeRequest = Mode | 'both' | 'any';

interface TaskRef {
  skill: string;
  path: (string | number)[];
}

function taskSkills(data: unknown): TaskRef[] {
  return items(field(data, 'concerns')).flatMap((concern, c) =>
    items(field(concern, 'tasks')).flatMap((task, t) => {
      const skill = text(field(task, 'skill'));
      return skill === undefined ? [] : [{ skill, path: ['concerns', c, 'tasks', t, 'skill'] }];
    }),
  );
}

function siloSkills(tasks: TaskRef[], silo: unknown): Finding[] {
  const offered = new Set(items(field(silo, 'departments')).flatMap((d) => items(field(d, 'skills'))));
  return tasks
    .filter((t) => !offered.has(t.skill))
    .map((t) => ({
      code: 'UNKNOWN_SKILL',
      path: t.path,
      message: `no department of the silo organisation has the skill "${t.skill}"`,
      expected: 'a skill listed in organisations.silo.departments[].skills',
      found: JSON.stringify(t.skill),
    }));
}

function memberSkills(team: unknown): Set<string> {
  return new Set(
    items(field(team, 'members')).flatMap((m) => {
      const skills = field(m, 'skills');
      return isRecord(skills) ? Object.keys(skills) : [];
    }),
  );
}

/** Any team may be given any concern (the one with the fewest in hand), so each needs every skill. */
function teamSkills(tasks: TaskRef[], org: unknown): Finding[] {
  const teams = items(field(org, 'teams'));
  const perTeam = teams.map(memberSkills);
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const t of tasks) {
    if (!perTeam.some((s) => s.has(t.skill))) {
      out.push({
        code: 'UNKNOWN_SKILL',
        path: t.path,
        message: `no team member of the team organisation has the skill "${t.skill}"`,
        expected: 'a skill listed in organisations.team.teams[].members[].skills',
        found: JSON.stringify(t.skill),
      });
      continue;
    }
    perTeam.forEach((skills, i) => {
      if (skills.has(t.skill) || reported.has(`${i}/${t.skill}`)) return;
      reported.add(`${i}/${t.skill}`);
      out.push({
        code: 'TEAM_LACKS_SKILL',
        path: ['organisations', 'team', 'teams', i, 'members'],
        message: `team "${text(field(teams[i], 'id')) ?? i}" has nobody with the skill "${t.skill}", so concerns it takes could never finish`,
        expected: `a member with the skill "${t.skill}"`,
        found: 'none',
      });
    });
  }
  return out;
}

function organisations(data: unknown, mode: ModeRequest): Finding[] {
  const orgs = field(data, 'organisations');
  const has = { silo: field(orgs, 'silo') !== undefined, team: field(orgs, 'team') !== undefined };
  const needed: Mode[] = mode === 'both' ? ['silo', 'team'] : mode === 'any' ? [] : [mode];
  if (!isRecord(orgs)) return []; // the schema reports the missing or malformed mapping itself
  if (mode === 'any' && !has.silo && !has.team) {
    return [
      {
        code: 'MISSING_ORGANISATION',
        path: ['organisations'],
        message: 'no organisation to simulate',
        expected: 'organisations.silo or organisations.team',
        found: 'neither',
      },
    ];
  }
  return needed
    .filter((m) => !has[m])
    .map((m) => ({
      code: 'MISSING_ORGANISATION',
      path: ['organisations', m],
      message: `the ${m} mode needs organisations.${m}`,
      expected: `organisations.${m}`,
      found: 'nothing',
    }));
}

function warmup(data: unknown): Finding[] {
  const time = field(data, 'time');
  const horizon = tryDuration(field(time, 'horizon'));
  const warm = tryDuration(field(time, 'warmup'));
  if (horizon === null || warm === null || warm < horizon) return [];
  return [
    {
      code: 'WARMUP_NOT_BEFORE_HORIZON',
      path: ['time', 'warmup'],
      message: 'the warmup must end before the horizon, or nothing is measured',
      expected: `less than the horizon (${horizon} min)`,
      found: `${warm} min`,
    },
  ];
}

export function checkCoverage(data: unknown, mode: ModeRequest): Finding[] {
  const orgs = field(data, 'organisations');
  const tasks = taskSkills(data);
  const silo = field(orgs, 'silo');
  const team = field(orgs, 'team');
  return [
    ...warmup(data),
    ...organisations(data, mode),
    // Without a list of units the schema already reports the problem; no skill is "missing".
    ...(Array.isArray(field(silo, 'departments')) ? siloSkills(tasks, silo) : []),
    ...(Array.isArray(field(team, 'teams')) ? teamSkills(tasks, team) : []),
  ];
}
