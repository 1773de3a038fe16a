import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prevalidateScenarios } from '../../web/build/prevalidated-scenarios.js';
import { prevalidatedFor } from '../../web/worker/prevalidated.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { normalise } from '../../src/scenario/normalise.js';
import { simulate } from '../../src/simulate.js';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
const entries = await prevalidateScenarios(SCENARIOS);

describe('shipped scenarios validated at build time', () => {
  it('cover every shipped file, each with its text', () => {
    const files = readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    expect(entries.map((e) => e.file)).toEqual(files);
    for (const e of entries) expect(e.text).toBe(readFileSync(join(SCENARIOS, e.file), 'utf8'));
  });

  it.each(entries.map((e) => [e.file, e] as const))(
    '%s: after JSON, gives the scenario, values and warnings that parsing gives',
    (_file, entry) => {
      const shipped = JSON.parse(JSON.stringify(entry)) as typeof entry;
      const parsed = parseScenario(entry.text, { file: entry.file, mode: 'any' });
      expect(normalise(shipped.data)).toEqual(parsed.scenario);
      expect(shipped.plain).toEqual(parsed.plain!.current);
      expect(shipped.warnings.map((w) => w.message)).toEqual(parsed.warnings.map((w) => w.message));
      expect(shipped.warnings.map((w) => [w.code, w.params])).toEqual(parsed.warnings.map((w) => [w.code, w.params]));
      // The same numbers, bit for bit: one replication of each organisation in the file.
      for (const mode of ['silo', 'team'] as const) {
        if (parsed.scenario![mode] === null) continue;
        expect(simulate(normalise(shipped.data), mode, 0)).toEqual(simulate(parsed.scenario!, mode, 0));
      }
    },
  );

  it('are used only for the unchanged file without overrides', () => {
    const entry = entries.find((e) => e.file === 'versicherung.yaml')!;
    const req = { file: entry.file, text: entry.text, overrides: [] };
    expect(prevalidatedFor(entries, req)).toBe(entry);
    expect(prevalidatedFor(entries, { ...req, text: entry.text.replace('rate: 10/h', 'rate: 11/h') })).toBeNull();
    expect(prevalidatedFor(entries, { ...req, text: `${entry.text}\n` })).toBeNull();
    expect(prevalidatedFor(entries, { ...req, overrides: [{ path: 'arrivals.rate', value: '10/h' }] })).toBeNull();
    expect(prevalidatedFor(entries, { ...req, file: 'mine.yaml' })).toBeNull();
  });

  it('refuse to build with an invalid shipped file, naming where it is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgflow-shipped-'));
    try {
      const text = readFileSync(join(SCENARIOS, 'versicherung.yaml'), 'utf8').replace('rate: 10/h', 'rate: fast');
      writeFileSync(join(dir, 'broken.yaml'), text);
      await expect(prevalidateScenarios(dir)).rejects.toThrow(
        /shipped scenario broken\.yaml is invalid:\nbroken\.yaml:\d+:\d+ arrivals\.rate/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
