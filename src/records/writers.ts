// A replication's records, streamed to sinks while it runs: CSV rows as bytes in large
// buffers, and trace lines as they happen. The CLI points the sinks at its files (or a
// worker thread's part files).
import type { ReplicationTask } from '../experiment/plan.js';
import type { RecordHandlers } from '../simulate.js';
import { CsvBytes, type ByteSink, type CsvBytesFormat } from './csv-bytes.js';
import { traceLine, writeConcern, writeHour, writeTask } from './rows.js';

export interface TextSink {
  write(text: string): void;
}

/** Where each kind of record goes (absent = not wanted). */
export interface RecordSinks {
  concerns?: ByteSink;
  timeseries?: ByteSink;
  tasks?: ByteSink;
  trace?: TextSink;
}

/** How records are written: the CSV dialect, and the calendar time of clock minute 0 (ms, read as UTC; clock-time.ts). */
export type RecordFormat = Required<CsvBytesFormat>;

/** Handlers that write `task`'s records to `sinks`; call flush() after the replication. */
export function textRecords(sinks: RecordSinks, format: RecordFormat, task: ReplicationTask): { handlers: RecordHandlers; flush(): void } {
  const handlers: RecordHandlers = {};
  const concerns = sinks.concerns ? new CsvBytes(format, sinks.concerns) : null;
  const hours = sinks.timeseries ? new CsvBytes(format, sinks.timeseries) : null;
  const pieces = sinks.tasks ? new CsvBytes(format, sinks.tasks) : null;
  const trace = sinks.trace;
  if (concerns) handlers.onConcern = (r) => writeConcern(concerns, r, task);
  if (hours) handlers.onHour = (h) => writeHour(hours, h, task);
  if (pieces) handlers.onPiece = (p) => writeTask(pieces, p, task);
  if (trace) handlers.sink = (event) => trace.write(traceLine(event, task));
  return {
    handlers,
    flush() {
      concerns?.flush();
      hours?.flush();
      pieces?.flush();
    },
  };
}
