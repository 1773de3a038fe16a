import { describe, expect, it } from 'vitest';
import { parseSeed, readUrl, writeUrl } from '../../web/app/url.js';

describe('page address as settings', () => {
  it('reads ?scenario=&seed= and repeated set=path=value', () => {
    const s = readUrl('?scenario=versicherung&seed=7&set=arrivals.rate=12/h&set=organisations.silo.departments.0.staff=5', '');
    expect(s.scenario).toBe('versicherung');
    expect(s.seed).toBe(7);
    expect(s.overrides).toEqual([
      { path: 'arrivals.rate', value: '12/h' },
      { path: 'organisations.silo.departments.0.staff', value: '5' },
    ]);
    expect(s.inline).toBeNull();
  });

  it('accepts only whole seeds in the 32-bit range', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('1.5')).toBeNull();
    expect(parseSeed('abc')).toBeNull();
    expect(parseSeed(null)).toBeNull();
  });

  it('a copied link restores a scenario loaded from a file, umlauts included', () => {
    const text = 'name: "Bürgeramt: Umzug"\n# Kommentar ÄÖÜß\n';
    const { search, hash } = writeUrl({
      scenario: null,
      seed: 3,
      lang: 'de',
      overrides: [{ path: 'arrivals.rate', value: '8/h' }],
      inline: { file: 'mein.yaml', text },
    });
    const back = readUrl(search, hash);
    expect(back.inline).toEqual({ file: 'mein.yaml', text });
    expect(back.seed).toBe(3);
    expect(back.lang).toBe('de');
    expect(back.overrides).toEqual([{ path: 'arrivals.rate', value: '8/h' }]);
    expect(back.scenario).toBeNull();
  });

  it('a shipped scenario is named, not embedded', () => {
    const { search, hash } = writeUrl({ scenario: 'versicherung', seed: null, lang: null, overrides: [], inline: null });
    expect(search).toBe('?scenario=versicherung');
    expect(hash).toBe('');
  });
});
