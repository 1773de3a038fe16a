// orgflow merge FILE...: the parts of a run, compare or sweep cut with --shard K/N, checked
// to be one whole experiment and printed exactly as the command without --shard prints:
// the experiment is rebuilt from the parts (same scenario text, overrides and values, so the
// same warnings), then the same printing code runs on the parts' Metrics.
import type { Command } from 'commander';
import { groupByVariant, type Metrics, type MetricsByMode } from '../../src/index.js';
import { UsageError } from '../errors.js';
import type { Experiment } from '../experiment.js';
import { parseLoaded } from '../load.js';
import { requireCsvForExcel } from '../options.js';
import { experimentHash } from '../shard/hash.js';
import { mergedMetrics, readParts, type NamedPart } from '../shard/merge-parts.js';
import { prepareSweep } from '../sweep/run-sweep.js';
import { prepareCompare, printCompare } from './compare.js';
import { prepareRun, printRun } from './run.js';
import { printSweep, type SweepOutputOptions } from './sweep.js';

interface MergeOptions extends SweepOutputOptions {
  quiet?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine the parts of a run, compare or sweep made with --shard K/N and print what the whole run prints')
    .argument('<part...>', 'the part files (--out FILE of each shard), in any order')
    .option('--json', 'print one JSON document instead of a table')
    .option('--csv <file>', 'sweep parts: write the rows to FILE (as sweep --csv FILE)')
    .option('--excel', 'CSV for a German spreadsheet: ";" separator, decimal comma, UTF-8 with BOM')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
The parts must be all N shards of one experiment: same scenario, options and N, every K
exactly once. The output is byte for byte what the command without --shard prints.
Recipes for Kubernetes, Slurm, GNU parallel and xargs: docs/batch.md.

Examples:
  $ orgflow sweep my.yaml --param arrivals.rate --range 6/h:14/h:2/h --shard 1/2 --out parts/1.json
  $ orgflow sweep my.yaml --param arrivals.rate --range 6/h:14/h:2/h --shard 2/2 --out parts/2.json
  $ orgflow merge parts/*.json --csv sweep.csv
  $ orgflow merge parts/*.json --json > compare.json     # parts of orgflow compare --shard`,
    )
    .action(async (paths: string[], options: MergeOptions) => {
      requireCsvForExcel(options, 'merge');
      const parts = readParts(paths);
      const { invocation } = parts[0].part;
      if (invocation.command !== 'sweep' && options.csv !== undefined) {
        throw new UsageError(
          `these are parts of orgflow ${invocation.command}, whose record files (--csv DIR) cannot be made from shards; run it without --shard for them`,
        );
      }
      const { quiet } = options;
      // Already admitted when the shards ran; here nothing is simulated.
      const request = { quiet, yes: true, workers: 1 };
      const { file, text, overrides } = invocation;
      switch (invocation.command) {
        case 'run': {
          const { mode } = invocation;
          const loaded = parseLoaded(file, text, overrides, mode);
          const [byMode] = results(parts, prepareRun(loaded, mode, request));
          printRun(loaded, mode, byMode, options);
          return;
        }
        case 'compare': {
          const loaded = parseLoaded(file, text, overrides, 'both');
          const [byMode] = results(parts, prepareCompare(loaded, request));
          printCompare(loaded, byMode, options);
          return;
        }
        case 'sweep': {
          const { param, values } = invocation;
          const mode = invocation.mode ?? undefined;
          const sweep = prepareSweep({ file, text, overrides, param, values, mode, ...request });
          await printSweep(sweep, param, options, async () => results(parts, sweep.experiment));
        }
      }
    });
}

/** The parts' Metrics regrouped as the rebuilt experiment's run would give them. */
function results(parts: readonly NamedPart[], experiment: Experiment): MetricsByMode[] {
  const [{ path, part }] = parts;
  if (experimentHash(part.invocation, experiment) !== part.hash) {
    throw new UsageError(
      `${path}: the scenario and options it stores do not match its hash (edited, or written by another orgflow version)`,
    );
  }
  const metrics: Metrics[] = mergedMetrics(parts, experiment.plan);
  return groupByVariant(experiment.plan, metrics);
}
