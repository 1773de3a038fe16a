// What a message may carry from the file: escaped, cut to a readable length, and never more
// lines than a person reads; and hostile files are checked in about the time honest ones are.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/scenario/issues.js';
import { MAX_ISSUES, parseScenario } from '../../src/scenario/parse.js';
import { QUOTE_LENGTH, escapeControls, quote, quotedList } from '../../src/scenario/quote.js';
import { fixture } from './helpers.js';

// eslint-disable-next-line no-control-regex -- the characters a terminal would act on
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('quote and escapeControls', () => {
  it('escapeControls writes C0 and C1 controls, DEL, line separators and bidi overrides as escapes', () => {
    const raw = 'a\u0007b\u001b[31mc\u009bd\u007fe\u2028f\u202eg\u2066h\ti\nj';
    const escaped = escapeControls(raw);
    expect(escaped).not.toMatch(RAW_CONTROL);
    expect(escaped).toBe('a\\u0007b\\u001b[31mc\\u009bd\\u007fe\\u2028f\\u202eg\\u2066h\\ti\\nj');
  });

  it('quote leaves ordinary text, umlauts and emoji as they are', () => {
    expect(quote('Schadenmeldung für Öl 😀')).toBe('"Schadenmeldung für Öl 😀"');
  });

  it('quote cuts a long value and says how long it was, without splitting a surrogate pair', () => {
    const long = `${'x'.repeat(QUOTE_LENGTH - 1)}😀${'y'.repeat(5000)}`;
    const q = quote(long);
    expect(q).toBe(`"${'x'.repeat(QUOTE_LENGTH - 1)}…" (${long.length} characters)`);
    expect(quote('z'.repeat(QUOTE_LENGTH))).toBe(`"${'z'.repeat(QUOTE_LENGTH)}"`);
  });

  it('quotedList names the first few and counts the rest', () => {
    expect(quotedList(['a', 'b'])).toBe('"a", "b"');
    expect(quotedList(['a', 'b', 'c', 'd'], 2)).toBe('"a", "b" and 2 more');
  });

  it('formatIssue prints one line without raw control characters, whatever the issue holds', () => {
    const line = formatIssue('f.yaml', {
      code: 'UNKNOWN_KEY',
      path: 'a.b\u0007',
      line: 2,
      column: 3,
      message: 'unknown key "b\u0007"\nsecond line',
      found: '\u001b[2J',
    });
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).toBe('f.yaml:2:3 a.b\\u0007: unknown key "b\\u0007"\\nsecond line (found \\u001b[2J)');
  });
});

describe('hostile files', () => {
  const minimal = fixture('good/minimal.yaml');

  it(`parseScenario lists at most ${MAX_ISSUES} problems and counts the rest in TOO_MANY_ISSUES`, () => {
    const tasks = Array.from({ length: 60 }, (_, i) => `      - { id: x${i}, skill: nobody${i}, work: 10 }`).join('\n');
    const text = minimal.replace(
      '      - { id: b, skill: s2, work: 10, after: [a] }',
      `      - { id: b, skill: s2, work: 10, after: [a] }\n${tasks}`,
    );
    const { issues } = parseScenario(text);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.slice(0, MAX_ISSUES).every((i) => i.code === 'UNKNOWN_SKILL' && i.line > 0)).toBe(true);
    const last = issues[MAX_ISSUES];
    expect(last.code).toBe('TOO_MANY_ISSUES');
    // 60 skills nobody has, in both organisations, minus the ones listed.
    expect(last.message).toMatch(new RegExp(`^${120 - MAX_ISSUES} more problems not listed`));
  });

  it('parseScenario finds a repeated key in a mapping of 60,000 keys within seconds', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join(', ');
    const text = minimal.replace('{ s1: 1, s2: 1 }', `{ s1: 1, s2: 1, ${keys}, k17: 2 }`);
    const started = performance.now();
    const { issues } = parseScenario(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(issues.map((i) => [i.code, i.line, i.message])).toEqual([['YAML_SYNTAX', 20, 'Map keys must be unique (DUPLICATE_KEY)']]);
  });

  it('parseScenario reports a repeated key where yaml did: scalars by value, 1 and "1" apart', () => {
    const text = `${minimal}x: { a: 1, a: 2, 1: a, "1": b }\n`;
    const { issues } = parseScenario(text);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['YAML_SYNTAX', 21, 12]]);
  });

  it('TEAM_LACKS_SKILL is one problem per team, naming the first skills it lacks', () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `      - { id: x${i}, skill: s${i + 3}, work: 10 }`).join('\n');
    const offered = Array.from({ length: 30 }, (_, i) => `s${i + 3}: 1`).join(', ');
    const text = minimal
      .replace('      - { id: b, skill: s2, work: 10, after: [a] }', `      - { id: b, skill: s2, work: 10, after: [a] }\n${tasks}`)
      .replace(
        '{ count: 2, skills: { s1: 1, s2: 1 } }',
        `{ count: 2, skills: { s1: 1, s2: 1, ${offered} } }\n      - id: u\n        members:\n          - { count: 1, skills: { s1: 1 } }`,
      );
    const lacking = parseScenario(text, { mode: 'team' }).issues.filter((i) => i.code === 'TEAM_LACKS_SKILL');
    expect(lacking).toHaveLength(1);
    expect(lacking[0].message).toBe(
      'team "u" has nobody with the skills "s2", "s3", "s4", "s5", "s6" and 26 more, so concerns it takes could never finish',
    );
  });
});
