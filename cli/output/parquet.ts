// --parquet DIR: each record file's rows as typed Parquet columns (hyparquet-writer: plain
// JavaScript, streamed in row groups). The rows are read back from the CSV the run wrote,
// so a Parquet file holds exactly the CSV file's cells, typed: ids and text as UTF8,
// counts and indices as INT32 (the seed INT64), times and metrics as DOUBLE, an empty
// number cell as null. Memory holds one row group, whatever the run's size.
import { closeSync, openSync, readSync } from 'node:fs';
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { AtomicFile } from './atomic.js';

export type ParquetType = 'UTF8' | 'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

/** The record files with a fixed set of columns: each column's type. */
export const PARQUET_COLUMNS = {
  concerns: {
    id: 'UTF8',
    type: 'UTF8',
    mode: 'UTF8',
    replication: 'INT32',
    arrival: 'DOUBLE',
    completion: 'DOUBLE',
    lead: 'DOUBLE',
    wait: 'DOUBLE',
    touch: 'DOUBLE',
    handoffs: 'INT32',
    errors: 'INT32',
    failureDemand: 'BOOLEAN',
  },
  timeseries: { mode: 'UTF8', replication: 'INT32', hour: 'INT32', arrived: 'INT32', started: 'INT32', completed: 'INT32', wip: 'INT32' },
  tasks: {
    concern: 'UTF8',
    type: 'UTF8',
    task: 'UTF8',
    piece: 'UTF8',
    skill: 'UTF8',
    unit: 'UTF8',
    worker: 'INT32',
    ready: 'DOUBLE',
    started: 'DOUBLE',
    finished: 'DOUBLE',
    mode: 'UTF8',
    replication: 'INT32',
    readyAt: 'UTF8',
    startedAt: 'UTF8',
    finishedAt: 'UTF8',
  },
} as const satisfies Record<string, Record<string, ParquetType>>;

/** summary.csv's columns depend on the scenario's units: every metric is a DOUBLE. */
export function summaryColumnType(column: string): ParquetType {
  if (column === 'scenario' || column === 'mode') return 'UTF8';
  if (column === 'replication') return 'INT32';
  if (column === 'seed') return 'INT64';
  return 'DOUBLE';
}

/**
 * Rows per row group: small enough to keep memory flat (hyparquet-writer's working set for
 * 100,000 rows of tasks.csv took the process to 690 MB, 20,000 to 319 MB, 10,000 to 260 MB
 * for a million concerns), large enough for fast scans.
 */
export const ROW_GROUP = 10_000;

function schemaElement(name: string, type: ParquetType): SchemaElement {
  if (type === 'UTF8') return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' };
  return { name, type, repetition_type: 'OPTIONAL' };
}

function parseCell(text: string, type: ParquetType, decimalComma: boolean): string | number | bigint | boolean | null {
  if (type === 'UTF8') return text;
  if (text === '') return null;
  if (type === 'BOOLEAN') return text === 'true';
  if (type === 'INT64') return BigInt(text);
  return Number(decimalComma ? text.replace(',', '.') : text);
}

/** Writes Parquet bytes into `target` as the row groups are finished. */
class TargetWriter extends ByteWriter {
  constructor(private readonly target: AtomicFile) {
    super(1 << 20);
  }
  flush(): void {
    if (this.index === 0) return;
    this.target.writer.writeBytes(new Uint8Array(this.buffer, 0, this.index));
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
}

/**
 * Converts the CSV file at `csvPath` (written by this run, in the dialect given) into
 * Parquet in `target`; `typeOf` gives each header column's type.
 */
export function csvToParquet(csvPath: string, target: AtomicFile, typeOf: (column: string) => ParquetType, excel: boolean): void {
  const records = csvRecords(csvPath, excel ? ';' : ',');
  const first = records.next();
  if (first.done) throw new Error(`${csvPath}: no header`);
  const header = first.value;
  const types = header.map(typeOf);
  const schema: SchemaElement[] = [{ name: 'root', num_children: header.length }, ...header.map((c, i) => schemaElement(c, types[i]))];
  const parquet = new ParquetWriter({ writer: new TargetWriter(target), schema, statistics: false, createdBy: 'orgflow' });
  let columns: unknown[][] = header.map(() => []);
  const writeGroup = (): void => {
    if (columns[0].length === 0) return;
    void parquet.write({ columnData: header.map((name, i) => ({ name, data: columns[i] })), rowGroupSize: columns[0].length });
    columns = header.map(() => []);
  };
  for (const record of records) {
    if (record.length !== header.length) throw new Error(`${csvPath}: a row has ${record.length} cells, the header ${header.length}`);
    for (let i = 0; i < record.length; i++) columns[i].push(parseCell(record[i], types[i], excel));
    if (columns[0].length >= ROW_GROUP) writeGroup();
  }
  writeGroup();
  void parquet.finish();
}

/**
 * The records of a CSV file written by this program (RFC 4180, "\n" line ends, a BOM in the
 * excel dialect), read in chunks: one record at a time, however large the file.
 */
export function* csvRecords(path: string, delimiter: string): Generator<string[]> {
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  const chunk = Buffer.alloc(1 << 20);
  try {
    let text = '';
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      text += n > 0 ? decoder.decode(chunk.subarray(0, n), { stream: true }) : decoder.decode();
      let at = 0;
      for (;;) {
        const parsed = parseRecord(text, at, delimiter, n === 0);
        if (parsed === null) break;
        yield parsed.cells;
        at = parsed.next;
      }
      text = text.slice(at);
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** The record starting at `at`, or null when the text ends inside it (and more may come). */
function parseRecord(text: string, at: number, delimiter: string, final: boolean): { cells: string[]; next: number } | null {
  if (at >= text.length) return null;
  // Most lines hold no quoted cell: split them at once.
  const end = text.indexOf('\n', at);
  if (end >= 0) {
    const line = text.slice(at, end);
    if (!line.includes('"')) return { cells: line.split(delimiter), next: end + 1 };
  }
  return parseQuoted(text, at, delimiter, final);
}

/** A record with a quoted cell (which may hold the delimiter, quotes and line breaks). */
function parseQuoted(text: string, at: number, delimiter: string, final: boolean): { cells: string[]; next: number } | null {
  const cells: string[] = [];
  let i = at;
  for (;;) {
    let cell: string;
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return null;
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          if (quote + 1 >= text.length && !final) return null;
          i = quote + 1;
          break;
        }
      }
      cell = value;
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
      if (end >= text.length && !final) return null;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (i >= text.length) return { cells, next: i };
    if (text[i] === '\n') return { cells, next: i + 1 };
    i++; // the delimiter
  }
}
