// orgflow match <scenario> --metric KEY --param PATH…: how many people would the silo need
// to be no worse than the team? The search is src/experiment/match.ts; running it, cli/match/.
import { InvalidArgumentError, type Command } from 'commander';
import { colourEnabled, out } from '../io.js';
import { overridesFrom } from '../load.js';
import { addCommonOptions, parseInteger, type CommonOptions } from '../options.js';
import { matchJson, matchView } from '../output/match-view.js';
import { printSaturation, toJson } from '../experiment.js';
import { MATCH_METRICS, prepareMatch, runMatch } from '../match/run-match.js';

interface MatchOptions extends CommonOptions {
  metric: string;
  param: string[];
  maxHeadcount?: number;
  json?: boolean;
}

function parseHeadcountLimit(value: string): number {
  const n = parseInteger(value);
  if (n < 0) throw new InvalidArgumentError('expected a whole number of people, 0 or more.');
  return n;
}

/** Words joined by ", " in lines of at most `width` characters, indented by two. */
function wrapped(words: readonly string[], width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}, ${word}`;
    if (next.length + 2 > width && line !== '') {
      lines.push(`${line},`);
      line = word;
    } else line = next;
  }
  return [...lines, line].map((l) => `  ${l}`).join('\n');
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerMatch(program: Command): void {
  const cmd = program
    .command('match')
    .description('find the fewest extra silo staff at which the silo is no worse than the team on one metric')
    .argument('<scenario>', 'scenario file (YAML) with both organisations')
    .requiredOption('--metric <key>', 'the metric to match, e.g. leadTime.p85 or throughputPerDay')
    .requiredOption(
      '-p, --param <path>',
      'a silo staff field to add people to (repeatable), e.g. organisations.silo.departments.1.staff',
      collect,
    )
    .option('--max-headcount <n>', 'most extra people in total to try (default: the team headcount)', parseHeadcountLimit)
    .option('--json', 'print one JSON document instead of tables');
  addCommonOptions(cmd)
    .addHelpText(
      'after',
      `
The search tries 0, 1, 2, … extra people in total, every way of spreading them over the
--param fields, and stops at the first total where the silo is no worse; of several
staffings there, the best silo mean wins (on a tie, the one with more people on earlier
fields). Every staffing runs the same seed and replications as the team (common random
numbers), so staffings differ only by their staff.

"No worse" means the paired 95% CI of team − silo, as compare prints it, does not show the
team better: it contains 0 or lies on the team-worse side (compare's verdict is "no
significant difference" or "team worse"). More replications narrow the interval and may
need more people. No staffing up to --max-headcount is an answer too (exit 0).

Metrics (those with a better direction):
${wrapped(MATCH_METRICS.map((m) => m.key))}.

Examples:
  $ orgflow match scenarios/versicherung.yaml --metric leadTime.p85 \\
      --param organisations.silo.departments.1.staff
  $ orgflow match scenarios/versicherung.yaml --set arrivals.rate=14/h --metric throughputPerDay \\
      --param organisations.silo.departments.0.staff --param organisations.silo.departments.1.staff
  $ orgflow match my.yaml --metric errorRate --param organisations.silo.intake.staff --json`,
    )
    .action(async (file: string, options: MatchOptions) => {
      const prepared = prepareMatch({
        file,
        metric: options.metric,
        params: options.param,
        maxHeadcount: options.maxHeadcount,
        overrides: overridesFrom(options),
        workers: options.workers,
        quiet: options.quiet,
        kernel: options.kernel,
        yes: options.yes,
      });
      const outcome = await runMatch(prepared);
      printSaturation(outcome.comparison ? [outcome.comparison.silo, outcome.comparison.team] : [outcome.teamResult], options.quiet);
      out(options.json ? toJson(matchJson(outcome)) : matchView(outcome, colourEnabled()));
    });
}
