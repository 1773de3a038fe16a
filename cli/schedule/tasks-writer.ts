// The pool thread's side of tasks-thread.ts: tasks.csv for the pool thread's replications
// is written on a helper thread while the replication runs. Pieces are packed into batches
// (src/records/piece-batch.ts) and posted; when the helper has too many batches still to
// write, this thread waits, so memory stays bounded.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PiecePacker, type PieceBatch, type PieceRecord, type RecordFormat, type ReplicationTask } from '../../src/index.js';

/** What the pool thread posts, in this order per task: begin, rows…, end. */
export type TasksThreadMessage =
  | { kind: 'begin'; path: string; append: boolean; format: RecordFormat; task: ReplicationTask }
  | { kind: 'rows'; batch: PieceBatch }
  | { kind: 'end' };

/** The helper's answer to an end: the file is complete, or why it is not. */
export type TasksThreadReply = { kind: 'done' } | { kind: 'failed'; message: string };

/** Slots of the shared counters: batches posted and not yet written; 1 once the helper failed at a task. */
export const IN_FLIGHT = 0;
export const FAILED = 1;

// Batches of 8,192 rows (about 330 kB packed); at most this many wait to be written.
const MOST_IN_FLIGHT = 8;

// The helper must be JavaScript (dist/cli/schedule/tasks-thread.js); under tsx the .ts file works too.
const threadFile = fileURLToPath(new URL(`./tasks-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));

export class TasksWriter {
  private readonly shared = new Int32Array(new SharedArrayBuffer(8));
  private readonly thread: Worker;

  constructor() {
    this.thread = new Worker(threadFile, { workerData: { shared: this.shared } });
    // The pool thread may end while the helper idles between tasks.
    this.thread.unref();
  }

  /** Starts tasks.csv rows for `task` at `path` (appended when `append`), returning the handler for its pieces and end() to await. */
  begin(
    path: string,
    append: boolean,
    format: RecordFormat,
    task: ReplicationTask,
  ): { onPiece(piece: PieceRecord): void; end(): Promise<void> } {
    Atomics.store(this.shared, FAILED, 0);
    this.post({ kind: 'begin', path, append, format, task });
    const packer = new PiecePacker((batch) => this.send(batch));
    return {
      onPiece: (piece) => packer.add(piece),
      end: () => {
        packer.flush();
        return this.end();
      },
    };
  }

  /** Stops the helper (the pool thread is done with it). */
  close(): Promise<number> {
    return this.thread.terminate();
  }

  private send(batch: PieceBatch): void {
    const shared = this.shared;
    for (;;) {
      if (Atomics.load(shared, FAILED) === 1) throw new Error('tasks.csv: the thread writing it failed');
      const inFlight = Atomics.load(shared, IN_FLIGHT);
      if (inFlight < MOST_IN_FLIGHT) break;
      Atomics.wait(shared, IN_FLIGHT, inFlight, 1000);
    }
    Atomics.add(shared, IN_FLIGHT, 1);
    this.thread.postMessage({ kind: 'rows', batch } satisfies TasksThreadMessage, [batch.codes.buffer, batch.numbers.buffer]);
  }

  private post(message: TasksThreadMessage): void {
    this.thread.postMessage(message);
  }

  private end(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`tasks.csv: the thread writing it stopped (exit code ${code})`));
      this.thread.once('exit', onExit);
      this.thread.once('message', (reply: TasksThreadReply) => {
        this.thread.off('exit', onExit);
        if (reply.kind === 'done') resolve();
        else reject(new Error(`tasks.csv: ${reply.message}`));
      });
      this.post({ kind: 'end' });
    });
  }
}
