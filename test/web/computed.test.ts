import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ComputedRows, organisationKey } from '../../web/worker/computed.js';
import { sliderDefs, type SliderDef } from '../../web/app/sliders.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { simulate } from '../../src/simulate.js';
import type { Override } from '../../web/worker/protocol.js';
import { runSettingOverrides, type MetricsRow } from '../../src/index.js';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
const text = readFileSync(join(SCENARIOS, 'versicherung.yaml'), 'utf8');
const parse = (overrides: Override[] = []) => {
  const parsed = parseScenario(text, { file: 'versicherung.yaml', overrides, mode: 'any' });
  if (!parsed.scenario || !parsed.file) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return { scenario: parsed.scenario, file: parsed.file };
};
const base = parse();
const defs = sliderDefs(parseScenario(text).plain!.original as Record<string, unknown>);
/** A setting the slider can take other than the file's. */
const moved = (d: SliderDef): Override[] => d.overrides(d.initial + d.step <= d.max ? d.initial + d.step : d.initial - d.step);

describe('replications kept per organisation', () => {
  it.each(defs.map((d) => [d.id, d] as const))('slider %s re-runs exactly the organisations it changes', (_id, d) => {
    const other = parse(moved(d));
    for (const mode of ['silo', 'team'] as const) {
      const sameKey = organisationKey(other.file, mode) === organisationKey(base.file, mode);
      const changes = d.group === 'arrivals' || d.group === mode;
      expect(sameKey, `${mode} key`).toBe(!changes);
      // The key may stay only where the engine gives the same numbers: replication 3, bit for bit.
      if (sameKey) expect(simulate(other.scenario, mode, 3)).toEqual(simulate(base.scenario, mode, 3));
    }
  });

  it("a new seed (the page's ?seed=, an override of run.seed) re-runs both organisations", () => {
    const reseeded = parse(runSettingOverrides({ seed: 2 }));
    for (const mode of ['silo', 'team'] as const) expect(organisationKey(reseeded.file, mode)).not.toBe(organisationKey(base.file, mode));
    expect(organisationKey(base.file, 'silo')).not.toBe(organisationKey(base.file, 'team'));
  });

  it('keep the most recent settings, dropping the oldest', () => {
    const rows = (n: number): MetricsRow[] => [{ mode: 'silo', replication: n, metrics: null as never }];
    const kept = new ComputedRows(2);
    kept.set('a', rows(1));
    kept.set('b', rows(2));
    kept.set('a', rows(3)); // a again: now the most recent
    kept.set('c', rows(4));
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toEqual(rows(3));
    expect(kept.get('c')).toEqual(rows(4));
  });
});
