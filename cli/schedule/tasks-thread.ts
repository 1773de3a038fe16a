// The helper thread of tasks-writer.ts: writes tasks.csv rows from the batches a pool thread
// posts while it simulates (the silo makes about four pieces per concern, and writing their
// rows costs more than simulating them). Each batch written counts down the shared counter
// the pool thread waits on.
import { parentPort, workerData } from 'node:worker_threads';
import { CsvBytes, PieceUnpacker, writeTask, type ReplicationTask } from '../../src/index.js';
import { FileWriter } from '../output/file-writer.js';
import { FAILED, IN_FLIGHT, type TasksThreadMessage, type TasksThreadReply } from './tasks-writer.js';

const port = parentPort!;
const shared = (workerData as { shared: Int32Array }).shared;
let current: { writer: FileWriter; csv: CsvBytes; unpacker: PieceUnpacker; task: ReplicationTask } | null = null;
let failure: string | null = null;

function fail(err: unknown): void {
  failure ??= err instanceof Error ? err.message : String(err);
  current?.writer.discard();
  current = null;
  Atomics.store(shared, FAILED, 1);
  Atomics.notify(shared, IN_FLIGHT);
}

port.on('message', (message: TasksThreadMessage) => {
  if (message.kind === 'rows') {
    try {
      if (current !== null) {
        const { csv, task } = current;
        current.unpacker.read(message.batch, (piece) => writeTask(csv, piece, task));
      }
    } catch (err) {
      fail(err);
    } finally {
      Atomics.sub(shared, IN_FLIGHT, 1);
      Atomics.notify(shared, IN_FLIGHT);
    }
  } else if (message.kind === 'begin') {
    failure = null;
    try {
      const writer = new FileWriter(message.path, message.append ? 'a' : 'w');
      current = { writer, csv: new CsvBytes(message.format, writer), unpacker: new PieceUnpacker(), task: message.task };
    } catch (err) {
      fail(err);
    }
  } else {
    try {
      current?.csv.flush();
      current?.writer.close();
    } catch (err) {
      fail(err);
    }
    current = null;
    const reply: TasksThreadReply = failure === null ? { kind: 'done' } : { kind: 'failed', message: failure };
    port.postMessage(reply);
  }
});
