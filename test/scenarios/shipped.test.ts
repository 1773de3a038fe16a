// Every shipped scenario is a valid file that runs in both organisations with the same
// headcount (unless its question is headcount), carries its question and answer, and stays
// small enough to compare in seconds; team-ohne-querkompetenz keeps the tool honest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/simulate.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { siloHeadcount, teamHeadcount } from '../../src/scenario/warnings.js';
import { runScenario } from '../../scripts/report/experiments.js';
import { shippedScenarios } from '../../scripts/report/generate.js';
import { readMetadata } from '../../scripts/report/metadata.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = shippedScenarios(root);
const text = (id: string) => readFileSync(`${root}/scenarios/${id}.yaml`, 'utf8');
/** The one scenario whose question is headcount. */
const HEADCOUNT_QUESTION = 'versicherung-mehr-personal';
/** Expected concerns simulated per organisation over all replications: keeps `compare` at seconds. */
const MAX_CONCERNS_PER_COMPARE = 120_000;

describe('shipped scenarios', () => {
  it('include the story, its ladder and three other domains', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'versicherung',
        'versicherung-mehr-personal',
        'versicherung-led-ampel',
        'versicherung-lokale-ziele',
        'team-ohne-querkompetenz',
        'lastspitze',
        'bank-kontoeroeffnung',
        'buergeramt-umzug',
        'telekom-servicedesk',
      ]),
    );
  });

  describe.each(ids)('%s', (id) => {
    const parsed = parseScenario(text(id), { file: `${id}.yaml` });

    it('parses with no issues and no overload warning', () => {
      expect(parsed.issues).toEqual([]);
      expect(parsed.warnings.map((w) => w.code)).not.toContain('OVERLOAD');
    });

    it(
      id === HEADCOUNT_QUESTION
        ? 'gives the silo more people than the team (its question)'
        : 'has the same headcount in both organisations',
      () => {
        const s = parsed.scenario!;
        if (id === HEADCOUNT_QUESTION) {
          expect(siloHeadcount(s)).toBeGreaterThan(teamHeadcount(s));
          expect(parsed.warnings.map((w) => w.code)).toContain('HEADCOUNT_DIFFERS');
        } else {
          expect(siloHeadcount(s)).toBe(teamHeadcount(s));
          expect(parsed.warnings.map((w) => w.code)).not.toContain('HEADCOUNT_DIFFERS');
        }
      },
    );

    it('runs a replication of each organisation and resolves concerns in both', () => {
      for (const mode of ['silo', 'team'] as const) {
        const m = simulate(parsed.scenario!, mode, 0);
        expect(m.completed, mode).toBeGreaterThan(0);
        expect(Number.isFinite(m.leadTime.mean), mode).toBe(true);
        expect(m.headcount, mode).toBe(mode === 'silo' ? siloHeadcount(parsed.scenario!) : teamHeadcount(parsed.scenario!));
      }
    });

    it(`simulates at most ${MAX_CONCERNS_PER_COMPARE} expected concerns per organisation`, () => {
      const s = parsed.scenario!;
      expect(s.arrivals.rate * s.horizon * s.replications).toBeLessThanOrEqual(MAX_CONCERNS_PER_COMPARE);
    });

    it('states its question and the template of its answer in the leading comments', () => {
      const meta = readMetadata(text(id), `${id}.yaml`);
      expect(meta.question).toMatch(/\?/);
      expect(meta.answer).toMatch(/\{pick /);
      if (meta.baseline !== null) expect(ids).toContain(meta.baseline);
    });
  });

  it('team-ohne-querkompetenz: the team does not win on mean lead time (the CI of team − silo is not entirely below 0)', async () => {
    const { compare } = await runScenario(text('team-ohne-querkompetenz'), 'team-ohne-querkompetenz.yaml');
    const [, high] = compare.difference.leadTime.mean.ci95;
    expect(high).toBeGreaterThanOrEqual(0);
  });
});
