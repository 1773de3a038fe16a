// `--set path=value`: applied to the YAML document before validation, checked like the file.
import { describe, expect, it } from 'vitest';
import { formatIssue, type Override } from '../../src/scenario/issues.js';
import { issueAt, parseFixture } from './helpers.js';

const set = (...pairs: string[]): Override[] =>
  pairs.map((p) => {
    const eq = p.indexOf('=');
    return { path: p.slice(0, eq), value: p.slice(eq + 1) };
  });
const withOverrides = (...pairs: string[]) => parseFixture('good/design-example.yaml', { overrides: set(...pairs) });

describe('overrides that change the scenario', () => {
  it('--set organisations.silo.departments.0.staff=5 changes that department only', () => {
    const { scenario, issues } = withOverrides('organisations.silo.departments.0.staff=5');
    expect(issues).toEqual([]);
    expect(scenario!.silo!.departments.map((d) => d.staff)).toEqual([5, 4]);
  });

  it('--set arrivals.rate=14/h and time.horizon=2h are read with units', () => {
    const s = withOverrides('arrivals.rate=14/h', 'time.horizon=2h', 'time.warmup=0').scenario!;
    expect(s.arrivals.rate).toBeCloseTo(14 / 60, 12);
    expect(s.horizon).toBe(120);
  });

  it('--set takes a JSON distribution and a YAML flow list', () => {
    const s = withOverrides(
      'concerns.0.tasks.0.work={"dist":"exponential","mean":5}',
      'organisations.silo.departments.0.skills=[master-data, benefits]',
    ).scenario!;
    expect([s.concernTypes[0].tasks[0].work.kind, s.concernTypes[0].tasks[0].work.mean]).toEqual(['exponential', 5]);
    expect(s.silo!.departments[0].skills).toEqual(['master-data', 'benefits']);
  });

  it('--set adds an optional field the file leaves out, creating its parent', () => {
    const s = parseFixture('good/minimal.yaml', { overrides: set('run.replications=3', 'organisations.team.wipLimit=4') }).scenario!;
    expect(s.replications).toBe(3);
    expect(s.team!.wipLimit).toBe(4);
  });

  it('later overrides of the same path win', () => {
    expect(withOverrides('run.seed=7', 'run.seed=8').scenario!.seed).toBe(8);
  });
});

describe('overrides that are wrong', () => {
  it('--set with a misspelled key is UNKNOWN_OVERRIDE_PATH naming the override', () => {
    const { scenario, issues } = withOverrides('organisations.silo.departmentz=5');
    expect(scenario).toBeNull();
    const issue = issueAt(issues, 'UNKNOWN_OVERRIDE_PATH', 'organisations.silo.departmentz');
    expect([issue.line, issue.column]).toEqual([0, 0]);
    expect(issue.message).toContain('--set organisations.silo.departmentz=5');
    expect(issue.expected).toContain('departments');
    expect(formatIssue('s.yaml', issue)).toMatch(/^s\.yaml: --set organisations\.silo\.departmentz=5: /);
  });

  it('--set past the end of a list is OVERRIDE_INDEX, not an append', () => {
    const { issues } = withOverrides('organisations.silo.departments.2.staff=1');
    const issue = issueAt(issues, 'OVERRIDE_INDEX', 'organisations.silo.departments.2.staff');
    expect(issue.message).toContain('--set organisations.silo.departments.2.staff=1');
    expect(issue.message).toContain('2 entries');
  });

  it('--set with a name where a list needs an index is UNKNOWN_OVERRIDE_PATH', () => {
    issueAt(withOverrides('concerns.move.share=1').issues, 'UNKNOWN_OVERRIDE_PATH', 'concerns.move.share');
  });

  it('--set below a plain value is UNKNOWN_OVERRIDE_PATH', () => {
    issueAt(withOverrides('name.first=x').issues, 'UNKNOWN_OVERRIDE_PATH', 'name.first');
  });

  it('--set with a value that is not YAML is INVALID_OVERRIDE_VALUE', () => {
    issueAt(withOverrides('name={').issues, 'INVALID_OVERRIDE_VALUE', 'name');
  });

  it('--set with an out-of-range value is checked like the file and names the override', () => {
    const issue = issueAt(
      withOverrides('organisations.silo.departments.1.staff=0').issues,
      'STAFF_TOO_SMALL',
      'organisations.silo.departments.1.staff',
    );
    expect(issue.line).toBe(0);
    expect(issue.source).toBe('--set organisations.silo.departments.1.staff=0');
    expect(issue.message).toContain('--set organisations.silo.departments.1.staff=0');
  });

  it('--set that creates an incomplete mapping reports the missing field under the override', () => {
    const { issues } = parseFixture('good/minimal.yaml', { overrides: set('organisations.silo.intake.staff=2') });
    const issue = issueAt(issues, 'MISSING', 'organisations.silo.intake.work');
    expect(issue.message).toContain('--set organisations.silo.intake.staff=2: organisations.silo.intake.work:');
  });

  it('problems in the file keep their lines next to override problems', () => {
    const { issues } = parseFixture('bad/staff-too-small.yaml', { overrides: set('arrivals.rate=fast'), mode: 'any' });
    expect(issueAt(issues, 'INVALID_RATE', 'arrivals.rate').line).toBe(0);
    expect(issueAt(issues, 'STAFF_TOO_SMALL', 'organisations.silo.departments.0.staff').line).toBe(9);
  });
});
