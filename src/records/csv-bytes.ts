// The record files' CSV, written as UTF-8 bytes into a buffer that goes to the sink when
// full: byte for byte what csv-stringify writes with csv.ts's options (a property test holds
// them equal), at a fraction of its cost. Hot path: a million concerns make five million
// rows. Nothing is allocated per row or cell: numbers are written digit by digit
// (number-text.ts), scenario ids are encoded once and then copied, clock minutes become
// timestamps in place (clock-time.ts).
import { clockStamper, type ClockStamper } from './clock-time.js';
import { defuse, numberCell, type CsvFormat } from './csv.js';
import { FieldMemo } from './field-memo.js';
import { writeInteger, writeShortest } from './number-text.js';
import type { RowWriter } from './rows.js';

/** Takes bytes that are valid only during the call (the writer reuses its buffer). */
export interface ByteSink {
  writeBytes(bytes: Uint8Array): void;
}

/** The dialect, and for clock cells the calendar time of minute 0 (ms, read as UTC). */
export interface CsvBytesFormat extends CsvFormat {
  start?: number;
}

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const [TRUE, FALSE] = [ascii('true'), ascii('false')];
const [LF, QUOTE, CR] = [10, 34, 13];
// Room for any number, timestamp or flag and its separator.
const CELL_ROOM = 64;

/**
 * Each cell is written with a separator after it; end() turns the row's last one into "\n".
 * The buffer goes to the sink only between cells, so that last byte is always still there.
 */
export class CsvBytes implements RowWriter {
  private buf: Uint8Array;
  private pos = 0;
  private readonly separator: number;
  private readonly point: number;
  private readonly excel: boolean;
  private readonly stamp: ClockStamper | null;
  // Text cells' bytes by column (the field), defused and quoted as needed.
  private readonly encoded: FieldMemo<Uint8Array>;
  private column = 0;
  // The last number and timestamp written, and where their bytes are in the buffer (start
  // −1 after a flush): a piece that waited for nobody is ready and started at the same
  // minute, 40–80 % of tasks.csv's rows, and copying beats formatting again.
  private lastNumber = NaN;
  private lastNumberAt = -1;
  private lastNumberEnd = -1;
  private lastMinutes = NaN;
  private lastClockAt = -1;
  private lastClockEnd = -1;

  constructor(
    format: CsvBytesFormat,
    private readonly sink: ByteSink,
    capacity = 1 << 16,
  ) {
    this.buf = new Uint8Array(Math.max(capacity, 2 * CELL_ROOM));
    this.separator = format.excel ? 59 : 44;
    this.point = format.excel ? 44 : 46;
    this.excel = format.excel;
    this.stamp = format.start === undefined ? null : clockStamper(format.start);
    const separator = this.separator;
    this.encoded = new FieldMemo((text) => encoder.encode(quoted(defuse(text), separator)), 4096);
  }

  text(value: string): void {
    this.copy(this.encoded.get(this.column++, value));
    this.buf[this.pos++] = this.separator;
  }

  plain(value: string): void {
    this.column++;
    this.ascii(value);
    this.buf[this.pos++] = this.separator;
  }

  number(value: number | null): void {
    this.column++;
    if (this.buf.length - this.pos < CELL_ROOM) this.flush();
    if (value !== null && !Number.isNaN(value)) {
      if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) this.pos = writeInteger(this.buf, this.pos, value);
      else if (value === this.lastNumber && this.lastNumberAt >= 0) this.repeat(this.lastNumberAt, this.lastNumberEnd);
      else {
        const start = this.pos;
        const end = Number.isFinite(value) ? writeShortest(this.buf, start, value, this.point) : -1;
        if (end >= 0) {
          this.pos = end;
          this.lastNumber = value;
          this.lastNumberAt = start;
          this.lastNumberEnd = end;
        }
        // What the fast way declines goes the way of csv-stringify's cells.
        else this.ascii(numberCell(value, this.excel));
      }
    }
    this.buf[this.pos++] = this.separator;
  }

  flag(value: boolean): void {
    this.column++;
    this.copy(value ? TRUE : FALSE);
    this.buf[this.pos++] = this.separator;
  }

  clock(minutes: number): void {
    this.column++;
    if (this.stamp === null) throw new Error('CsvBytes: a clock cell needs format.start');
    if (this.buf.length - this.pos < CELL_ROOM) this.flush();
    if (minutes === this.lastMinutes && this.lastClockAt >= 0) this.repeat(this.lastClockAt, this.lastClockEnd);
    else {
      const start = this.pos;
      this.pos = this.stamp(this.buf, start, minutes);
      this.lastMinutes = minutes;
      this.lastClockAt = start;
      this.lastClockEnd = this.pos;
    }
    this.buf[this.pos++] = this.separator;
  }

  end(): void {
    this.buf[this.pos - 1] = LF;
    this.column = 0;
  }

  /** Hands what is buffered to the sink. */
  flush(): void {
    if (this.pos === 0) return;
    this.sink.writeBytes(this.buf.subarray(0, this.pos));
    this.pos = 0;
    this.lastNumberAt = -1;
    this.lastClockAt = -1;
  }

  /** Text as it is: ASCII by a loop, anything else through the encoder. */
  private ascii(value: string): void {
    if (value.length > this.buf.length - this.pos - CELL_ROOM) return this.copy(encoder.encode(value));
    const buf = this.buf;
    const start = this.pos;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c > 127) return this.copy(encoder.encode(value));
      buf[start + i] = c;
    }
    this.pos = start + value.length;
  }

  /** Copies buf[start, end) (a cell written earlier in the buffer, at most CELL_ROOM long) to the end. */
  private repeat(start: number, end: number): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = start; i < end; i++) buf[pos++] = buf[i];
    this.pos = pos;
  }

  /** Copies bytes in, leaving room for a separator after them. */
  private copy(bytes: Uint8Array): void {
    if (bytes.length > this.buf.length - this.pos - CELL_ROOM) {
      this.flush();
      if (bytes.length > this.buf.length - CELL_ROOM) this.buf = new Uint8Array(bytes.length + CELL_ROOM);
    }
    const buf = this.buf;
    let pos = this.pos;
    // Cells are short: a loop beats set()'s call.
    if (bytes.length <= 32) for (let i = 0; i < bytes.length; i++) buf[pos++] = bytes[i];
    else {
      buf.set(bytes, pos);
      pos += bytes.length;
    }
    this.pos = pos;
  }
}

/** The cell in quotes (quotes doubled) when it holds the separator, a quote or a line break. */
function quoted(text: string, separator: number): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === separator || c === LF || c === CR) return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}
