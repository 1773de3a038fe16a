// orgflow schema: the JSON Schema of a scenario file, for editors (yaml-language-server).
import type { Command } from 'commander';
import { loadParser } from '../../src/index.js';
import { out } from '../io.js';
import { toJson } from '../experiment.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of scenario files')
    .addHelpText(
      'after',
      `
Examples:
  $ orgflow schema > orgflow.schema.json
  # then, first line of a scenario for editors with yaml-language-server:
  # yaml-language-server: $schema=./orgflow.schema.json`,
    )
    .action(async () => {
      const { scenarioJsonSchema } = await loadParser();
      out(toJson(scenarioJsonSchema()));
    });
}
