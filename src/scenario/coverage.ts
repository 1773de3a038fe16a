// Cross-field rules about whether the scenario can run at all: every task needs someone
// with its skill, the requested organisations must exist, and warmup must end before the
// horizon. A concern nobody can work would sit in a queue forever and skew every metric.
import type { Finding } from './issues.js';
import type { Mode } from './types.js';
import { field, isRecord, items, text } from './loose.js';
import { tryDuration } from './units.js';
import { quote } from './quote.js';

/** Which organisations a file must describe: one, both, or any (at least one). */
export type ModeRequest = Mode | 'both' | 'any';

/** Skills a TEAM_LACKS_SKILL message names before "and N more". */
const SKILLS_NAMED = 5;

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
      message: `no department of the silo organisation has the skill ${quote(t.skill)}`,
      expected: 'a skill listed in organisations.silo.departments[].skills',
      found: quote(t.skill),
      params: { skill: t.skill, organisation: 'silo' },
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

/**
 * Any team may be given any concern (the one with the fewest in hand), so each needs every
 * skill. One finding per team, naming what it lacks; the work is linear in the file's size
 * (per skill and team it was quadratic: a hostile file made tens of millions of findings).
 */
function teamSkills(tasks: TaskRef[], org: unknown): Finding[] {
  const teams = items(field(org, 'teams'));
  const perTeam = teams.map(memberSkills);
  const anyTeam = new Set(perTeam.flatMap((s) => [...s]));
  const out: Finding[] = tasks
    .filter((t) => !anyTeam.has(t.skill))
    .map((t) => ({
      code: 'UNKNOWN_SKILL',
      path: t.path,
      message: `no team member of the team organisation has the skill ${quote(t.skill)}`,
      expected: 'a skill listed in organisations.team.teams[].members[].skills',
      found: quote(t.skill),
      params: { skill: t.skill, organisation: 'team' },
    }));
  // The skills tasks need that some team offers, in the order the tasks name them.
  const offered = [...new Set(tasks.map((t) => t.skill))].filter((skill) => anyTeam.has(skill));
  const offeredSet = new Set(offered);
  perTeam.forEach((skills, i) => {
    let has = 0;
    for (const skill of skills) if (offeredSet.has(skill)) has++;
    const missing = offered.length - has;
    if (missing === 0) return;
    // The first few it lacks: a scan that stops after them (or after the skills the team lists).
    const named: string[] = [];
    for (const skill of offered) {
      if (named.length === SKILLS_NAMED) break;
      if (!skills.has(skill)) named.push(skill);
    }
    const list = `${named.map(quote).join(', ')}${missing > named.length ? ` and ${missing - named.length} more` : ''}`;
    out.push({
      code: 'TEAM_LACKS_SKILL',
      path: ['organisations', 'team', 'teams', i, 'members'],
      message: `team ${quote(text(field(teams[i], 'id')) ?? String(i))} has nobody with the ${missing === 1 ? 'skill' : 'skills'} ${list}, so concerns it takes could never finish`,
      expected: missing === 1 ? `a member with the skill ${list}` : `members with the skills ${list}`,
      found: 'none',
      params: { team: text(field(teams[i], 'id')) ?? String(i), skills: named.join(', '), more: missing - named.length },
    });
  });
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
        params: { organisation: '' },
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
      params: { organisation: m },
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
      params: { horizon, warmup: warm },
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
