// CSV text for analysts (RFC 4180 via csv-stringify, which is plain JavaScript, so the page
// uses it too) and for a German spreadsheet (excel: ";" separator, decimal comma, UTF-8
// BOM). Text cells starting with = + - @ are defused with a leading ' so a spreadsheet never
// runs them as formulas; numbers, also negative ones, stay numbers. The record files of
// millions of rows use CsvBytes (csv-bytes.ts), which writes the same bytes as
// csv-stringify with these options (a property test holds them equal) at a fraction of its cost.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined;

export interface CsvFormat {
  excel: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function numberCell(value: number, excel: boolean): string {
  if (Number.isNaN(value)) return '';
  // For a finite number JSON.stringify writes what String does (-0 too: "0"), at about half
  // the cost in V8; the record files hold millions of them.
  const text = Number.isFinite(value) ? JSON.stringify(value) : String(value);
  return excel ? text.replace('.', ',') : text;
}

function options(format: CsvFormat) {
  return {
    delimiter: format.excel ? ';' : ',',
    // Any line break inside a cell must be quoted, whatever the record delimiter.
    quoted_match: /[\r\n]/,
    cast: {
      number: (v: number) => numberCell(v, format.excel),
      boolean: (v: boolean) => (v ? 'true' : 'false'),
      string: (v: string) => defuse(v),
    },
  };
}

/** Records (each ending in "\n"); deterministic, so chunks can be written in any batch size. */
export function csvRows(rows: readonly Cell[][], format: CsvFormat): string {
  if (rows.length === 0) return '';
  return stringify(rows as Cell[][], options(format));
}

/** The header line, preceded by the BOM for --excel (the file's very first bytes). */
export function csvHeader(columns: readonly string[], format: CsvFormat): string {
  const line = stringify([columns.map(String)], options(format));
  return (format.excel ? '\uFEFF' : '') + line;
}
