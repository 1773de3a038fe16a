import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issues.js';
import { parseFixture } from './helpers.js';

describe('a file with several problems', () => {
  const { scenario, issues } = parseFixture('bad/several.yaml');

  it('parseScenario reports every problem at once, in file order', () => {
    expect(scenario).toBeNull();
    expect(issues.map((i) => [i.code, i.path, i.line])).toEqual([
      ['INVALID_DURATION', 'time.horizon', 4],
      ['DEPENDENCY_CYCLE', 'concerns.0.tasks.0.after', 10],
      ['UNKNOWN_SKILL', 'concerns.0.tasks.1.skill', 11],
      ['MISSING_ORGANISATION', 'organisations.team', 13],
      ['STAFF_TOO_SMALL', 'organisations.silo.departments.0.staff', 15],
      ['DUPLICATE_ID', 'organisations.silo.departments.1.id', 16],
      ['UNKNOWN_KEY', 'organisations.silo.departments.1.polcy', 16],
    ]);
  });

  it('formatIssue prints file:line:column path: message (expected X, found Y)', () => {
    const staff = issues.find((i) => i.code === 'STAFF_TOO_SMALL')!;
    expect(formatIssue('several.yaml', staff)).toBe(
      'several.yaml:15:40 organisations.silo.departments.0.staff: a headcount must be at least 1 (expected a whole number from 1 to 10,000, found 0)',
    );
  });

  it('formatIssue leaves out expected and found when an issue has neither', () => {
    expect(formatIssue('f.yaml', { code: 'X', path: 'a.b', line: 2, column: 3, message: 'broken' })).toBe('f.yaml:2:3 a.b: broken');
  });
});
