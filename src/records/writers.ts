// A replication's records as text, streamed to sinks while it runs: CSV lines collected
// into large strings, and trace lines as they happen. The CLI
// points the sinks at its files (or a worker thread's part files).
import type { ReplicationTask } from '../experiment/plan.js';
import type { RecordHandlers } from '../simulate.js';
import { clockTimestamps } from './clock-time.js';
import { CsvLines, type Cell, type CsvFormat } from './csv.js';
import { CONCERN_PLAIN, TASK_PLAIN, TIMESERIES_PLAIN, concernRow, hourRow, taskRow, traceLine } from './rows.js';

export interface TextSink {
  write(text: string): void;
}

/** Where each kind of record goes (absent = not wanted). */
export interface RecordSinks {
  concerns?: TextSink;
  timeseries?: TextSink;
  tasks?: TextSink;
  trace?: TextSink;
}

/** How records are written: the CSV dialect, and the calendar time of clock minute 0 (ms, read as UTC; clock-time.ts). */
export interface RecordFormat extends CsvFormat {
  start: number;
}

// Rows are handed to the sink in batches of this many (few, large writes).
const BATCH_ROWS = 2048;

/** Rows as CSV lines, joined into one string per batch before they go to the sink. */
class CsvBatcher {
  private parts: string[] = [];
  private rows = 0;
  private readonly lines: CsvLines;
  constructor(
    private readonly sink: TextSink,
    format: CsvFormat,
    plain?: readonly boolean[],
  ) {
    this.lines = new CsvLines(format, plain);
  }
  add(row: readonly Cell[]): void {
    this.lines.append(this.parts, row);
    if (++this.rows >= BATCH_ROWS) this.flush();
  }
  flush(): void {
    if (this.rows === 0) return;
    this.sink.write(this.parts.join(''));
    this.parts = [];
    this.rows = 0;
  }
}

/** Handlers that write `task`'s records to `sinks`; call flush() after the replication. */
export function textRecords(sinks: RecordSinks, format: RecordFormat, task: ReplicationTask): { handlers: RecordHandlers; flush(): void } {
  const handlers: RecordHandlers = {};
  const concerns = sinks.concerns ? new CsvBatcher(sinks.concerns, format, CONCERN_PLAIN) : null;
  const hours = sinks.timeseries ? new CsvBatcher(sinks.timeseries, format, TIMESERIES_PLAIN) : null;
  const pieces = sinks.tasks ? new CsvBatcher(sinks.tasks, format, TASK_PLAIN) : null;
  const trace = sinks.trace;
  if (concerns) handlers.onConcern = (r) => concerns.add(concernRow(r, task));
  if (hours) handlers.onHour = (h) => hours.add(hourRow(h, task));
  if (pieces) {
    const stamp = clockTimestamps(format.start);
    handlers.onPiece = (p) => pieces.add(taskRow(p, task, stamp));
  }
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
