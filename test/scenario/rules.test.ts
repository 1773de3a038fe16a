// One bad fixture per rule (test/fixtures/bad/<rule>.yaml): the code, the field path and
// the line where the problem is written.
import { describe, expect, it } from 'vitest';
import { issueAt, parseFixture } from './helpers.js';

interface Case {
  fixture: string;
  code: string;
  path: string;
  line: number;
  column?: number;
  mode?: 'silo' | 'team' | 'both' | 'any';
}

const cases: Case[] = [
  // shape (schema)
  { fixture: 'unknown-key', code: 'UNKNOWN_KEY', path: 'organisations.silo.departmentz', line: 9, column: 5 },
  { fixture: 'invalid-type', code: 'INVALID_TYPE', path: 'organisations.silo.departments.0.staff', line: 9, column: 40 },
  { fixture: 'missing', code: 'MISSING', path: 'time.horizon', line: 3 },
  { fixture: 'too-small', code: 'TOO_SMALL', path: 'concerns.0.tasks', line: 7 },
  { fixture: 'invalid-value', code: 'INVALID_VALUE', path: 'organisations.silo.departments.0.policy', line: 9 },
  { fixture: 'unknown-distribution', code: 'INVALID_VALUE', path: 'concerns.0.tasks.0.work.dist', line: 8 },
  { fixture: 'invalid-duration', code: 'INVALID_DURATION', path: 'time.horizon', line: 3, column: 12 },
  { fixture: 'invalid-rate', code: 'INVALID_RATE', path: 'arrivals.rate', line: 4, column: 9 },
  { fixture: 'arrivals-conflict', code: 'CONFLICTING_KEYS', path: 'arrivals.interarrival', line: 5 },
  // references
  { fixture: 'unknown-skill-silo', code: 'UNKNOWN_SKILL', path: 'concerns.0.tasks.1.skill', line: 9, column: 25 },
  { fixture: 'unknown-skill-team', code: 'UNKNOWN_SKILL', path: 'concerns.0.tasks.1.skill', line: 9, column: 25 },
  { fixture: 'team-lacks-skill', code: 'TEAM_LACKS_SKILL', path: 'organisations.team.teams.1.members', line: 18 },
  { fixture: 'unknown-task', code: 'UNKNOWN_TASK', path: 'concerns.0.tasks.1.after.0', line: 9, column: 52 },
  { fixture: 'dependency-cycle', code: 'DEPENDENCY_CYCLE', path: 'concerns.0.tasks.1.after', line: 9 },
  { fixture: 'duplicate-id', code: 'DUPLICATE_ID', path: 'concerns.1.id', line: 10 },
  { fixture: 'duplicate-id', code: 'DUPLICATE_ID', path: 'concerns.0.tasks.1.id', line: 9 },
  { fixture: 'duplicate-id', code: 'DUPLICATE_ID', path: 'organisations.silo.departments.1.id', line: 15 },
  { fixture: 'duplicate-id', code: 'DUPLICATE_ID', path: 'organisations.team.teams.1.id', line: 19 },
  // ranges
  { fixture: 'non-positive-share', code: 'NON_POSITIVE_SHARE', path: 'concerns.1.share', line: 6 },
  { fixture: 'staff-too-small', code: 'STAFF_TOO_SMALL', path: 'organisations.silo.departments.0.staff', line: 9 },
  { fixture: 'staff-too-small', code: 'STAFF_TOO_SMALL', path: 'organisations.team.teams.0.members.0.count', line: 14 },
  { fixture: 'not-integer', code: 'NOT_INTEGER', path: 'organisations.silo.departments.0.staff', line: 9 },
  { fixture: 'proficiency-range', code: 'PROFICIENCY_RANGE', path: 'organisations.team.teams.0.members.0.skills.s1', line: 11 },
  { fixture: 'proficiency-range', code: 'PROFICIENCY_RANGE', path: 'organisations.team.teams.0.members.1.skills.s1', line: 12 },
  { fixture: 'probability-range', code: 'PROBABILITY_RANGE', path: 'failureDemand.probability', line: 7 },
  { fixture: 'probability-range', code: 'PROBABILITY_RANGE', path: 'organisations.silo.intake.misroute', line: 11 },
  { fixture: 'probability-range', code: 'PROBABILITY_RANGE', path: 'organisations.silo.handoff.infoLoss', line: 15 },
  { fixture: 'coordination-range', code: 'COORDINATION_RANGE', path: 'organisations.team.coordination', line: 10 },
  { fixture: 'warmup-not-before-horizon', code: 'WARMUP_NOT_BEFORE_HORIZON', path: 'time.warmup', line: 4 },
  { fixture: 'non-positive-rate', code: 'NON_POSITIVE_RATE', path: 'arrivals.rate', line: 4 },
  { fixture: 'zero-interarrival', code: 'NON_POSITIVE_MEAN', path: 'arrivals.interarrival', line: 4 },
  { fixture: 'non-positive-mean', code: 'NON_POSITIVE_MEAN', path: 'concerns.0.tasks.0.work.mean', line: 8 },
  { fixture: 'non-positive-mean', code: 'NON_POSITIVE_MEAN', path: 'concerns.0.tasks.1.work.mean', line: 9 },
  { fixture: 'non-positive-mean', code: 'NON_POSITIVE_MEAN', path: 'concerns.0.tasks.2.work.mean', line: 10 },
  { fixture: 'non-positive-mean', code: 'NON_POSITIVE_MEAN', path: 'concerns.0.tasks.3.work.mean', line: 11 },
  { fixture: 'invalid-parameter', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.0.work.max', line: 8 },
  { fixture: 'invalid-parameter', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.1.work.mode', line: 9 },
  { fixture: 'invalid-parameter', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.2.work.cv', line: 10 },
  { fixture: 'invalid-parameter', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.3.work.k', line: 11 },
  { fixture: 'invalid-parameter', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.4.work.values', line: 12 },
  { fixture: 'negative-value', code: 'NEGATIVE_VALUE', path: 'concerns.0.tasks.0.work', line: 8 },
  { fixture: 'negative-value', code: 'NEGATIVE_VALUE', path: 'concerns.0.tasks.1.work.sd', line: 9 },
  { fixture: 'negative-value', code: 'NEGATIVE_VALUE', path: 'concerns.0.tasks.2.work.values.1', line: 10 },
  { fixture: 'negative-value', code: 'NEGATIVE_VALUE', path: 'organisations.silo.handoff.pickup', line: 15 },
  { fixture: 'replications-too-small', code: 'TOO_SMALL', path: 'run.replications', line: 5 },
  // limits: what the engine can represent and what memory allows
  { fixture: 'staff-too-large', code: 'TOO_LARGE', path: 'organisations.silo.intake.staff', line: 8, column: 22 },
  { fixture: 'staff-too-large', code: 'TOO_LARGE', path: 'organisations.silo.departments.0.staff', line: 10, column: 40 },
  { fixture: 'staff-too-large', code: 'TOO_LARGE', path: 'organisations.team.teams.0.members.0.count', line: 15, column: 22 },
  { fixture: 'headcount-limit', code: 'HEADCOUNT_LIMIT', path: 'organisations.silo', line: 8 },
  { fixture: 'headcount-limit', code: 'HEADCOUNT_LIMIT', path: 'organisations.team.teams.0.members', line: 24 },
  { fixture: 'skill-limit', code: 'SKILL_LIMIT', path: 'organisations.silo.departments.0.skills.100', line: 9, column: 520 },
  { fixture: 'seed-too-large', code: 'TOO_LARGE', path: 'run.seed', line: 4, column: 9 },
  { fixture: 'replications-too-many', code: 'TOO_LARGE', path: 'run.replications', line: 4, column: 17 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'time.horizon', line: 2, column: 18 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'time.warmup', line: 2, column: 33 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'arrivals.rate', line: 3, column: 19 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'concerns.0.share', line: 5 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'concerns.0.tasks.0.work.mean', line: 5 },
  { fixture: 'not-finite', code: 'NOT_FINITE', path: 'organisations.silo.departments.0.staff', line: 9 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'time.horizon', line: 2 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'arrivals.rate', line: 3 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'concerns.0.share', line: 6 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'concerns.0.tasks.0.work', line: 8 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'concerns.0.tasks.1.work', line: 9 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'concerns.0.tasks.2.work.max', line: 10 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'organisations.silo.handoff.pickup', line: 15 },
  { fixture: 'too-large', code: 'TOO_LARGE', path: 'organisations.team.wipLimit', line: 21 },
  { fixture: 'below-resolution', code: 'TOO_SMALL', path: 'arrivals.interarrival.mean', line: 4 },
  { fixture: 'below-resolution', code: 'TOO_SMALL', path: 'concerns.0.tasks.0.work.mean', line: 6 },
  { fixture: 'below-resolution', code: 'TOO_SMALL', path: 'organisations.silo.handoff.pickup', line: 11 },
  { fixture: 'distribution-range', code: 'TOO_SMALL', path: 'arrivals.rate', line: 3 },
  { fixture: 'distribution-range', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.0.work.cv', line: 8 },
  { fixture: 'distribution-range', code: 'INVALID_PARAMETER', path: 'concerns.0.tasks.1.work.k', line: 9 },
  { fixture: 'distribution-range', code: 'PROFICIENCY_RANGE', path: 'organisations.team.teams.0.members.0.skills.s1', line: 15 },
  { fixture: 'distribution-range', code: 'COORDINATION_RANGE', path: 'organisations.team.coordination', line: 16 },
  { fixture: 'zero-return-delay', code: 'ZERO_DELAY', path: 'failureDemand.delay', line: 10, column: 41 },
  // names
  { fixture: 'intake-department', code: 'RESERVED_NAME', path: 'organisations.silo.departments.0.id', line: 10, column: 15 },
  { fixture: 'reserved-name', code: 'RESERVED_NAME', path: 'concerns.0.tasks.1.skill', line: 5 },
  { fixture: 'reserved-name', code: 'RESERVED_NAME', path: 'organisations.team.teams.0.members.0.skills.__proto__', line: 11, column: 42 },
  { fixture: 'control-characters', code: 'CONTROL_CHARACTER', path: 'name', line: 1, column: 7 },
  { fixture: 'control-characters', code: 'CONTROL_CHARACTER', path: 'concerns.0.id', line: 5, column: 11 },
  { fixture: 'control-characters', code: 'CONTROL_CHARACTER', path: 'concerns.0.label', line: 5, column: 29 },
  // organisations for the requested mode
  { fixture: 'only-silo', code: 'MISSING_ORGANISATION', path: 'organisations.team', line: 8, mode: 'both' },
  { fixture: 'only-silo', code: 'MISSING_ORGANISATION', path: 'organisations.team', line: 8, mode: 'team' },
  { fixture: 'no-organisation', code: 'MISSING_ORGANISATION', path: 'organisations', line: 6, mode: 'any' },
  // the YAML itself
  { fixture: 'yaml-syntax', code: 'YAML_SYNTAX', path: '', line: 4, column: 1 },
  { fixture: 'yaml-alias-bomb', code: 'YAML_ALIAS_LIMIT', path: '', line: 2 },
];

describe('one fixture per rule', () => {
  it.each(cases)('parseScenario reports $code at $path, line $line ($fixture.yaml)', (c) => {
    const { scenario, issues } = parseFixture(`bad/${c.fixture}.yaml`, c.mode ? { mode: c.mode } : { mode: 'any' });
    expect(scenario).toBeNull();
    const issue = issueAt(issues, c.code, c.path);
    expect(issue.line).toBe(c.line);
    if (c.column !== undefined) expect(issue.column).toBe(c.column);
    expect(issue.message.length).toBeGreaterThan(0);
  });

  it('parseScenario names the cycle a -> c -> b -> a in DEPENDENCY_CYCLE', () => {
    const issue = issueAt(
      parseFixture('bad/dependency-cycle.yaml', { mode: 'any' }).issues,
      'DEPENDENCY_CYCLE',
      'concerns.0.tasks.1.after',
    );
    expect(issue.message).toContain('a after c after b after a');
  });

  it('parseScenario tells what was expected and found for an unknown distribution', () => {
    const issue = issueAt(
      parseFixture('bad/unknown-distribution.yaml', { mode: 'any' }).issues,
      'INVALID_VALUE',
      'concerns.0.tasks.0.work.dist',
    );
    expect(issue.found).toBe('"triangle"');
    expect(issue.expected).toContain('triangular');
  });

  it('parseScenario suggests the known key for a misspelled one', () => {
    const issue = issueAt(parseFixture('bad/unknown-key.yaml', { mode: 'any' }).issues, 'UNKNOWN_KEY', 'organisations.silo.departmentz');
    expect(issue.message).toContain('did you mean "departments"');
  });

  it('parseScenario accepts a file with only the silo for modes silo and any', () => {
    for (const mode of ['silo', 'any'] as const) {
      const { scenario, issues } = parseFixture('bad/only-silo.yaml', { mode });
      expect(issues).toEqual([]);
      expect(scenario!.team).toBeNull();
    }
  });
});
