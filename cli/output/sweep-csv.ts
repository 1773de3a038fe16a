// sweep --csv FILE: one row per value and organisation, each key metric as mean and
// CI bounds (leadTime.mean.mean, leadTime.mean.ci95.low, leadTime.mean.ci95.high).
// The file is opened before the runs (a bad path fails at once) and committed at the end.
import { csvHeader, csvRows, sweepTable, type CsvFormat, type SweepRow } from '../../src/index.js';
import { AtomicFile } from './atomic.js';
import { writeFailure } from './run-outputs.js';

export class SweepCsv {
  private readonly file: AtomicFile;

  constructor(
    readonly path: string,
    private readonly format: CsvFormat,
  ) {
    try {
      this.file = new AtomicFile(path);
    } catch (err) {
      throw writeFailure(err, path);
    }
  }

  commit(param: string, rows: readonly SweepRow[]): void {
    const table = sweepTable(param, rows);
    try {
      this.file.write(csvHeader(table.columns, this.format) + csvRows(table.rows, this.format));
      this.file.commit();
    } catch (err) {
      this.file.abort();
      throw writeFailure(err, this.path);
    }
  }

  abort(): void {
    this.file.abort();
  }
}
