// orgflow fit <export.csv>: a scenario estimated from a ticket export (one row per piece of
// work), written as commented YAML; --check runs its silo and sets the simulated lead times
// beside the observed ones (docs/model.md#fitting-a-scenario-to-data).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { fitScenario, toRunResult } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { prepareExperiment, printSaturation, runExperiment } from '../experiment.js';
import { parseMapEntry, type MapEntry } from '../fit/columns.js';
import { readExport, type BadRow } from '../fit/read-export.js';
import { scenarioYaml } from '../fit/scenario-yaml.js';
import { colourEnabled, log, out } from '../io.js';
import { overridesFrom, parseLoaded } from '../load.js';
import { AtomicFile } from '../output/atomic.js';
import { humaniseMinutes } from '../output/humanise.js';
import { renderTable } from '../output/table.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

interface FitOptions extends CommonOptions {
  map?: MapEntry[];
  out?: string;
  calendar: 'auto' | 'none';
  crossSkill: number;
  maxBadShare: number;
  check?: boolean;
}

/** Bad rows listed one by one up to this many; all of them are counted. */
const LISTED = 20;

function share(value: string): number {
  const x = Number(value.replace(',', '.'));
  if (!(x >= 0 && x <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return x;
}

function proficiency(value: string): number {
  const x = share(value);
  if (x < 0.001) throw new InvalidArgumentError('expected a proficiency from 0.001 to 1.');
  return x;
}

function reportBadRows(file: string, bad: readonly BadRow[], total: number, limit: number): void {
  if (bad.length === 0) return;
  const percent = total > 0 ? (100 * bad.length) / total : 100;
  log(`${file}: ${bad.length} of ${total} rows cannot be used (${percent.toFixed(1)} %):`);
  for (const { line, reason } of bad.slice(0, LISTED)) log(`${file}:${line}: ${reason}`);
  if (bad.length > LISTED) log(`... and ${bad.length - LISTED} more`);
  if (bad.length > limit * total) {
    throw new UsageError(
      `${percent.toFixed(1)} % of the rows cannot be used, more than --max-bad-share ${limit}: fix the export or the --map`,
      'see orgflow fit --help',
    );
  }
}

export function registerFit(program: Command): void {
  const cmd = program
    .command('fit')
    .description('estimate a scenario from a ticket export (CSV, one row per task) and write it as commented YAML')
    .argument('<export>', 'CSV file with a header: one row per piece of work (orgflow run --csv writes tasks.csv in this shape)')
    .option(
      '--map <column=field>',
      'which column holds which field (repeatable), e.g. --map Erledigt=finished',
      (v: string, prev: MapEntry[] | undefined) => [...(prev ?? []), parseMapEntry(v)],
    )
    .option('-o, --out <file>', 'write the scenario to FILE (default: stdout)')
    .addOption(
      new Option('--calendar <mode>', 'auto: opening hours from when work happens, work counted in open minutes only')
        .choices(['auto', 'none'])
        .default('none'),
    )
    .option('--cross-skill <p>', 'proficiency of the proposed team members in skills outside their department', proficiency, 0.6)
    .option('--max-bad-share <share>', 'give up (exit 2) when more than this share of rows cannot be used', share, 0.05)
    .option('--check', "run the fitted silo and print its lead times beside the export's");
  addCommonOptions(cmd)
    .addHelpText(
      'after',
      `
Fields: concern, type, task, skill, created, started, finished, department, assignee (and
piece, replication, mode in orgflow's own tasks.csv). Columns are found by their usual names
(English and German: Ticket-ID, Kategorie, Schritt, Bearbeiter, Abteilung, Erstellt,
Begonnen, Erledigt, ...); --map names the rest. Delimiter , ; tab or |, found by itself.
Times: ISO 8601 (2026-01-05T08:30, with or without an offset: the wall clock as written
counts), 05.01.2026 08:30[:00], or bare minutes. Rows that cannot be used are listed with
their line numbers on stderr and counted.

Examples:
  $ orgflow fit tickets.csv --out fitted.yaml --check
  $ orgflow fit export.csv --map "Ticket Nr=concern" --map Kategorie=type --calendar auto -o fitted.yaml
  $ orgflow compare fitted.yaml`,
    )
    .action(async (file: string, options: FitOptions) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
      }
      const data = readExport(text, options.map ?? []);
      if (data.otherMode > 0 && !options.quiet)
        log(`${file}: ${data.otherMode} rows of the team organisation skipped (fit reads the silo)`);
      reportBadRows(file, data.bad, data.total - data.otherMode, options.maxBadShare);
      if (data.rows.length === 0) throw new UsageError(`${file}: no usable rows`);
      const fitted = fitScenario(data.rows, { calendar: options.calendar });
      const yaml = scenarioYaml(fitted, {
        source: basename(file),
        cross: options.crossSkill,
        calendar: options.calendar,
        unusable: data.bad.length,
      });
      // The fitted file must itself be valid: a fit that is not is a bug, not bad input.
      const loaded = parseLoaded(options.out ?? 'fitted scenario', yaml, [], 'any');
      if (options.out) {
        const target = new AtomicFile(options.out);
        target.write(yaml);
        target.commit();
      } else out(yaml);
      if (!options.check) return;
      const silo = parseLoaded(loaded.file, yaml, overridesFrom(options), 'silo');
      const [byMode] = await runExperiment(
        prepareExperiment([{ value: null, loaded: silo }], ['silo'], { ...options, label: 'fitted silo' }),
      );
      const result = toRunResult(silo.scenario, 'silo', byMode.silo);
      printSaturation([result], options.quiet);
      const observed = fitted.leadTime;
      const simulated = result.metrics.leadTime;
      const rows = (['mean', 'p50', 'p85', 'p95'] as const).map((k) => [
        k,
        humaniseMinutes(observed[k]),
        humaniseMinutes(simulated[k].mean),
        `${((100 * (simulated[k].mean - observed[k])) / observed[k]).toFixed(1)} %`,
      ]);
      const columns = [
        { title: 'lead time', align: 'left' as const },
        { title: 'observed', align: 'right' as const },
        { title: 'fitted silo', align: 'right' as const },
        { title: 'difference', align: 'right' as const },
      ];
      // stdout holds the scenario when there is no --out: the comparison then goes to stderr.
      if (options.out) out(renderTable(columns, rows, colourEnabled()));
      else log(renderTable(columns, rows, colourEnabled(process.stderr)));
    });
}
