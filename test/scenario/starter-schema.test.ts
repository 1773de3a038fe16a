import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse.js';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.js';
import { starterScenario } from '../../src/scenario/starter.js';

describe('starterScenario', () => {
  it.each(['silo', 'team', 'both'] as const)('starterScenario validates for mode %s', (mode) => {
    const { scenario, issues } = parseScenario(starterScenario(), { mode });
    expect(issues).toEqual([]);
    expect(scenario!.silo).not.toBeNull();
    expect(scenario!.team).not.toBeNull();
  });

  it('starterScenario is small: 2 concern types, 2 departments, 1 team, same headcount', () => {
    const s = parseScenario(starterScenario()).scenario!;
    expect(s.concernTypes).toHaveLength(2);
    expect(s.silo!.departments).toHaveLength(2);
    expect(s.team!.teams).toHaveLength(1);
  });

  it('starterScenario explains itself in comments', () => {
    const comments = starterScenario()
      .split('\n')
      .filter((l) => l.includes('#'));
    expect(comments.length).toBeGreaterThan(10);
  });
});

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as {
    $schema?: string;
    type?: string;
    properties?: Record<string, unknown>;
    required?: string[];
    additionalProperties?: boolean;
  };

  it('scenarioJsonSchema is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('scenarioJsonSchema lists the top-level fields of docs/model.md#keys-and-defaults and forbids others', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties!).sort()).toEqual([
      'absence',
      'arrivals',
      'calendar',
      'concerns',
      'description',
      'failureDemand',
      'name',
      'organisations',
      'run',
      'time',
    ]);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'time', 'arrivals', 'concerns', 'organisations']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('scenarioJsonSchema publishes the duration pattern and the headcount bounds', () => {
    const text = JSON.stringify(schema);
    expect(text).toContain('[smhdw]');
    const dig = (node: unknown, ...keys: string[]): unknown => keys.reduce((n, k) => (n as Record<string, unknown>)[k], node);
    const staff = dig(
      schema,
      'properties',
      'organisations',
      'properties',
      'silo',
      'properties',
      'departments',
      'items',
      'properties',
      'staff',
    );
    expect(staff).toMatchObject({ type: 'integer', minimum: 1 });
  });
});
