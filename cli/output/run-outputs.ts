// The files of --csv DIR and --trace FILE for run and compare: opened before the
// replications start (records stream into them), committed together when all is done,
// removed on any failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RuntimeFailure } from '../errors.js';
import { AtomicFile } from './atomic.js';
import {
  CONCERN_COLUMNS,
  TIMESERIES_COLUMNS,
  TASK_COLUMNS,
  csvHeader,
  csvRows,
  summaryTable,
  type CsvFormat,
  type SummaryEntry,
} from '../../src/index.js';

export interface RunOutputRequest {
  csv?: string;
  trace?: string;
  excel?: boolean;
}

export class RunOutputs {
  private readonly files: AtomicFile[] = [];
  readonly concerns?: AtomicFile;
  readonly timeseries?: AtomicFile;
  readonly tasks?: AtomicFile;
  readonly trace?: AtomicFile;
  readonly format: CsvFormat;

  constructor(private readonly request: RunOutputRequest) {
    this.format = { excel: request.excel === true };
    try {
      if (request.csv !== undefined) {
        mkdirSync(request.csv, { recursive: true });
        this.concerns = this.open(join(request.csv, 'concerns.csv'));
        this.concerns.write(csvHeader(CONCERN_COLUMNS, this.format));
        this.timeseries = this.open(join(request.csv, 'timeseries.csv'));
        this.timeseries.write(csvHeader(TIMESERIES_COLUMNS, this.format));
        this.tasks = this.open(join(request.csv, 'tasks.csv'));
        this.tasks.write(csvHeader(TASK_COLUMNS, this.format));
      }
      if (request.trace !== undefined) this.trace = this.open(request.trace);
    } catch (err) {
      this.abort();
      throw writeFailure(err, request.csv ?? request.trace ?? '');
    }
  }

  get sinks() {
    return { concerns: this.concerns?.writer, timeseries: this.timeseries?.writer, tasks: this.tasks?.writer, trace: this.trace?.writer };
  }

  /** Writes summary.csv and moves every file into place. */
  commit(scenario: string, seed: number, entries: readonly SummaryEntry[]): void {
    try {
      if (this.request.csv !== undefined) {
        const summary = this.open(join(this.request.csv, 'summary.csv'));
        const { columns, rows } = summaryTable(scenario, seed, entries);
        summary.write(csvHeader(columns, this.format) + csvRows(rows, this.format));
      }
      for (const file of this.files) file.commit();
    } catch (err) {
      this.abort();
      throw writeFailure(err, this.request.csv ?? '');
    }
  }

  abort(): void {
    for (const file of this.files) file.abort();
  }

  private open(path: string): AtomicFile {
    const file = new AtomicFile(path);
    this.files.push(file);
    return file;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it exists already',
};

/** A failure to write output is a runtime failure (exit 1), named by the path the user gave. */
export function writeFailure(err: unknown, target: string): RuntimeFailure {
  if (err instanceof RuntimeFailure) return err;
  const e = err as NodeJS.ErrnoException;
  const reason = (e.code && REASONS[e.code]) ?? e.message;
  return new RuntimeFailure(`cannot write ${target}: ${reason}`, { cause: err });
}
