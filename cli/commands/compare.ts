// orgflow compare <scenario>: both organisations on the same customers, side by side,
// with the paired difference (team − silo) and a verdict per metric.
import type { Command } from 'commander';
import { modesOf, toCompareResult } from '../../src/index.js';
import { colourEnabled, out } from '../io.js';
import { loadScenario, overridesFrom } from '../load.js';
import { addCommonOptions, addOutputOptions, requireCsvForExcel, type CommonOptions, type OutputOptions } from '../options.js';
import { compareView } from '../output/views.js';
import { prepareExperiment, printSaturation, printWarnings, runExperiment, toJson } from '../experiment.js';

export function registerCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('run the same customers through silo (Ampel) and team (Kreisverkehr) and compare them')
    .argument('<scenario>', 'scenario file (YAML) with both organisations');
  addOutputOptions(addCommonOptions(cmd))
    .addHelpText(
      'after',
      `
The difference column is team − silo with its 95% confidence interval over paired
replications; "no significant difference" means that interval contains 0.

Examples:
  $ orgflow compare scenarios/versicherung.yaml
  $ orgflow compare my.yaml --replications 40 --json | jq .difference.leadTime.mean
  $ orgflow compare my.yaml --set arrivals.rate=14/h --csv out/ --excel --trace out/trace.jsonl`,
    )
    .action(async (file: string, options: CommonOptions & OutputOptions) => {
      requireCsvForExcel(options, 'compare');
      const loaded = loadScenario(file, overridesFrom(options), 'both');
      printWarnings(loaded, options.quiet);
      const [byMode] = await runExperiment(prepareExperiment([{ value: null, loaded }], modesOf(loaded.scenario), options));
      const result = toCompareResult(loaded.scenario, byMode);
      printSaturation([result.silo, result.team], options.quiet);
      out(options.json ? toJson(result) : compareView(result, colourEnabled()));
    });
}
