// Records packed into typed arrays, so that the big record files can be written on another
// thread than the one simulating (cli/schedule/records-thread.ts): a million concerns of the
// silo make a million concerns.csv rows and four million tasks.csv rows, which cost more to
// write than to simulate. Scenario ids travel as codes into a table that grows batch by
// batch; concern ids joined into one string (one string crosses threads far faster than
// thousands); numbers in a Float64Array, null as NaN (both are empty cells).
import type { ConcernRecord } from '../metrics/types.js';
import type { PieceKind } from '../trace/events.js';
import { FieldMemo } from './field-memo.js';
import type { PieceRecord } from './pieces.js';

/** Rows of one record file as plain data that can cross to another thread (the two arrays by transfer). */
export interface RecordBatch {
  file: 'concerns' | 'tasks';
  rows: number;
  /** Text first coded in this batch, in code order: the reader appends it to its table. */
  newText: string[];
  /** Per row: the concern id, joined by "\n" (ids are digits and "/"). */
  ids: string;
  /** Per row, the codes of the file's text fields (LAYOUT). */
  codes: Int32Array<ArrayBufferLike>;
  /** Per row, the file's numbers (LAYOUT). */
  numbers: Float64Array<ArrayBufferLike>;
}

/** How many coded texts and numbers a row of each file packs. */
const LAYOUT = {
  // type, task, piece, skill, unit; worker, ready, started, finished
  tasks: { codes: 5, numbers: 4 },
  // type; arrival, completion, lead, wait, touch, handoffs, errors, failureDemand
  concerns: { codes: 1, numbers: 8 },
} as const;

/** Codes for texts, one table per packer; the texts coded since the last batch are sent with it. */
class TextCodes {
  newText: string[] = [];
  private count = 0;
  private readonly codes = new FieldMemo<number>((text) => {
    this.newText.push(text);
    return this.count++;
  });

  code(field: number, text: string): number {
    return this.codes.get(field, text);
  }
}

/**
 * How a packer gets the arrays of its batches: new ones each time (handed over by
 * transfer), or a ring of `slots` pairs in shared memory used in turn, when the receiver
 * is done with a batch before the packer comes round to its slot again (records-writer.ts
 * keeps fewer batches in flight than slots): no allocation, and nothing for the garbage
 * collector, per batch.
 */
export type BatchMemory = { shared: false } | { shared: true; slots: number };

/** Packs one file's records into batches of `capacity` rows and hands each full batch to `send`. */
abstract class Packer<R> {
  protected readonly texts = new TextCodes();
  protected batch: RecordBatch;
  private ids: string[];
  private readonly ring: { codes: Int32Array<ArrayBufferLike>; numbers: Float64Array<ArrayBufferLike> }[] = [];
  private nextSlot = 0;

  constructor(
    private readonly file: RecordBatch['file'],
    private readonly send: (batch: RecordBatch) => void,
    private readonly capacity: number,
    memory: BatchMemory,
  ) {
    if (memory.shared) {
      const { codes, numbers } = LAYOUT[file];
      for (let i = 0; i < memory.slots; i++)
        this.ring.push({
          codes: new Int32Array(new SharedArrayBuffer(capacity * codes * 4)),
          numbers: new Float64Array(new SharedArrayBuffer(capacity * numbers * 8)),
        });
    }
    this.batch = this.fresh();
    this.ids = new Array<string>(capacity);
  }

  add(record: R): void {
    const row = this.batch.rows;
    this.ids[row] = this.pack(record, row);
    if (++this.batch.rows === this.capacity) this.flush();
  }

  /** Sends what is packed so far (nothing if empty). */
  flush(): void {
    const full = this.batch;
    if (full.rows === 0) return;
    // The array keeps its length (a full batch is the rule; a shorter one is the last).
    full.ids = (full.rows === this.capacity ? this.ids : this.ids.slice(0, full.rows)).join('\n');
    full.newText = this.texts.newText;
    this.texts.newText = [];
    this.batch = this.fresh();
    this.send(full);
  }

  /** Writes the record's codes and numbers at `row`; returns its concern id. */
  protected abstract pack(record: R, row: number): string;

  private fresh(): RecordBatch {
    const { codes, numbers } = LAYOUT[this.file];
    const slot = this.ring.length > 0 ? this.ring[this.nextSlot++ % this.ring.length] : null;
    return {
      file: this.file,
      rows: 0,
      newText: [],
      ids: '',
      codes: slot?.codes ?? new Int32Array(this.capacity * codes),
      numbers: slot?.numbers ?? new Float64Array(this.capacity * numbers),
    };
  }
}

export class PiecePacker extends Packer<PieceRecord> {
  constructor(send: (batch: RecordBatch) => void, memory: BatchMemory = { shared: false }, capacity = 8192) {
    super('tasks', send, capacity, memory);
  }

  protected pack(p: PieceRecord, row: number): string {
    const { codes, numbers } = this.batch;
    const c = row * LAYOUT.tasks.codes;
    codes[c] = this.texts.code(0, p.type);
    codes[c + 1] = this.texts.code(1, p.task);
    codes[c + 2] = this.texts.code(2, p.piece);
    codes[c + 3] = this.texts.code(3, p.skill);
    codes[c + 4] = this.texts.code(4, p.unit);
    const n = row * LAYOUT.tasks.numbers;
    numbers[n] = p.worker;
    numbers[n + 1] = p.ready;
    numbers[n + 2] = p.started;
    numbers[n + 3] = p.finished;
    return p.concern;
  }
}

export class ConcernPacker extends Packer<ConcernRecord> {
  constructor(send: (batch: RecordBatch) => void, memory: BatchMemory = { shared: false }, capacity = 8192) {
    super('concerns', send, capacity, memory);
  }

  protected pack(r: ConcernRecord, row: number): string {
    const { codes, numbers } = this.batch;
    codes[row] = this.texts.code(0, r.type);
    const n = row * LAYOUT.concerns.numbers;
    numbers[n] = r.arrival;
    numbers[n + 1] = r.completion ?? NaN;
    numbers[n + 2] = r.lead ?? NaN;
    numbers[n + 3] = r.wait ?? NaN;
    numbers[n + 4] = r.touch;
    numbers[n + 5] = r.handoffs;
    numbers[n + 6] = r.errors;
    numbers[n + 7] = r.failureDemand ? 1 : 0;
    return r.id;
  }
}

/**
 * Reads one file's batches in the order they were packed, handing each record to `each`:
 * one reused record, so copy what you keep.
 */
export class RecordUnpacker {
  private readonly text: string[] = [];
  private readonly piece: PieceRecord = {
    concern: '',
    type: '',
    task: '',
    piece: 'task',
    skill: '',
    unit: '',
    worker: 0,
    ready: 0,
    started: 0,
    finished: 0,
  };
  private readonly concern: ConcernRecord = {
    id: '',
    type: '',
    arrival: 0,
    completion: null,
    lead: null,
    wait: null,
    touch: 0,
    handoffs: 0,
    errors: 0,
    failureDemand: false,
  };

  pieces(batch: RecordBatch, each: (piece: PieceRecord) => void): void {
    this.learn(batch);
    const { text, piece } = this;
    const { codes, numbers } = batch;
    const ids = batch.ids.split('\n');
    for (let row = 0; row < batch.rows; row++) {
      const c = row * LAYOUT.tasks.codes;
      const n = row * LAYOUT.tasks.numbers;
      piece.concern = ids[row];
      piece.type = text[codes[c]];
      piece.task = text[codes[c + 1]];
      piece.piece = text[codes[c + 2]] as PieceKind;
      piece.skill = text[codes[c + 3]];
      piece.unit = text[codes[c + 4]];
      piece.worker = numbers[n];
      piece.ready = numbers[n + 1];
      piece.started = numbers[n + 2];
      piece.finished = numbers[n + 3];
      each(piece);
    }
  }

  concerns(batch: RecordBatch, each: (record: ConcernRecord) => void): void {
    this.learn(batch);
    const { text, concern } = this;
    const { codes, numbers } = batch;
    const ids = batch.ids.split('\n');
    const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
    for (let row = 0; row < batch.rows; row++) {
      const n = row * LAYOUT.concerns.numbers;
      concern.id = ids[row];
      concern.type = text[codes[row]];
      concern.arrival = numbers[n];
      concern.completion = orNull(numbers[n + 1]);
      concern.lead = orNull(numbers[n + 2]);
      concern.wait = orNull(numbers[n + 3]);
      concern.touch = numbers[n + 4];
      concern.handoffs = numbers[n + 5];
      concern.errors = numbers[n + 6];
      concern.failureDemand = numbers[n + 7] === 1;
      each(concern);
    }
  }

  /** Appends the batch's new text to the table its codes index. */
  private learn(batch: RecordBatch): void {
    for (const t of batch.newText) this.text.push(t);
  }
}
