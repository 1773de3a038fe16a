// The CLI's pure helpers: sweep values, CSV cells, humanised numbers, verdicts, crossovers.
import { describe, expect, it } from 'vitest';
import { parseRange, parseValueList } from '../../cli/sweep/values.js';
import { crossovers, csvHeader, csvRows, defuse, valueCell, type SweepRow } from '../../src/index.js';
import { flatten } from '../../src/records/rows.js';
import { humanise, humaniseMinutes } from '../../cli/output/humanise.js';
import { verdict } from '../../cli/output/verdict.js';
import { parseOverride } from '../../cli/options.js';

describe('parseRange', () => {
  it('steps in decimals without float drift', () => {
    expect(parseRange('0:0.3:0.1')).toEqual(['0', '0.1', '0.2', '0.3']);
    expect(parseRange('0.05:0.25:0.05')).toEqual(['0.05', '0.1', '0.15', '0.2', '0.25']);
  });

  it('keeps the unit on every value', () => {
    expect(parseRange('6/h:14/h:2/h')).toEqual(['6/h', '8/h', '10/h', '12/h', '14/h']);
    expect(parseRange('1h:2h:0.5')).toEqual(['1h', '1.5h', '2h']);
  });

  it('counts down when FROM is above TO and stops before passing TO', () => {
    expect(parseRange('5:1:2')).toEqual(['5', '3', '1']);
    expect(parseRange('1:4:2')).toEqual(['1', '3']);
  });

  it('rejects mixed units, a zero step and malformed input', () => {
    expect(() => parseRange('1h:2d:1h')).toThrow(/same unit/);
    expect(() => parseRange('1:2:0')).toThrow(/STEP/);
    expect(() => parseRange('1:2')).toThrow(/FROM:TO:STEP/);
    expect(() => parseRange('a:b:c')).toThrow();
  });

  it('--values splits on commas and refuses empty items', () => {
    expect(parseValueList('2, 3,4')).toEqual(['2', '3', '4']);
    expect(() => parseValueList('2,,4')).toThrow();
  });

  it('--values and --range allow at most 1,000 values (each is validated before the run)', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => String(i)).join(',');
    expect(parseValueList(list(1000))).toHaveLength(1000);
    expect(() => parseValueList(list(1001))).toThrow(/1001 values; at most 1000/);
    expect(() => parseRange('0:1000:1')).toThrow(/1001 values; at most 1000/);
  });

  it('values read as numbers in JSON and CSV when they are numbers', () => {
    expect(valueCell('0.1')).toBe(0.1);
    expect(valueCell('8/h')).toBe('8/h');
  });
});

describe('CSV cells', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-x', '@sum', 'ok', 'a=b'].map(defuse)).toEqual(["'=1+1", "'+1", "'-x", "'@sum", 'ok', 'a=b']);
  });

  it('keeps negative numbers numbers, also with --excel', () => {
    expect(csvRows([[-1.5, '-1.5', 2]], { excel: false })).toBe("-1.5,'-1.5,2\n");
    expect(csvRows([[-1.5, '-1.5', 2]], { excel: true })).toBe("-1,5;'-1.5;2\n");
  });

  it('quotes separators, quotes and line breaks; NaN and null are empty', () => {
    expect(csvRows([['a,b', 'say "hi"', 'x\ny', NaN, null, true]], { excel: false })).toBe('"a,b","say ""hi""","x\ny",,,true\n');
    expect(csvRows([['a;b', 'a,b']], { excel: true })).toBe('"a;b";a,b\n');
  });

  it('puts the BOM only before the --excel header', () => {
    expect(csvHeader(['a', 'b'], { excel: true })).toBe('\uFEFFa;b\n');
    expect(csvHeader(['a', 'b'], { excel: false })).toBe('a,b\n');
  });
});

describe('humanise', () => {
  it('chooses min, h or d by size', () => {
    expect(humaniseMinutes(45)).toBe('45 min');
    expect(humaniseMinutes(192)).toBe('3.2 h');
    expect(humaniseMinutes(2016)).toBe('1.4 d');
    expect(humaniseMinutes(-90)).toBe('-1.5 h');
  });

  it('shows shares as percent and undefined values as a dash', () => {
    expect(humanise(0.183, 'share')).toBe('18.3 %');
    expect(humanise(NaN, 'time')).toBe('—');
  });
});

describe('verdict', () => {
  it('a CI containing 0 is no significant difference', () => {
    expect(verdict({ mean: 1, ci95: [-0.5, 2.5] }, 'lower').text).toBe('no significant difference');
  });

  it('better or worse follows the metric direction', () => {
    expect(verdict({ mean: -5, ci95: [-6, -4] }, 'lower').text).toBe('team better');
    expect(verdict({ mean: -5, ci95: [-6, -4] }, 'higher').text).toBe('team worse');
    expect(verdict({ mean: 5, ci95: [4, 6] }, 'higher').text).toBe('team better');
    expect(verdict({ mean: 5, ci95: [4, 6] }, null).text).toBe('team higher');
  });
});

describe('crossovers', () => {
  const row = (value: number, mode: 'silo' | 'team', lead: number): SweepRow => ({
    value,
    mode,
    // Only the metric crossovers read.
    metrics: { 'leadTime.mean': { mean: lead, ci95: [lead, lead] } } as SweepRow['metrics'],
  });

  it('finds where the team stops and starts beating the silo', () => {
    const rows = [
      row(1, 'silo', 10),
      row(1, 'team', 5),
      row(2, 'silo', 10),
      row(2, 'team', 8),
      row(3, 'silo', 10),
      row(3, 'team', 12),
      row(4, 'silo', 10),
      row(4, 'team', 9),
    ];
    expect(crossovers(rows)).toEqual([
      { value: 3, previous: 2, change: 'team stops beating silo' },
      { value: 4, previous: 3, change: 'team starts beating silo' },
    ]);
  });

  it('skips values where a lead time is undefined', () => {
    expect(
      crossovers([row(1, 'silo', 10), row(1, 'team', 5), row(2, 'silo', NaN), row(2, 'team', 8), row(3, 'silo', 10), row(3, 'team', 6)]),
    ).toEqual([]);
  });
});

describe('small parsers', () => {
  it('--set splits at the first "=" and keeps the value as text', () => {
    expect(parseOverride('a.b=x=y')).toEqual({ path: 'a.b', value: 'x=y' });
  });

  it('summary columns flatten nested metrics with dots', () => {
    expect(flatten({ a: 1, b: { c: 2, d: { e: 3 } } })).toEqual([
      ['a', 1],
      ['b.c', 2],
      ['b.d.e', 3],
    ]);
  });
});
