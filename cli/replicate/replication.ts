// One replication with its record outputs: the same code runs in this process
// (--workers 1) and in a worker thread, so rows are byte-identical for any --workers.
import { normalise } from '../../src/scenario/normalise.js';
import type { Metrics } from '../../src/metrics/types.js';
import type { KernelName } from '../../src/kernel/index.js';
import type { Scenario } from '../../src/scenario/types.js';
import { simulate, type SimulateOptions } from '../../src/run.js';
import { csvRows, type Cell, type CsvFormat } from '../output/csv.js';
import { concernRow, hourRow, traceLine } from '../output/records.js';
import type { ReplicationTask } from './task.js';

export interface TextSink {
  write(text: string): void;
}

export interface RecordSinks {
  concerns?: TextSink;
  timeseries?: TextSink;
  trace?: TextSink;
}

const BATCH = 512;

/** Collects rows and writes them as CSV in batches (one stringify call per batch, not per row). */
class CsvBatcher {
  private rows: Cell[][] = [];
  constructor(
    private readonly sink: TextSink,
    private readonly format: CsvFormat,
  ) {}
  add(row: Cell[]): void {
    this.rows.push(row);
    if (this.rows.length >= BATCH) this.flush();
  }
  flush(): void {
    if (this.rows.length === 0) return;
    this.sink.write(csvRows(this.rows, this.format));
    this.rows = [];
  }
}

export function runReplication(
  scenario: Scenario,
  task: ReplicationTask,
  sinks: RecordSinks,
  format: CsvFormat,
  kernel: KernelName = 'fast',
): Metrics {
  const { mode, replication } = task;
  const options: SimulateOptions = { kernel };
  const concerns = sinks.concerns ? new CsvBatcher(sinks.concerns, format) : null;
  const hours = sinks.timeseries ? new CsvBatcher(sinks.timeseries, format) : null;
  const trace = sinks.trace;
  if (concerns) options.onConcern = (r) => concerns.add(concernRow(r, mode, replication));
  if (hours) options.onHour = (h) => hours.add(hourRow(h, mode, replication));
  if (trace) options.sink = (event) => trace.write(traceLine(event, mode, replication));
  const metrics = simulate(scenario, mode, replication, options);
  concerns?.flush();
  hours?.flush();
  return metrics;
}

/**
 * Builds each distinct variant's Scenario once per thread (a sweep has one per value) from
 * the validated data the main thread sends: the same Scenario parseScenario returned there.
 */
export class ScenarioCache {
  private readonly cache = new Map<string, Scenario>();

  get(task: ReplicationTask): Scenario {
    const key = JSON.stringify(task.overrides);
    let scenario = this.cache.get(key);
    if (!scenario) {
      scenario = normalise(task.data);
      if (this.cache.size > 64) this.cache.clear();
      this.cache.set(key, scenario);
    }
    return scenario;
  }
}
