// CsvLines writes the record files; csv-stringify is the reference for RFC 4180 and our cell
// rules. Over random rows (quotes, separators, line breaks, formula starts, unicode, -0, NaN,
// infinities, huge and tiny doubles) both must give the same bytes, in both dialects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvLines, csvRows, type Cell } from '../../src/index.js';

const awkward = fc.constantFrom(
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  ' ',
  'ä',
  '€',
  '😀',
  '\u2028',
  '0',
  '.',
  'e',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join('')),
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123e-20, Number.MAX_VALUE, Number.MIN_VALUE, -1.5, 0.1 + 0.2),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined));
const row = fc.array(cell, { minLength: 1, maxLength: 12 });

describe('CsvLines', () => {
  it.each([false, true])('writes what csv-stringify writes for any row (excel: %s)', (excel) => {
    const lines = new CsvLines({ excel });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        expect(rows.map((r) => lines.line(r)).join('')).toBe(csvRows(rows, { excel }));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a cell with the separator, a quote or a line break, and defuses formula starts', () => {
    const lines = new CsvLines({ excel: false });
    expect(lines.line(['a,b', 'say "hi"', 'x\ny', '=SUM(A1)', -1.5, NaN, null, true])).toBe(
      '"a,b","say ""hi""","x\ny",\'=SUM(A1),-1.5,,,true\n',
    );
    expect(new CsvLines({ excel: true }).line(['a,b', 'a;b', 2.5, -0])).toBe('a,b;"a;b";2,5;0\n');
  });
});
