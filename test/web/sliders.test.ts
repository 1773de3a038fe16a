import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overridesFor, positionsFrom, sliderDefs, type SliderDef } from '../../web/app/sliders.js';
import { withOverrides } from '../../web/app/scenario-yaml.js';
import { parseScenario } from '../../src/scenario/parse.js';
import type { Override } from '../../web/worker/protocol.js';

const text = readFileSync(new URL('./fixtures/versicherung.yaml', import.meta.url), 'utf8');
/** The scenario's values as the worker hands them to the page (with `overrides` applied). */
const valuesOf = (source: string, overrides: Override[] = []): Record<string, unknown> =>
  parseScenario(source, { overrides }).plain!.current as Record<string, unknown>;
const defs = sliderDefs(valuesOf(text));
const byId = (id: string): SliderDef => {
  const d = defs.find((x) => x.id === id);
  if (!d) throw new Error(`no slider ${id}`);
  return d;
};

describe('what-if sliders', () => {
  it('offer every key parameter with the file value as start', () => {
    expect(defs.map((d) => d.id)).toEqual([
      'rate',
      'absence',
      'staff.intake',
      'staff.0',
      'staff.1',
      'delay',
      'pickup',
      'infoLoss',
      'members.0.0',
      'members.0.1',
      'proficiency',
      'coordination',
    ]);
    expect(byId('rate').initial).toBe(10);
    expect(byId('staff.0')).toMatchObject({ initial: 3, detail: 'Stammdaten', min: 1 });
    expect(byId('delay').initial).toBe(60);
    expect(byId('pickup').initial).toBe(120);
    expect(byId('infoLoss').initial).toBe(0.08);
    expect(byId('proficiency').initial).toBe(0.6);
    expect(byId('coordination').initial).toBe(0.05);
  });

  it('map a position to the override paths of --set', () => {
    expect(byId('rate').overrides(12.5)).toEqual([{ path: 'arrivals.rate', value: '12.5/h' }]);
    expect(byId('staff.1').overrides(6)).toEqual([{ path: 'organisations.silo.departments.1.staff', value: '6' }]);
    expect(byId('pickup').overrides(30)).toEqual([{ path: 'organisations.silo.handoff.pickup', value: '30' }]);
    // An exponential delay keeps its shape: only its mean moves.
    expect(byId('delay').overrides(15)).toEqual([{ path: 'organisations.silo.handoff.delay.mean', value: '15' }]);
    expect(byId('members.0.1').overrides(3)).toEqual([{ path: 'organisations.team.teams.0.members.1.count', value: '3' }]);
    expect(byId('proficiency').overrides(0.8)).toEqual([
      { path: 'organisations.team.teams.0.members.0.skills.benefits', value: '0.8' },
      { path: 'organisations.team.teams.0.members.1.skills.master-data', value: '0.8' },
    ]);
    expect(byId('coordination').overrides(0.1)).toEqual([{ path: 'organisations.team.coordination', value: '0.1' }]);
  });

  it('overridesFor lists only sliders moved away from the file', () => {
    const values = new Map(defs.map((d) => [d.id, d.initial]));
    expect(overridesFor(defs, values)).toEqual([]);
    values.set('infoLoss', 0.2);
    expect(overridesFor(defs, values)).toEqual([{ path: 'organisations.silo.handoff.infoLoss', value: '0.2' }]);
  });

  it('a uniform delay gets no slider rather than a changed distribution', () => {
    const data = valuesOf(text.replace('delay: { dist: exponential, mean: 1h }', 'delay: { dist: uniform, min: 10, max: 50 }'));
    expect(sliderDefs(data).map((d) => d.id)).not.toContain('delay');
  });

  it('positions after a copied link read the overridden values', () => {
    const overrides = [
      { path: 'arrivals.rate', value: '14/h' },
      { path: 'organisations.silo.departments.0.staff', value: '5' },
    ];
    const positions = positionsFrom(defs, sliderDefs(valuesOf(text, overrides)));
    expect(positions.get('rate')).toBe(14);
    expect(positions.get('staff.0')).toBe(5);
    expect(positions.get('staff.1')).toBe(4);
  });

  it('every slider override is accepted by parseScenario, and the downloaded YAML gives the same scenario', () => {
    for (const d of defs) {
      const moved = d.overrides(d.id === 'rate' ? 12 : Math.min(d.max, d.initial + d.step * 2));
      const viaOverrides = parseScenario(text, { file: 'v.yaml', overrides: moved });
      expect(viaOverrides.issues, d.id).toEqual([]);
      const written = withOverrides(text, moved);
      const viaText = parseScenario(written, { file: 'v.yaml' });
      expect(viaText.issues, d.id).toEqual([]);
      expect(JSON.stringify(viaText.scenario), d.id).toBe(JSON.stringify(viaOverrides.scenario));
      expect(JSON.stringify(viaText.scenario), d.id).not.toBe(JSON.stringify(parseScenario(text).scenario));
    }
  });

  it("the downloaded YAML keeps the file's comments", () => {
    const written = withOverrides(text, byId('staff.0').overrides(5));
    expect(written).toContain('# fifo (default) | shortest-first');
    expect(written).toMatch(/id: stammdaten[^\n]*staff: 5/);
  });
});
