import { describe, expect, it } from 'vitest';
import { pickLanguage, t } from '../../web/i18n/index.js';
import { STRINGS } from '../../web/i18n/strings.js';

describe('pickLanguage', () => {
  it('chooses German when the browser prefers German over English', () => {
    expect(pickLanguage(['de-DE', 'en-US'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'de-AT', 'en'])).toBe('de');
  });

  it('chooses English when English comes first or nothing matches', () => {
    expect(pickLanguage(['en-GB', 'de'])).toBe('en');
    expect(pickLanguage(['fr', 'it'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('lets ?lang= win over the browser', () => {
    expect(pickLanguage(['en-US'], 'de')).toBe('de');
    expect(pickLanguage(['de-DE'], 'en')).toBe('en');
    expect(pickLanguage(['de-DE'], 'xx')).toBe('de');
  });

  it('every text exists in both languages and says the organisations by their workshop names', () => {
    for (const [key, v] of Object.entries(STRINGS)) {
      expect(v.de, key).not.toBe('');
      expect(v.en, key).not.toBe('');
    }
    expect(t('de', 'silo')).toBe('Ampel');
    expect(t('de', 'team')).toBe('Kreisverkehr');
  });
});
