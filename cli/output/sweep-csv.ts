// sweep --csv FILE: one row per value and organisation, each key metric as mean and
// CI bounds (leadTime.mean.mean, leadTime.mean.ci95.low, leadTime.mean.ci95.high).
// The file is opened before the runs (a bad path fails at once) and committed at the end.
import type { SweepRow } from '../sweep/rows.js';
import { SWEEP_KEYS } from '../sweep/rows.js';
import { AtomicFile } from './atomic.js';
import { csvHeader, csvRows, type Cell, type CsvFormat } from './csv.js';
import { writeFailure } from './run-outputs.js';

export function sweepColumns(): string[] {
  return ['param', 'value', 'mode', ...SWEEP_KEYS.flatMap((k) => [`${k}.mean`, `${k}.ci95.low`, `${k}.ci95.high`])];
}

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
    const cells: Cell[][] = rows.map((row) => [
      param,
      row.value,
      row.mode,
      ...SWEEP_KEYS.flatMap((k) => {
        const e = row.metrics[k];
        return [e?.mean, e?.ci95[0], e?.ci95[1]];
      }),
    ]);
    try {
      this.file.write(csvHeader(sweepColumns(), this.format) + csvRows(cells, this.format));
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
