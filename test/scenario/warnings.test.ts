import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import { starterScenario } from '../../src/scenario/starter.js';
import { issueAt, parseFixture } from './helpers.js';

describe('headcount warning', () => {
  it('parseScenario warns HEADCOUNT_DIFFERS for the reference example (docs/model.md#an-example): silo 2+3+4 = 9, team 2+2 = 4', () => {
    const { scenario, warnings } = parseFixture('good/design-example.yaml');
    expect(scenario).not.toBeNull();
    const w = issueAt(warnings, 'HEADCOUNT_DIFFERS', 'organisations');
    expect(w.line).toBe(28);
    expect(w.found).toBe('silo 9, team 4');
  });

  it('parseScenario does not warn about headcount when only one organisation is present', () => {
    const { warnings } = parseFixture('bad/only-silo.yaml', { mode: 'silo' });
    expect(warnings.filter((w) => w.code === 'HEADCOUNT_DIFFERS')).toEqual([]);
  });
});

describe('overload warnings (utilisation >= 1)', () => {
  const { scenario, issues, warnings } = parseFixture('good/overloaded.yaml');

  it('parseScenario still returns the overloaded scenario: it runs, with growing open concerns', () => {
    expect(issues).toEqual([]);
    expect(scenario).not.toBeNull();
  });

  it('parseScenario warns OVERLOAD for the intake: 10/h x 9 min on 1 person is utilisation 1.50', () => {
    const w = issueAt(warnings, 'OVERLOAD', 'organisations.silo.intake');
    expect(w.line).toBe(13);
    expect(w.message).toContain('the intake');
    expect(w.found).toBe('1.50');
  });

  it('parseScenario warns OVERLOAD for department "front": 10/h x 12 min on 1 person is 2.00', () => {
    const w = issueAt(warnings, 'OVERLOAD', 'organisations.silo.departments.0');
    expect(w.message).toContain('department "front"');
    expect(w.found).toBe('2.00');
  });

  it('parseScenario does not warn for department "back" at utilisation 0.50', () => {
    expect(warnings.some((w) => w.path === 'organisations.silo.departments.1')).toBe(false);
  });

  it('parseScenario warns OVERLOAD for the team: 15 min / (1 - 0.2) x 10/h over 2 members is 1.56', () => {
    const w = issueAt(warnings, 'OVERLOAD', 'organisations.team.teams');
    expect(w.message).toContain('team "t"');
    expect(w.found).toBe((((10 / 60) * 15) / 0.8 / 2).toFixed(2));
  });

  it('parseScenario gives no overload warning for a lightly loaded scenario', () => {
    expect(parseFixture('good/minimal.yaml').warnings).toEqual([]);
  });

  it('parseScenario gives the starter scenario no warnings at all', () => {
    expect(parseScenario(starterScenario()).warnings).toEqual([]);
  });
});
