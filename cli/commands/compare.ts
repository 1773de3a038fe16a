// orgflow compare <scenario>: both organisations on the same customers, side by side,
// with the paired difference (team − silo) and a verdict per metric.
import type { Command } from 'commander';
import { modesOf, toCompareResult, type MetricsByMode } from '../../src/index.js';
import { colourEnabled, out } from '../io.js';
import { loadScenario, overridesFrom, type LoadedScenario } from '../load.js';
import { addCommonOptions, addOutputOptions, requireCsvForExcel, type CommonOptions, type OutputOptions } from '../options.js';
import { compareView } from '../output/views.js';
import {
  prepareExperiment,
  printSaturation,
  printWarnings,
  runExperiment,
  toJson,
  type Experiment,
  type ExperimentRequest,
} from '../experiment.js';
import { addShardOptions, shardRequest, type ShardOptions } from '../shard/options.js';
import type { Invocation } from '../shard/part.js';
import { runShard } from '../shard/run-shard.js';

export function registerCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('run the same customers through silo (Ampel) and team (Kreisverkehr) and compare them')
    .argument('<scenario>', 'scenario file (YAML) with both organisations');
  addShardOptions(addOutputOptions(addCommonOptions(cmd)))
    .addHelpText(
      'after',
      `
The difference column is team − silo with its 95% confidence interval over paired
replications; "no significant difference" means that interval contains 0.

Examples:
  $ orgflow compare scenarios/versicherung.yaml
  $ orgflow compare my.yaml --replications 40 --json | jq .difference.leadTime.mean
  $ orgflow compare my.yaml --set arrivals.rate=14/h --csv out/ --excel --trace out/trace.jsonl
  $ orgflow compare my.yaml -r 200 --shard 3/8 --out parts/3.json   # then: orgflow merge parts/*.json`,
    )
    .action(async (file: string, options: CommonOptions & OutputOptions & ShardOptions) => {
      requireCsvForExcel(options, 'compare');
      const { json, csv, excel, trace, parquet } = options;
      const shard = shardRequest(
        options,
        { '--json': json, '--csv': csv, '--excel': excel, '--trace': trace, '--parquet': parquet },
        'compare',
      );
      const loaded = loadScenario(file, overridesFrom(options), 'both');
      const experiment = prepareCompare(loaded, { ...options, shard });
      if (shard) {
        const invocation: Invocation = {
          command: 'compare',
          file,
          text: loaded.text,
          overrides: loaded.overrides,
          mode: null,
          param: null,
          values: null,
        };
        return runShard(invocation, experiment, shard, options.quiet);
      }
      const [byMode] = await runExperiment(experiment);
      printCompare(loaded, byMode, options);
    });
}

/** The scenario's warnings, then the experiment of both organisations (compare and merge share this). */
export function prepareCompare(loaded: LoadedScenario, options: ExperimentRequest): Experiment {
  printWarnings(loaded, options.quiet);
  return prepareExperiment([{ value: null, loaded }], modesOf(loaded.scenario), options);
}

/** What compare prints once it has every replication (compare and merge share this). */
export function printCompare(loaded: LoadedScenario, byMode: MetricsByMode, options: { json?: boolean; quiet?: boolean }): void {
  const result = toCompareResult(loaded.scenario, byMode);
  printSaturation([result.silo, result.team], options.quiet);
  out(options.json ? toJson(result) : compareView(result, colourEnabled()));
}
