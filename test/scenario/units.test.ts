import { describe, expect, it } from 'vitest';
import { parseDuration, parseRate } from '../../src/scenario/units.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { fixture, issueAt } from './helpers.js';

describe('parseDuration', () => {
  it.each([
    [15, 15],
    [0, 0],
    ['45s', 0.75],
    ['15m', 15],
    ['2h', 120],
    ['1.5h', 90],
    ['3d', 4320],
    ['1w', 10080],
    ['0.5d', 720],
    ['.5h', 30],
    [' 2 h ', 120],
  ] as const)('parseDuration(%j) is %d minutes', (input, minutes) => {
    expect(parseDuration(input)).toBeCloseTo(minutes, 12);
  });

  it.each(['5 parsecs', '2 fortnights', 'h', '', '1.h', '2hours', '1e3m', 'NaN'])('parseDuration rejects %j', (input) => {
    expect(() => parseDuration(input)).toThrow(RangeError);
  });

  it('parseDuration rejects non-finite numbers', () => {
    expect(() => parseDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('parseRate', () => {
  it.each([
    [0.2, 0.2],
    ['12/h', 0.2],
    ['90/d', 90 / 1440],
    ['3/m', 3],
    ['60/s', 3600],
    ['7/w', 7 / 10080],
    ['1.5 / h', 0.025],
  ] as const)('parseRate(%j) is %d per minute', (input, perMinute) => {
    expect(parseRate(input)).toBeCloseTo(perMinute, 12);
  });

  it.each(['12 per hour', '12h', '/h', '12/', '12/hour'])('parseRate rejects %j', (input) => {
    expect(() => parseRate(input)).toThrow(RangeError);
  });
});

describe('durations and rates inside a scenario', () => {
  const withHorizon = (h: string) => fixture('good/minimal.yaml').replace('horizon: 1d', `horizon: ${h}`);

  it.each([
    ['90', 90],
    ['"45s"', 0.75],
    ['15m', 15],
    ['2h', 120],
    ['1.5h', 90],
    ['3d', 4320],
    ['1w', 10080],
  ] as const)('parseScenario reads horizon %s as %d minutes', (written, minutes) => {
    const { scenario, issues } = parseScenario(withHorizon(written));
    expect(issues).toEqual([]);
    expect(scenario!.horizon).toBeCloseTo(minutes, 12);
  });

  it('parseScenario reports INVALID_DURATION for "5 parsecs" at time.horizon, line 3', () => {
    const { scenario, issues } = parseScenario(withHorizon('5 parsecs'));
    expect(scenario).toBeNull();
    const issue = issueAt(issues, 'INVALID_DURATION', 'time.horizon');
    expect([issue.line, issue.column]).toEqual([3, 18]);
    expect(issue.found).toBe('"5 parsecs"');
  });

  it.each([
    ['12/h', 0.2],
    ['90/d', 0.0625],
    ['3/m', 3],
    ['0.5', 0.5],
  ] as const)('parseScenario reads rate %s as %d per minute', (written, perMinute) => {
    const text = fixture('good/minimal.yaml').replace('rate: 2/h', `rate: ${written}`);
    expect(parseScenario(text).scenario!.arrivals.rate).toBeCloseTo(perMinute, 12);
  });

  it('parseScenario reports INVALID_RATE for "12 per hour" at arrivals.rate', () => {
    const text = fixture('good/minimal.yaml').replace('rate: 2/h', 'rate: 12 per hour');
    const issue = issueAt(parseScenario(text).issues, 'INVALID_RATE', 'arrivals.rate');
    expect(issue.line).toBe(4);
  });

  it('parseScenario lifts duration-string parameters of a distribution into minutes', () => {
    const text = fixture('good/minimal.yaml').replace('work: 10 }', 'work: { dist: exponential, mean: 1.5h } }');
    const work = parseScenario(text).scenario!.concernTypes[0].tasks[0].work;
    expect(work.kind).toBe('exponential');
    expect(work.mean).toBeCloseTo(90, 12);
  });
});
