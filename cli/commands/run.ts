// orgflow run <scenario>: one organisation, mean and 95% CI per metric.
import { Option, type Command } from 'commander';
import { modesOf, toRunResult, type MetricsByMode, type Mode } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { colourEnabled, out } from '../io.js';
import { loadScenario, overridesFrom, type LoadedScenario } from '../load.js';
import { addCommonOptions, addOutputOptions, requireCsvForExcel, parseMode, type CommonOptions, type OutputOptions } from '../options.js';
import { runView } from '../output/views.js';
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

interface RunOptions extends CommonOptions, OutputOptions, ShardOptions {
  mode?: Mode;
}

export function registerRun(program: Command): void {
  const cmd = program
    .command('run')
    .description('simulate one organisation (silo = Ampel, team = Kreisverkehr) and report every metric')
    .argument('<scenario>', 'scenario file (YAML)')
    .addOption(new Option('-m, --mode <mode>', 'organisation to run: silo or team (default: the one the file has)').argParser(parseMode));
  addShardOptions(addOutputOptions(addCommonOptions(cmd)))
    .addHelpText(
      'after',
      `
Examples:
  $ orgflow run scenarios/versicherung.yaml --mode silo
  $ orgflow run my.yaml --mode team --replications 40 --seed 7 --json > team.json
  $ orgflow run my.yaml --mode silo --set organisations.silo.departments.0.staff=5 --csv out/
  $ orgflow run my.yaml --mode team --shard 2/4 --out parts/2.json   # then: orgflow merge parts/*.json`,
    )
    .action(async (file: string, options: RunOptions) => {
      requireCsvForExcel(options, 'run');
      const { json, csv, excel, trace, parquet } = options;
      const shard = shardRequest(
        options,
        { '--json': json, '--csv': csv, '--excel': excel, '--trace': trace, '--parquet': parquet },
        'run',
      );
      const { loaded, mode } = chooseOrganisation(file, options);
      const experiment = prepareRun(loaded, mode, { ...options, shard });
      if (shard) {
        const invocation: Invocation = {
          command: 'run',
          file,
          text: loaded.text,
          overrides: loaded.overrides,
          mode,
          param: null,
          values: null,
        };
        return runShard(invocation, experiment, shard, options.quiet);
      }
      const [byMode] = await runExperiment(experiment);
      printRun(loaded, mode, byMode, options);
    });
}

/** The scenario's warnings, then the experiment of one organisation (run and merge share this). */
export function prepareRun(loaded: LoadedScenario, mode: Mode, options: ExperimentRequest): Experiment {
  printWarnings(loaded, options.quiet);
  return prepareExperiment([{ value: null, loaded }], [mode], options);
}

/** What run prints once it has every replication (run and merge share this). */
export function printRun(loaded: LoadedScenario, mode: Mode, byMode: MetricsByMode, options: { json?: boolean; quiet?: boolean }): void {
  const result = toRunResult(loaded.scenario, mode, byMode[mode]);
  printSaturation([result], options.quiet);
  out(options.json ? toJson(result) : runView(result, colourEnabled()));
}

/** --mode if given; otherwise the only organisation in the file (both: ask which, or compare). */
function chooseOrganisation(file: string, options: RunOptions): { loaded: LoadedScenario; mode: Mode } {
  const overrides = overridesFrom(options);
  if (options.mode) return { loaded: loadScenario(file, overrides, options.mode), mode: options.mode };
  const loaded = loadScenario(file, overrides, 'any');
  const modes = modesOf(loaded.scenario);
  if (modes.length > 1) {
    throw new UsageError(
      `${file} describes both organisations: choose one with --mode silo or --mode team, or run \`orgflow compare ${file}\``,
      'see orgflow run --help',
    );
  }
  const mode = modes[0];
  return { loaded: loadScenario(file, overrides, mode), mode };
}
