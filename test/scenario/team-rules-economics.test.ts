// The two optional keys of docs/model.md#assignment-rules and docs/model.md#cost-metrics:
// `organisations.team.assignment` and `economics`, as the file writes them, as --set changes
// them, and every bad value reported with its code, path and line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import type { Override } from '../../src/scenario/issues.js';
import { issueAt } from './helpers.js';

/** The seed story without its `economics` block (the last key of the file). */
const STORY = readFileSync(new URL('../../scenarios/versicherung.yaml', import.meta.url), 'utf8').replace(/\neconomics:[\s\S]*$/, '\n');
/** The story with `lines` added under the team's `coordination:` line (4 spaces deep). */
const withTeamLines = (...lines: string[]): string => STORY.replace(/^( {4}coordination: .*)$/m, (l) => [l, ...lines].join('\n'));
const withEconomics = (...lines: string[]): string => `${STORY}\neconomics:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const parse = (text: string, overrides: Override[] = []) => parseScenario(text, { file: 'test.yaml', overrides, mode: 'any' });

const ECONOMICS = ['staffCostPerHour: 58', 'delayCostPerHour: 1.5', 'failureDemandCost: 20', 'currency: EUR'];

describe('organisations.team.assignment', () => {
  it('defaults to rule any, and `any` written out is the same', () => {
    expect(parse(STORY).scenario!.team!.assignment).toEqual({ rule: 'any' });
    expect(parse(withTeamLines('    assignment: any')).scenario!.team!.assignment).toEqual({ rule: 'any' });
    expect(parse(withTeamLines('    assignment: { rule: any }')).scenario!.team!.assignment).toEqual({ rule: 'any' });
  });

  it('reads prefer-specialist with helpAfter in any duration unit, as minutes', () => {
    for (const [written, minutes] of [
      ['30m', 30],
      ['1.5h', 90],
      ['45', 45],
      ['90s', 1.5],
      ['0', 0],
    ] as const) {
      const text = withTeamLines(`    assignment: { rule: prefer-specialist, helpAfter: ${written} }`);
      expect(parse(text).scenario!.team!.assignment).toEqual({ rule: 'prefer-specialist', helpAfter: minutes });
    }
  });

  it.each([
    ['assignment: fastest', 'INVALID_VALUE', 'organisations.team.assignment'],
    ['assignment: 5', 'INVALID_TYPE', 'organisations.team.assignment'],
    ['assignment: { rule: best, helpAfter: 5 }', 'INVALID_VALUE', 'organisations.team.assignment.rule'],
    ['assignment: { rule: prefer-specialist }', 'MISSING', 'organisations.team.assignment.helpAfter'],
    ['assignment: { rule: prefer-specialist, helpAfter: -5m }', 'NEGATIVE_VALUE', 'organisations.team.assignment.helpAfter'],
    ['assignment: { rule: prefer-specialist, helpAfter: soon }', 'INVALID_DURATION', 'organisations.team.assignment.helpAfter'],
    ['assignment: { rule: prefer-specialist, helpAfter: 3651d }', 'TOO_LARGE', 'organisations.team.assignment.helpAfter'],
    ['assignment: { rule: any, helpAfter: 30m }', 'CONFLICTING_KEYS', 'organisations.team.assignment.helpAfter'],
    ['assignment: { rule: prefer-specialist, helpAfter: 30m, help: 1 }', 'UNKNOWN_KEY', 'organisations.team.assignment.help'],
  ])('reports `%s` as %s at %s, on its line', (line, code, path) => {
    const text = withTeamLines(`    ${line}`);
    const result = parse(text);
    expect(result.scenario).toBeNull();
    expect(issueAt(result.issues, code, path).line).toBe(lineOf(text, line));
  });

  it('--set organisations.team.assignment.helpAfter changes the wait of a file that has the rule', () => {
    const text = withTeamLines('    assignment: { rule: prefer-specialist, helpAfter: 30m }');
    const result = parse(text, [{ path: 'organisations.team.assignment.helpAfter', value: '2h' }]);
    expect(result.scenario!.team!.assignment).toEqual({ rule: 'prefer-specialist', helpAfter: 120 });
    const bad = parse(text, [{ path: 'organisations.team.assignment.helpAfter', value: '-1h' }]);
    expect(issueAt(bad.issues, 'NEGATIVE_VALUE', 'organisations.team.assignment.helpAfter').source).toBe(
      '--set organisations.team.assignment.helpAfter=-1h',
    );
  });

  it('--set organisations.team.assignment sets the whole rule on a file without one', () => {
    const result = parse(STORY, [{ path: 'organisations.team.assignment', value: '{rule: prefer-specialist, helpAfter: 1h}' }]);
    expect(result.scenario!.team!.assignment).toEqual({ rule: 'prefer-specialist', helpAfter: 60 });
  });
});

describe('economics', () => {
  it('is null without the key, and read as given with it', () => {
    expect(parse(STORY).scenario!.economics).toBeNull();
    expect(parse(withEconomics(...ECONOMICS)).scenario!.economics).toEqual({
      staffCostPerHour: 58,
      delayCostPerHour: 1.5,
      failureDemandCost: 20,
      currency: 'EUR',
    });
  });

  it.each([
    ['staffCostPerHour: -1', 'NEGATIVE_VALUE', 'economics.staffCostPerHour'],
    ['delayCostPerHour: many', 'INVALID_TYPE', 'economics.delayCostPerHour'],
    ['failureDemandCost: 2e9', 'TOO_LARGE', 'economics.failureDemandCost'],
    ['currency: eur', 'INVALID_CURRENCY', 'economics.currency'],
    ['currency: EURO', 'INVALID_CURRENCY', 'economics.currency'],
  ])('reports `%s` as %s at %s, on its line', (line, code, path) => {
    const key = line.split(':')[0];
    const text = withEconomics(...ECONOMICS.map((l) => (l.startsWith(`${key}:`) ? line : l)));
    const result = parse(text);
    expect(result.scenario).toBeNull();
    expect(issueAt(result.issues, code, path).line).toBe(lineOf(text, line));
  });

  it('reports a missing amount and an unknown key', () => {
    const text = withEconomics(...ECONOMICS.slice(1), 'salary: 3');
    const result = parse(text);
    issueAt(result.issues, 'MISSING', 'economics.staffCostPerHour');
    issueAt(result.issues, 'UNKNOWN_KEY', 'economics.salary');
  });

  it('--set economics.staffCostPerHour=60 changes the staff cost; a negative one is reported as the override', () => {
    const text = withEconomics(...ECONOMICS);
    expect(parse(text, [{ path: 'economics.staffCostPerHour', value: '60' }]).scenario!.economics!.staffCostPerHour).toBe(60);
    const bad = parse(text, [{ path: 'economics.staffCostPerHour', value: '-60' }]);
    expect(issueAt(bad.issues, 'NEGATIVE_VALUE', 'economics.staffCostPerHour').source).toBe('--set economics.staffCostPerHour=-60');
  });
});
