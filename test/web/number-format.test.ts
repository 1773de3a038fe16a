// Numbers as each audience reads them: decimal comma and "Pp." in German, one unit for a
// difference and its interval, never "+0" beside a verdict.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../web/i18n/index.js';
import { formatDifference, formatValue } from '../../web/app/kpis.js';
import { shown } from '../../web/flow/answers-view.js';
import { spoken } from '../../web/views/sliders.js';

describe('number formats per language', () => {
  it('formatNumber writes a decimal comma and a thousands point in German, the reverse in English', () => {
    expect(formatNumber('de', 1234.56, 1)).toBe('1.234,6');
    expect(formatNumber('en', 1234.56, 1)).toBe('1,234.6');
    expect(formatNumber('de', 0.5, 1)).toBe('0,5');
    expect(formatNumber('en', Number.NaN)).toBe('–');
  });

  it('a signed half hour reads "+0,5 h" in German and "+0.5 h" in English', () => {
    expect(shown('de', 'leadTime', 0.5)).toBe('+0,5 h');
    expect(shown('en', 'leadTime', 0.5)).toBe('+0.5 h');
    expect(shown('de', 'leadTime', -3.46)).toBe('-3,5 h');
  });

  it('a difference of shares is in percentage points: "Pp." in German, "pp" in English', () => {
    expect(formatDifference('de', 'share', -0.21, -0.22, -0.2)).toEqual({ value: '-21 Pp.', range: '-22 bis -20 Pp.' });
    expect(formatDifference('en', 'share', 0.082, 0.07, 0.095)).toEqual({ value: '+8.2 pp', range: '+7.0 to +9.5 pp' });
  });

  it('a difference and its interval share one unit, chosen by the largest of the three', () => {
    // -110 min alone would read in minutes; its interval reaches -130 min, so all three read in hours.
    expect(formatDifference('en', 'minutes', -110, -130, -96)).toEqual({ value: '-1.8 h', range: '-2.2 to -1.6 h' });
    expect(formatDifference('de', 'minutes', -50, -60, -40)).toEqual({ value: '-50 min', range: '-60 bis -40 min' });
  });

  it('a small non-zero difference never reads "+0": it gets more digits', () => {
    expect(formatDifference('en', 'share', 0.0004, 0.0001, 0.0007).value).toBe('+0.04 pp');
    expect(formatDifference('de', 'perDay', 0.03, 0.01, 0.05).value).toBe('+0,03');
    expect(formatValue('en', 'perDay', 0, true)).toBe('0.0');
  });

  it('a slider announces its value with the unit in words', () => {
    expect(spoken('de', 'share', 0.08, 'infoLoss')).toBe('8 %');
    expect(spoken('en', 'perHour', 10, 'rate')).toBe('10.0 per hour');
    expect(spoken('de', 'count', 3, 'staff.x')).toBe('3 Personen');
    expect(spoken('de', 'minutes', 0, 'pickup')).toBe('aus');
  });
});
