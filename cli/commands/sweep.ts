// orgflow sweep <scenario> --param PATH (--values LIST | --range FROM:TO:STEP): the same
// scenario at each value of one parameter, both organisations, to find where the
// Kreisverkehr stops (or starts) beating the Ampel.
import { Option, type Command } from 'commander';
import type { Metrics } from '../../src/metrics/types.js';
import type { Mode } from '../../src/scenario/types.js';
import { UsageError } from '../errors.js';
import { colourEnabled, out } from '../io.js';
import { loadScenario, overridesFrom, parseLoaded, type LoadedScenario } from '../load.js';
import { addCommonOptions, defaultWorkers, parseMode, type CommonOptions } from '../options.js';
import { sweepView } from '../output/sweep-view.js';
import { SweepCsv } from '../output/sweep-csv.js';
import { startProgress } from '../output/progress.js';
import { runReplications } from '../replicate/runner.js';
import { printWarnings, sourceOf, tasksFor, toJson } from '../simulation.js';
import { crossovers, nestedMetrics, sweepRows } from '../sweep/rows.js';
import { parseRange, parseValueList } from '../sweep/values.js';

interface SweepOptions extends CommonOptions {
  param: string;
  values?: string[];
  range?: string[];
  mode?: Mode;
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
  addCommonOptions(cmd)
    .addHelpText('after', `
Each row shows mean ± half the 95% CI. The table marks the value where the team starts
or stops beating the silo on mean lead time.

Examples:
  $ orgflow sweep scenarios/versicherung.yaml --param arrivals.rate --range 6/h:14/h:2/h
  $ orgflow sweep my.yaml --param organisations.silo.handoff.infoLoss --values 0,0.05,0.1,0.2
  $ orgflow sweep my.yaml --param organisations.team.coordination --range 0:0.3:0.05 --csv sweep.csv`)
    .action(async (file: string, options: SweepOptions) => {
      const values = options.values ?? options.range;
      if (!values) throw new UsageError('give the values with --values LIST or --range FROM:TO:STEP', 'see orgflow sweep --help');
      const base = overridesFrom(options);
      const modes = chooseModes(file, base, options.mode);
      const parseMode = modes.length === 2 ? 'both' : modes[0];
      const perValue: LoadedScenario[] = [];
      const first = loadScenario(file, base, parseMode);
      for (const value of values) {
        const loaded = parseLoaded(file, first.text, [...base, { path: options.param, value }], parseMode);
        printWarnings(loaded, options.quiet, `${options.param}=${value}: `);
        perValue.push(loaded);
      }
      const tasks = perValue.map((loaded) => tasksFor(loaded, modes));
      const csv = options.csv !== undefined ? new SweepCsv(options.csv, { excel: options.excel === true }) : null;
      const progress = startProgress(tasks.flat().length, `sweep ${options.param}`, options.quiet);
      let metrics: Metrics[];
      try {
        metrics = await runReplications({
          source: sourceOf(first, parseMode),
          tasks: tasks.flat(),
          sinks: {},
          excel: false,
          onTaskDone: () => progress.tick(),
        }, options.workers ?? defaultWorkers());
      } catch (err) {
        csv?.abort();
        throw err;
      } finally {
        progress.stop();
      }
      let offset = 0;
      const results = tasks.map((list) => {
        const byMode: Record<Mode, Metrics[]> = { silo: [], team: [] };
        list.forEach((task, i) => byMode[task.mode].push(metrics[offset + i]));
        offset += list.length;
        return byMode;
      });
      const rows = sweepRows(values, modes, results);
      const marks = modes.length === 2 ? crossovers(rows) : null;
      csv?.commit(options.param, rows);
      if (options.json) {
        out(toJson({
          scenario: first.scenario.name,
          param: options.param,
          seed: first.scenario.seed,
          replications: first.scenario.replications,
          rows: rows.map((row) => ({ value: row.value, mode: row.mode, metrics: nestedMetrics(row) })),
          crossovers: marks ?? [],
        }));
      } else {
        out(sweepView(options.param, rows, marks, colourEnabled()));
      }
    });
}

/** --mode if given, else every organisation the file describes. */
function chooseModes(file: string, overrides: LoadedScenario['overrides'], mode: Mode | undefined): Mode[] {
  if (mode) return [mode];
  const { scenario } = loadScenario(file, overrides, 'any');
  return [...(scenario.silo ? ['silo' as const] : []), ...(scenario.team ? ['team' as const] : [])];
}
