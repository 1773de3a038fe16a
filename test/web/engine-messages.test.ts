// The page words every engine message itself, in German and English, from its code and
// params; the CLI keeps the engine's English message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/index.js';
import { parseScenario } from '../../src/scenario/parse.js';
import { ENGINE_MESSAGES, engineMessage } from '../../web/i18n/engine.js';
import { ROOT } from '../browser/support/build.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('engine messages in the page', () => {
  it.each(ISSUE_CODES)('%s has a German and an English template that fill in without placeholders', (code) => {
    const params = {
      key: 'polcy',
      suggestion: 'policy',
      options: 'fifo, shortest-first',
      silo: 10,
      team: 7,
      unitKind: 'department',
      unit: 'leistung',
      utilisation: 1.2,
      load: 3.6,
      people: 3,
      count: 12,
      max: 100,
      per: 'team',
      skill: 'benefits',
      organisation: 'team',
      skills: 'benefits',
      more: 0,
      id: 'a',
      task: 'x',
      concern: 'move',
      cycle: 'a → b',
      name: 'intake',
      horizon: 100,
      warmup: 200,
    };
    const de = ENGINE_MESSAGES.de[code]({ p: params, field: 'organisations.silo', num: String });
    const en = ENGINE_MESSAGES.en[code]({ p: params, field: 'organisations.silo', num: String });
    for (const text of [de, en]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
    expect(de).not.toBe(en);
  });

  it('every code the scenario checks can raise is listed in ISSUE_CODES', () => {
    const dir = join(ROOT, 'src/scenario');
    const raised = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      // A code is a quoted UPPER_SNAKE literal next to `code` or passed to report()/problem()/whole().
      for (const m of read(`src/scenario/${file}`).matchAll(
        /(?:code: |report\(ctx, |problem\(\s*o,\s*|whole\()'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g,
      ))
        raised.add(m[1]);
    }
    expect(raised.size).toBeGreaterThan(25);
    expect([...raised].filter((c) => !(ISSUE_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('words a headcount warning and an overload warning from their params, in German', () => {
    const parsed = parseScenario(read('scenarios/versicherung-mehr-personal.yaml'), {
      file: 'x.yaml',
      overrides: [{ path: 'arrivals.rate', value: '60/h' }],
    });
    const headcount = parsed.warnings.find((w) => w.code === 'HEADCOUNT_DIFFERS')!;
    expect(headcount.params).toEqual({ silo: 10, team: 7 });
    expect(engineMessage('de', headcount)).toBe(
      'Die Ampel hat 10 Personen, der Kreisverkehr 7: Der Vergleich misst auch den Unterschied an Personal.',
    );
    const overload = parsed.warnings.find((w) => w.code === 'OVERLOAD' && w.params?.unitKind === 'department')!;
    expect(engineMessage('de', overload)).toMatch(/^Die Abteilung „\w+“ bekommt mehr Arbeit, als die Leute schaffen: Auslastung \d+,\d\d/);
    expect(engineMessage('en', overload)).toMatch(/^Department "\w+" is offered more work than its people can do: utilisation \d+\.\d\d/);
  });

  it('words the problems of a broken file in German, with the key and the suggestion from the params', () => {
    const text = read('scenarios/versicherung.yaml').replace('split: parallel', 'split: sideways');
    const parsed = parseScenario(text.replace(/^(\s+)- \{ id: stammdaten/m, '$1- { id: stammdaten, polcy: fifo'), { file: 'x.yaml' });
    const unknown = parsed.issues.find((i) => i.code === 'UNKNOWN_KEY')!;
    expect(unknown.params).toMatchObject({ key: 'polcy', suggestion: 'policy' });
    expect(engineMessage('de', unknown)).toMatch(
      /^Unbekannter Schlüssel „polcy“ \(gemeint: „policy“\?\) bei organisations\.silo\.departments\.\d\.polcy\.$/,
    );
  });

  it('keeps the English message, marked with its code, for a code it does not know', () => {
    expect(engineMessage('de', { code: 'SOMETHING_NEW', path: '', message: 'a new check' })).toBe('SOMETHING_NEW: a new check');
  });
});
