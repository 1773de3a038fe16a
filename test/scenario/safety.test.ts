// Hostile or broken input yields issues, never an exception or a hang.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import { fixture } from './helpers.js';

describe('safety limits', () => {
  it('parseScenario reports TOO_LARGE for text over 1 MB without parsing it', () => {
    const text = `name: big\ndescription: "${'x'.repeat(1024 * 1024)}"\n`;
    const { scenario, issues } = parseScenario(text);
    expect(scenario).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
  });

  it('parseScenario counts bytes, not characters, against the 1 MB limit', () => {
    // 400k three-byte characters: 1.2 MB of UTF-8 in 400k UTF-16 units.
    const { issues } = parseScenario(`name: "${'€'.repeat(400_000)}"\n`);
    expect(issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
  });

  it('parseScenario refuses a YAML alias bomb with YAML_ALIAS_LIMIT, quickly', () => {
    const started = performance.now();
    const { scenario, issues } = parseScenario(fixture('bad/yaml-alias-bomb.yaml'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scenario).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['YAML_ALIAS_LIMIT']);
  });

  it('parseScenario allows honest anchors and aliases', () => {
    const text = fixture('good/minimal.yaml')
      .replace('work: 10 }', 'work: &w { dist: exponential, mean: 10 } }')
      .replace('work: 10, after', 'work: *w, after');
    const { scenario, issues } = parseScenario(text);
    expect(issues).toEqual([]);
    expect(scenario!.concernTypes[0].tasks[1].work.kind).toBe('exponential');
  });
});

describe('broken YAML', () => {
  it('parseScenario reports YAML_SYNTAX with line and column, and no schema issues', () => {
    const { issues } = parseScenario(fixture('bad/yaml-syntax.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'YAML_SYNTAX', line: 4, column: 1 });
  });

  it('parseScenario reports a duplicate key as YAML_SYNTAX at its line', () => {
    const text = fixture('good/minimal.yaml').replace('name: minimal', 'name: minimal\nname: again');
    const { issues } = parseScenario(text);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['YAML_SYNTAX', 3]]);
  });

  it('parseScenario reports an empty file as MISSING at line 1', () => {
    for (const text of ['', '# only a comment\n']) {
      const { issues } = parseScenario(text);
      expect(issues.map((i) => [i.code, i.path, i.line])).toEqual([['MISSING', '', 1]]);
    }
  });

  it('parseScenario reports a top-level list as INVALID_TYPE', () => {
    const { issues } = parseScenario('- a\n- b\n');
    expect(issues.map((i) => [i.code, i.path])).toEqual([['INVALID_TYPE', '']]);
  });

  it('parseScenario never throws, whatever the text', () => {
    const texts = [
      '{',
      ':',
      '[1, 2',
      'a: *nope',
      '!!binary x',
      'organisations: 5',
      'concerns: [1, null, {}]',
      'time: { horizon: .inf }',
      '? [a]\n: b',
      '---\na: 1\n---\nb: 2\n',
      '\u0000',
      'arrivals: { interarrival: { dist: uniform } }',
    ];
    for (const text of texts) {
      const result = parseScenario(text);
      expect(result.scenario).toBeNull();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});
