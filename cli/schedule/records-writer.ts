// The pool thread's side of records-thread.ts: concerns.csv and tasks.csv for the pool
// thread's replications are written on a helper thread while the replication runs. Records
// are packed into batches (src/records/record-batch.ts) and posted; when the helper has too
// many batches still to write, this thread waits, so memory stays bounded.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  ConcernPacker,
  PiecePacker,
  type RecordBatch,
  type RecordFormat,
  type RecordHandlers,
  type ReplicationTask,
} from '../../src/index.js';

/** The files the helper writes for one task (absent = not wanted). */
export interface HelperFiles {
  concerns?: string;
  tasks?: string;
}

/** What the pool thread posts, in this order per task: begin, rows…, end. */
export type RecordsThreadMessage =
  | { kind: 'begin'; files: HelperFiles; append: boolean; format: RecordFormat; task: ReplicationTask }
  | { kind: 'rows'; batch: RecordBatch }
  | { kind: 'end' };

/** The helper's answer to an end: the files are complete, or why they are not. */
export type RecordsThreadReply = { kind: 'done' } | { kind: 'failed'; message: string };

/** Slots of the shared counters: batches posted and not yet written; 1 once the helper failed at a task. */
export const IN_FLIGHT = 0;
export const FAILED = 1;

// Batches of 8,192 rows (about 330 kB packed); at most this many wait to be written.
const MOST_IN_FLIGHT = 8;

// The helper must be JavaScript (dist/cli/schedule/records-thread.js); under tsx the .ts file works too.
const threadFile = fileURLToPath(new URL(`./records-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

export class RecordsWriter {
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly thread: Worker;

  constructor() {
    this.thread = new Worker(threadFile, { workerData: { shared: this.shared } });
    // The pool thread may end while the helper idles between tasks.
    this.thread.unref();
  }

  /**
   * Starts the task's files (appended to when `append`): returns the record handlers that
   * feed them, and end() to await once the replication is done.
   */
  begin(
    files: HelperFiles,
    append: boolean,
    format: RecordFormat,
    task: ReplicationTask,
  ): { handlers: RecordHandlers; end(): Promise<void> } {
    Atomics.store(this.shared, FAILED, 0);
    this.post({ kind: 'begin', files, append, format, task });
    const send = (batch: RecordBatch) => this.send(batch);
    // More slots than batches in flight: a slot is written again only once the helper is done with it.
    const memory = { shared: true, slots: MOST_IN_FLIGHT + 1 } as const;
    const concerns = files.concerns === undefined ? null : new ConcernPacker(send, memory);
    const pieces = files.tasks === undefined ? null : new PiecePacker(send, memory);
    const handlers: RecordHandlers = {};
    if (concerns) handlers.onConcern = (record) => concerns.add(record);
    if (pieces) handlers.onPiece = (piece) => pieces.add(piece);
    return {
      handlers,
      end: () => {
        concerns?.flush();
        pieces?.flush();
        return this.end();
      },
    };
  }

  private send(batch: RecordBatch): void {
    const shared = this.shared;
    for (;;) {
      if (Atomics.load(shared, FAILED) === 1) throw new Error('the thread writing the record files failed');
      const inFlight = Atomics.load(shared, IN_FLIGHT);
      if (inFlight < MOST_IN_FLIGHT) break;
      Atomics.wait(shared, IN_FLIGHT, inFlight, 1000);
    }
    Atomics.add(shared, IN_FLIGHT, 1);
    // Shared memory crosses as it is; anything else is handed over.
    const transfer = [batch.codes.buffer, batch.numbers.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    this.thread.postMessage({ kind: 'rows', batch } satisfies RecordsThreadMessage, transfer);
  }

  private post(message: RecordsThreadMessage): void {
    this.thread.postMessage(message);
  }

  private end(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the thread writing the record files stopped (exit code ${code})`));
      this.thread.once('exit', onExit);
      this.thread.once('message', (reply: RecordsThreadReply) => {
        this.thread.off('exit', onExit);
        if (reply.kind === 'done') resolve();
        else reject(new Error(reply.message));
      });
      this.post({ kind: 'end' });
    });
  }
}
