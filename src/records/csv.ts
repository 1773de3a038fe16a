// CSV text for analysts (RFC 4180 via csv-stringify, which is plain JavaScript, so the page
// uses it too) and for a German spreadsheet (excel: ";" separator, decimal comma, UTF-8
// BOM). Text cells starting with = + - @ are defused with a leading ' so a spreadsheet never
// runs them as formulas; numbers, also negative ones, stay numbers. The record files of
// millions of rows use CsvLines, which writes the same bytes as csv-stringify with these
// options (a property test holds them equal) at a fraction of its cost.
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
  const text = String(value);
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

/**
 * One CSV line per call, byte for byte what csv-stringify writes for the same cells with
 * options(format): a text cell is defused, then quoted when it contains the separator, a
 * quote or a line break (quotes doubled); null, undefined and NaN are empty cells.
 */
export class CsvLines {
  private readonly separator: string;
  private readonly excel: boolean;
  private readonly separatorCode: number;

  constructor(format: CsvFormat) {
    this.excel = format.excel;
    this.separator = format.excel ? ';' : ',';
    this.separatorCode = this.separator.charCodeAt(0);
  }

  /** The cells as one record, ending in "\n". */
  line(cells: readonly Cell[]): string {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) line += this.separator;
      line += this.cell(cells[i]);
    }
    return line + '\n';
  }

  cell(value: Cell): string {
    switch (typeof value) {
      case 'number':
        return numberCell(value, this.excel);
      case 'string':
        return this.text(value);
      case 'boolean':
        return value ? 'true' : 'false';
      default:
        return '';
    }
  }

  /** defuse() and the quoting rule, by one scan over the characters (ids are short). */
  private text(value: string): string {
    let quote = false;
    let doubled = false;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === QUOTE) doubled = quote = true;
      else if (c === this.separatorCode || c === LF || c === CR) quote = true;
    }
    const first = value.charCodeAt(0);
    const text =
      first === EQUALS || first === PLUS || first === MINUS || first === AT || first === TAB || first === CR ? `'${value}` : value;
    if (!quote) return text;
    return `"${doubled ? text.replaceAll('"', '""') : text}"`;
  }
}

const [QUOTE, LF, CR, EQUALS, PLUS, MINUS, AT, TAB] = ['"', '\n', '\r', '=', '+', '-', '@', '\t'].map((c) => c.charCodeAt(0));
