// The helper thread of records-writer.ts: writes concerns.csv and tasks.csv rows from the
// batches a pool thread posts while it simulates (the silo makes about four pieces per
// concern, and writing their rows costs more than simulating them). Each batch written
// counts down the shared counter the pool thread waits on.
import { parentPort, workerData } from 'node:worker_threads';
import { CsvBytes, RecordUnpacker, writeConcern, writeTask, type RecordBatch, type ReplicationTask } from '../../src/index.js';
import { FileWriter } from '../output/file-writer.js';
import { FAILED, IN_FLIGHT, type RecordsThreadMessage, type RecordsThreadReply } from './records-writer.js';

/** One file being written: its rows' writer and the table of its batches' codes. */
interface Open {
  writer: FileWriter;
  csv: CsvBytes;
  unpacker: RecordUnpacker;
}

const port = parentPort!;
const shared = (workerData as { shared: Int32Array }).shared;
let files: Partial<Record<RecordBatch['file'], Open>> = {};
let task: ReplicationTask = { mode: 'silo', replication: 0 };
let failure: string | null = null;

function fail(err: unknown): void {
  failure ??= err instanceof Error ? err.message : String(err);
  for (const open of Object.values(files)) open.writer.discard();
  files = {};
  Atomics.store(shared, FAILED, 1);
  Atomics.notify(shared, IN_FLIGHT);
}

function write(batch: RecordBatch): void {
  const open = files[batch.file];
  if (open === undefined) return;
  const { csv, unpacker } = open;
  if (batch.file === 'tasks') unpacker.pieces(batch, (piece) => writeTask(csv, piece, task));
  else unpacker.concerns(batch, (record) => writeConcern(csv, record, task));
}

port.on('message', (message: RecordsThreadMessage) => {
  if (message.kind === 'rows') {
    try {
      write(message.batch);
    } catch (err) {
      fail(err);
    } finally {
      Atomics.sub(shared, IN_FLIGHT, 1);
      Atomics.notify(shared, IN_FLIGHT);
    }
  } else if (message.kind === 'begin') {
    failure = null;
    task = message.task;
    try {
      for (const [file, path] of Object.entries(message.files) as [RecordBatch['file'], string | undefined][]) {
        if (path === undefined) continue;
        const writer = new FileWriter(path, message.append ? 'a' : 'w');
        files[file] = { writer, csv: new CsvBytes(message.format, writer), unpacker: new RecordUnpacker() };
      }
    } catch (err) {
      fail(err);
    }
  } else {
    try {
      for (const open of Object.values(files)) {
        open.csv.flush();
        open.writer.close();
      }
    } catch (err) {
      fail(err);
    }
    files = {};
    const reply: RecordsThreadReply = failure === null ? { kind: 'done' } : { kind: 'failed', message: failure };
    port.postMessage(reply);
  }
});
