// Pieces of work packed into typed arrays, so that tasks.csv can be written on another
// thread than the one simulating (cli/schedule/tasks-thread.ts): a million concerns of the
// silo make four million rows, which cost more to write than to simulate. Scenario ids
// travel as codes into a table that grows batch by batch; concern ids as they are.
import type { PieceKind } from '../trace/events.js';
import type { PieceRecord } from './pieces.js';

/** Rows of pieces as plain data that can cross to another thread (the two arrays by transfer). */
export interface PieceBatch {
  rows: number;
  /** Text first coded in this batch, in code order: the reader appends it to its table. */
  newText: string[];
  /** Per row: the concern id, joined by "\n" (ids are digits and "/"): one string crosses threads far faster than thousands. */
  concerns: string;
  /** Per row: the codes of type, task, piece, skill and unit. */
  codes: Int32Array<ArrayBuffer>;
  /** Per row: worker, ready, started, finished. */
  numbers: Float64Array<ArrayBuffer>;
}

const CODES = 5;
const NUMBERS = 4;

/** Packs pieces into batches of `capacity` rows and hands each full batch to `send`. */
export class PiecePacker {
  private readonly codeOf = new Map<string, number>();
  private readonly lastText: (string | null)[] = new Array<string | null>(CODES).fill(null);
  private readonly lastCode = new Int32Array(CODES);
  private batch: PieceBatch;
  private concerns: string[];

  constructor(
    private readonly send: (batch: PieceBatch) => void,
    private readonly capacity = 8192,
  ) {
    this.batch = this.fresh();
    this.concerns = new Array<string>(capacity);
  }

  add(p: PieceRecord): void {
    const b = this.batch;
    const row = b.rows;
    this.concerns[row] = p.concern;
    const c = row * CODES;
    b.codes[c] = this.code(0, p.type);
    b.codes[c + 1] = this.code(1, p.task);
    b.codes[c + 2] = this.code(2, p.piece);
    b.codes[c + 3] = this.code(3, p.skill);
    b.codes[c + 4] = this.code(4, p.unit);
    const n = row * NUMBERS;
    b.numbers[n] = p.worker;
    b.numbers[n + 1] = p.ready;
    b.numbers[n + 2] = p.started;
    b.numbers[n + 3] = p.finished;
    if (++b.rows === this.capacity) this.flush();
  }

  /** Sends what is packed so far (nothing if empty). */
  flush(): void {
    if (this.batch.rows === 0) return;
    const full = this.batch;
    if (full.rows < this.capacity) this.concerns.length = full.rows;
    full.concerns = this.concerns.join('\n');
    this.concerns.length = this.capacity;
    this.batch = this.fresh();
    this.send(full);
  }

  /** The code of a field's text: the field's last text first (ids repeat), then the table. */
  private code(field: number, text: string): number {
    if (text === this.lastText[field]) return this.lastCode[field];
    let code = this.codeOf.get(text);
    if (code === undefined) {
      code = this.codeOf.size;
      this.codeOf.set(text, code);
      this.batch.newText.push(text);
    }
    this.lastText[field] = text;
    this.lastCode[field] = code;
    return code;
  }

  private fresh(): PieceBatch {
    return {
      rows: 0,
      newText: [],
      concerns: '',
      codes: new Int32Array(this.capacity * CODES),
      numbers: new Float64Array(this.capacity * NUMBERS),
    };
  }
}

/** Reads batches in the order they were packed, handing each piece to `each` (one reused record: copy what you keep). */
export class PieceUnpacker {
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

  read(batch: PieceBatch, each: (piece: PieceRecord) => void): void {
    for (const t of batch.newText) this.text.push(t);
    const { text, piece } = this;
    const { codes, numbers } = batch;
    const concerns = batch.concerns.split('\n');
    for (let row = 0; row < batch.rows; row++) {
      const c = row * CODES;
      const n = row * NUMBERS;
      piece.concern = concerns[row];
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
}
