// orgflow sweep <scenario> --param PATH (--values LIST | --range FROM:TO:STEP): the same
// scenario at each value of one parameter, both organisations, to find where the
// Kreisverkehr stops (or starts) beating the Ampel.
import { Option, type Command } from 'commander';
import { crossovers, nestedMetrics, type MetricsByMode, type Mode } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { colourEnabled, out } from '../io.js';
import { overridesFrom } from '../load.js';
import { addCommonOptions, parseMode, requireCsvForExcel, type CommonOptions } from '../options.js';
import { SweepCsv } from '../output/sweep-csv.js';
import { sweepView } from '../output/sweep-view.js';
import { runExperiment, toJson } from '../experiment.js';
import { addShardOptions, shardRequest, type ShardOptions } from '../shard/options.js';
import type { Invocation } from '../shard/part.js';
import { runShard } from '../shard/run-shard.js';
import { prepareSweep, sweepResult, type PreparedSweep } from '../sweep/run-sweep.js';
import { parseRange, parseValueList } from '../sweep/values.js';

interface SweepOptions extends CommonOptions, SweepOutputOptions, ShardOptions {
  param: string;
  values?: string[];
  range?: string[];
  mode?: Mode;
}

/** What a sweep prints and writes; merge takes the same. */
export interface SweepOutputOptions {
  json?: boolean;
  csv?: string;
  excel?: boolean;
}

export function registerSweep(program: Command): void {
  const cmd = program
    .command('sweep')
    .description('run the scenario for each value of one parameter and find the crossover')
    .argument('<scenario>', 'scenario file (YAML)')
    .requiredOption('-p, --param <path>', 'the scenario field to vary, e.g. arrivals.rate')
    .addOption(new Option('--values <list>', 'comma-separated values, e.g. 2,3,4 or 8/h,10/h').argParser(parseValueList).conflicts('range'))
    .addOption(new Option('--range <from:to:step>', 'evenly spaced values, units allowed, e.g. 6/h:14/h:2/h').argParser(parseRange))
    .addOption(new Option('-m, --mode <mode>', 'only this organisation (default: both, or the one the file has)').argParser(parseMode))
    .option('--json', 'print the rows as one JSON document')
    .option('--csv <file>', 'write the rows to FILE (one row per value and organisation)')
    .option('--excel', 'CSV for a German spreadsheet: ";" separator, decimal comma, UTF-8 with BOM');
  addShardOptions(addCommonOptions(cmd))
    .addHelpText(
      'after',
      `
Each row shows mean ± half the 95% CI. The table marks the value where the team starts
or stops beating the silo on mean lead time.

Examples:
  $ orgflow sweep scenarios/versicherung.yaml --param arrivals.rate --range 6/h:14/h:2/h
  $ orgflow sweep my.yaml --param organisations.silo.handoff.infoLoss --values 0,0.05,0.1,0.2
  $ orgflow sweep my.yaml --param organisations.team.coordination --range 0:0.3:0.05 --csv sweep.csv
  $ orgflow sweep my.yaml --param arrivals.rate --range 6/h:14/h:2/h --shard 1/8 --out parts/1.json
                                                     # then: orgflow merge parts/*.json --csv sweep.csv`,
    )
    .action(async (file: string, options: SweepOptions) => {
      const values = options.values ?? options.range;
      if (!values) throw new UsageError('give the values with --values LIST or --range FROM:TO:STEP', 'see orgflow sweep --help');
      requireCsvForExcel(options, 'sweep');
      const { json, csv, excel } = options;
      const shard = shardRequest(options, { '--json': json, '--csv': csv, '--excel': excel }, 'sweep');
      const overrides = overridesFrom(options);
      const sweep = prepareSweep({ ...options, file, values, overrides, shard });
      if (shard) {
        const { param, mode } = options;
        const invocation: Invocation = {
          command: 'sweep',
          file,
          text: sweep.base.text,
          overrides,
          mode: mode ?? null,
          param,
          values: [...values],
        };
        return runShard(invocation, sweep.experiment, shard, options.quiet);
      }
      await printSweep(sweep, options.param, options, () => runExperiment(sweep.experiment));
    });
}

/**
 * What a sweep prints and writes once `results` gives each value's replications (sweep and
 * merge share this). The --csv file is opened first, so that a bad path fails before any work.
 */
export async function printSweep(
  sweep: PreparedSweep,
  param: string,
  options: SweepOutputOptions,
  results: () => Promise<MetricsByMode[]>,
): Promise<void> {
  const csv = options.csv !== undefined ? new SweepCsv(options.csv, { excel: options.excel === true }) : null;
  try {
    const { base, modes, rows } = sweepResult(sweep, await results());
    const marks = modes.length === 2 ? crossovers(rows) : null;
    csv?.commit(param, rows);
    out(
      options.json
        ? toJson({
            scenario: base.scenario.name,
            param,
            seed: base.scenario.seed,
            replications: base.scenario.replications,
            rows: rows.map((row) => ({ value: row.value, mode: row.mode, metrics: nestedMetrics(row) })),
            crossovers: marks ?? [],
          })
        : sweepView(param, rows, marks, colourEnabled()),
    );
  } finally {
    csv?.abort();
  }
}
