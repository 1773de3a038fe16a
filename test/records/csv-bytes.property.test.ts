// CsvBytes writes the record files; csv-stringify is the reference for RFC 4180 and our cell
// rules. Over random rows (quotes, separators, line breaks, formula starts, unicode, -0, NaN,
// infinities, huge and tiny doubles, times as the model makes them) both must give the same
// bytes, in both dialects, whatever the buffer's size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvBytes, DEFAULT_CLOCK_START_MS, csvRows, type Cell } from '../../src/index.js';

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
  // Times and durations in minutes, as the record files hold them.
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.double({ min: 1e-6, max: 10, noNaN: true }),
  fc.maxSafeInteger(),
  fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123e-20, Number.MAX_VALUE, Number.MIN_VALUE, -1.5, 0.1 + 0.2),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined));
const row = fc.array(cell, { minLength: 1, maxLength: 12 });

/** The bytes a CsvBytes writes when `write` drives it, as text, through a buffer of `capacity` bytes. */
function written(excel: boolean, write: (w: CsvBytes) => void, capacity?: number): string {
  const chunks: Uint8Array[] = [];
  const writer = new CsvBytes({ excel, start: DEFAULT_CLOCK_START_MS }, { writeBytes: (bytes) => chunks.push(bytes.slice()) }, capacity);
  write(writer);
  writer.flush();
  return Buffer.concat(chunks).toString('utf8');
}

/** Rows of cells as a CsvBytes writes them: text cells as scenario text, empty cells as null numbers. */
const rowsWritten = (rows: readonly Cell[][], excel: boolean, capacity?: number): string =>
  written(
    excel,
    (w) => {
      for (const r of rows) {
        for (const c of r) {
          if (typeof c === 'string') w.text(c);
          else if (typeof c === 'boolean') w.flag(c);
          else w.number(c ?? null);
        }
        w.end();
      }
    },
    capacity,
  );

describe('CsvBytes', () => {
  it.each([false, true])('writes what csv-stringify writes for any row (excel: %s)', (excel) => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.constantFrom(undefined, 64, 100), (rows, capacity) => {
        expect(rowsWritten(rows, excel, capacity)).toBe(csvRows(rows, { excel }));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a repeated number or timestamp again, across buffer flushes', () => {
    const repeated = fc.constantFrom(0.1 + 0.2, 1234.5678901234567, 1e-7, 2.5, NaN, 7);
    fc.assert(
      fc.property(
        fc.array(fc.array(repeated, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(128, 200),
        (rows, capacity) => {
          expect(rowsWritten(rows, false, capacity)).toBe(csvRows(rows, { excel: false }));
          expect(rowsWritten(rows, true, capacity)).toBe(csvRows(rows, { excel: true }));
          const clocks = written(
            false,
            (w) => {
              for (const r of rows) {
                for (const m of r) w.clock(Number.isNaN(m) ? 0 : m * 1000);
                w.end();
              }
            },
            capacity,
          );
          const stamp = (m: number) =>
            new Date(DEFAULT_CLOCK_START_MS + Math.round((Number.isNaN(m) ? 0 : m * 1000) * 60) * 1000).toISOString().slice(0, 19);
          expect(clocks).toBe(rows.map((r) => `${r.map(stamp).join(',')}\n`).join(''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quotes a cell with the separator, a quote or a line break, and defuses formula starts', () => {
    expect(rowsWritten([['a,b', 'say "hi"', 'x\ny', '=SUM(A1)', -1.5, NaN, null, true]], false)).toBe(
      '"a,b","say ""hi""","x\ny",\'=SUM(A1),-1.5,,,true\n',
    );
    expect(rowsWritten([['a,b', 'a;b', 2.5, -0]], true)).toBe('a,b;"a;b";2,5;0\n');
  });

  it('writes plain cells as they are, clock minutes as timestamps, and a cell longer than its buffer whole', () => {
    const long = 'x'.repeat(500);
    const text = written(
      false,
      (w) => {
        w.plain('=1');
        w.text('=1');
        w.plain('ä,ö');
        w.text(long);
        w.clock(90.5);
        w.end();
      },
      64,
    );
    expect(text).toBe(`=1,'=1,ä,ö,${long},2026-01-05T01:30:30\n`);
  });
});
