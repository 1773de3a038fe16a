// orgflow validate <scenario>...: every file either "file: ok" or every located issue;
// any invalid (or unreadable) file makes the whole command fail with exit code 2.
import type { Command } from 'commander';
import { formatIssue, loadParser } from '../../src/index.js';
import { ScenarioError, UsageError } from '../errors.js';
import { log, out } from '../io.js';
import { readScenarioText, warningLines } from '../load.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check scenario files without running them')
    .argument('<scenario...>', 'one or more scenario files (YAML)')
    .option('-q, --quiet', 'print nothing for valid files and no warnings')
    .addHelpText(
      'after',
      `
Each problem is printed as  file:line:column path: message (expected …, found …).
Exit code 0 when every file is valid, 2 when any is not.

Examples:
  $ orgflow validate scenarios/*.yaml
  $ orgflow validate my.yaml && orgflow compare my.yaml`,
    )
    .action(async (files: string[], options: { quiet?: boolean }) => {
      const { parseScenario } = await loadParser();
      const problems: string[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = readScenarioText(file);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          problems.push(err.message);
          continue;
        }
        const result = parseScenario(text, { file, mode: 'any' });
        if (result.issues.length > 0) {
          problems.push(...result.issues.map((issue) => formatIssue(file, issue)));
          continue;
        }
        if (!options.quiet) {
          for (const line of warningLines(file, result.warnings)) log(line);
          out(`${file}: ok`);
        }
      }
      if (problems.length > 0) throw new ScenarioError(problems);
    });
}
