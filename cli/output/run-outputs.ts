// The files of --csv DIR, --parquet DIR and --trace FILE for run and compare: opened before
// the replications start (records stream into them), committed together when all is done,
// removed on any failure. Parquet files are made from the CSV files at the end; with
// --parquet alone those CSV files are scratch files, never committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RuntimeFailure } from '../errors.js';
import { AtomicFile, scratchDirectory } from './atomic.js';
import { PARQUET_COLUMNS, csvToParquet, summaryColumnType, type ParquetType } from './parquet.js';
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
  parquet?: string;
  trace?: string;
  excel?: boolean;
}

type RecordFile = 'concerns' | 'timeseries' | 'tasks';
const RECORD_FILES: readonly RecordFile[] = ['concerns', 'timeseries', 'tasks'];

export class RunOutputs {
  private readonly files: AtomicFile[] = [];
  readonly concerns?: AtomicFile;
  readonly timeseries?: AtomicFile;
  readonly tasks?: AtomicFile;
  readonly trace?: AtomicFile;
  readonly format: CsvFormat;
  /** Where the CSV files are written: --csv DIR, or a scratch directory for --parquet alone. */
  private readonly csvDir?: string;
  private readonly scratch?: { path: string; remove(): void };

  constructor(private readonly request: RunOutputRequest) {
    this.format = { excel: request.excel === true };
    try {
      if (request.parquet !== undefined) mkdirSync(request.parquet, { recursive: true });
      if (request.csv === undefined && request.parquet !== undefined) this.scratch = scratchDirectory();
      this.csvDir = request.csv ?? this.scratch?.path;
      if (this.csvDir !== undefined) {
        mkdirSync(this.csvDir, { recursive: true });
        this.concerns = this.open(join(this.csvDir, 'concerns.csv'));
        this.concerns.write(csvHeader(CONCERN_COLUMNS, this.format));
        this.timeseries = this.open(join(this.csvDir, 'timeseries.csv'));
        this.timeseries.write(csvHeader(TIMESERIES_COLUMNS, this.format));
        this.tasks = this.open(join(this.csvDir, 'tasks.csv'));
        this.tasks.write(csvHeader(TASK_COLUMNS, this.format));
      }
      if (request.trace !== undefined) this.trace = this.open(request.trace);
    } catch (err) {
      this.abort();
      throw writeFailure(err, request.csv ?? request.parquet ?? request.trace ?? '');
    }
  }

  get sinks() {
    return { concerns: this.concerns?.writer, timeseries: this.timeseries?.writer, tasks: this.tasks?.writer, trace: this.trace?.writer };
  }

  /** Writes summary.csv (and the Parquet files) and moves every file into place. */
  commit(scenario: string, seed: number, entries: readonly SummaryEntry[]): void {
    try {
      if (this.csvDir !== undefined) {
        const summary = this.open(join(this.csvDir, 'summary.csv'));
        const { columns, rows } = summaryTable(scenario, seed, entries);
        summary.write(csvHeader(columns, this.format) + csvRows(rows, this.format));
        if (this.request.parquet !== undefined) this.writeParquet(this.request.parquet, summary);
      }
      for (const file of this.files) {
        if (this.scratch !== undefined && file.path.startsWith(this.scratch.path)) file.abort();
        else file.commit();
      }
      this.scratch?.remove();
    } catch (err) {
      this.abort();
      throw writeFailure(err, this.request.csv ?? this.request.parquet ?? '');
    }
  }

  abort(): void {
    for (const file of this.files) file.abort();
    this.scratch?.remove();
  }

  /** <name>.parquet for summary.csv and each record file, from the CSV written so far. */
  private writeParquet(dir: string, summary: AtomicFile): void {
    const sources: [string, AtomicFile, (column: string) => ParquetType][] = [['summary', summary, summaryColumnType]];
    for (const name of RECORD_FILES) {
      const columns: Record<string, ParquetType> = PARQUET_COLUMNS[name];
      sources.push([name, this[name]!, (column) => columns[column]]);
    }
    for (const [name, csv, typeOf] of sources) {
      csv.writer.flush();
      csvToParquet(csv.tempPath, this.open(join(dir, `${name}.parquet`)), typeOf, this.format.excel);
    }
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
