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

/**
 * CSV lines, byte for byte what csv-stringify writes for the same cells with options(format):
 * a text cell is defused, then quoted when it contains the separator, a quote or a line
 * break (quotes doubled); null, undefined and NaN are empty cells. Cells are appended to an
 * array of parts and joined once per batch, which builds no intermediate strings. Columns
 * marked plain hold text that never needs either (modes, timestamps, concern ids) and is
 * written as it is; other text cells repeat (types, tasks, units), so their encoded form is
 * kept, up to a bound.
 */
export class CsvLines {
  private readonly separator: string;
  private readonly excel: boolean;
  private readonly separatorCode: number;
  private readonly encoded = new Map<string, string>();

  constructor(
    format: CsvFormat,
    private readonly plain: readonly boolean[] = [],
  ) {
    this.excel = format.excel;
    this.separator = format.excel ? ';' : ',';
    this.separatorCode = this.separator.charCodeAt(0);
  }

  /** The cells as one record, ending in "\n". */
  line(cells: readonly Cell[]): string {
    const parts: string[] = [];
    this.append(parts, cells);
    return parts.join('');
  }

  /** Pushes the record's cells, separators and the final "\n" onto `parts`. */
  append(parts: string[], cells: readonly Cell[]): void {
    const last = cells.length - 1;
    for (let i = 0; i <= last; i++) {
      const value = cells[i];
      if (typeof value === 'number') parts.push(numberCell(value, this.excel));
      else if (typeof value === 'string') parts.push(this.plain[i] === true ? value : this.text(value));
      else if (typeof value === 'boolean') parts.push(value ? 'true' : 'false');
      else parts.push('');
      parts.push(i === last ? '\n' : this.separator);
    }
  }

  private text(value: string): string {
    let encoded = this.encoded.get(value);
    if (encoded === undefined) {
      encoded = this.encode(value);
      if (this.encoded.size >= 4096) this.encoded.clear();
      this.encoded.set(value, encoded);
    }
    return encoded;
  }

  /** defuse() and the quoting rule, in one scan over the characters. */
  private encode(value: string): string {
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
