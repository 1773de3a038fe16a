// orgflow init [file]: a commented starter scenario to edit, never over an existing file
// unless --force.
import type { Command } from 'commander';
import { starterScenario } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { log } from '../io.js';
import { AtomicFile } from '../output/atomic.js';
import { writeFailure } from '../output/run-outputs.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented starter scenario')
    .argument('[file]', 'where to write it', 'scenario.yaml')
    .option('-f, --force', 'overwrite the file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ orgflow init                    # writes ./scenario.yaml
  $ orgflow init workshop.yaml && orgflow compare workshop.yaml
  $ orgflow init scenario.yaml --force`,
    )
    .action((file: string, options: { force?: boolean }) => {
      let target: AtomicFile;
      try {
        target = new AtomicFile(file);
      } catch (err) {
        throw writeFailure(err, file);
      }
      try {
        target.write(starterScenario());
        target.commit({ overwrite: options.force === true });
      } catch (err) {
        target.abort();
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new UsageError(`${file} exists already; use --force to overwrite it`, 'see orgflow init --help');
        }
        throw writeFailure(err, file);
      }
      log(`wrote ${file}: edit it, then run \`orgflow validate ${file}\` and \`orgflow compare ${file}\``);
    });
}
