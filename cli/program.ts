// The commander program: global settings, then one register function per command.
// Usage errors throw (exitOverride) so that main.ts alone decides the exit code.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerCompare } from './commands/compare.js';
import { registerFit } from './commands/fit.js';
import { registerInit } from './commands/init.js';
import { registerMerge } from './commands/merge.js';
import { registerMatch } from './commands/match.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerSweep } from './commands/sweep.js';
import { registerValidate } from './commands/validate.js';

/** package.json's version: two levels up from dist/cli/, one from cli/ under tsx. */
function version(): string {
  for (const up of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'orgflow' && pkg.version) return pkg.version;
    } catch {
      /* try the next level */
    }
  }
  return 'unknown';
}

export function buildProgram(): Command {
  const program = new Command('orgflow')
    .description('Ampel vs. Kreisverkehr: run the same customer concerns through a silo organisation and a team organisation')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .showHelpAfterError('see orgflow --help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
    });
  program.addHelpText(
    'after',
    `
Examples:
  $ orgflow init workshop.yaml              # a commented starter scenario
  $ orgflow compare scenarios/versicherung.yaml
  $ orgflow sweep my.yaml --param arrivals.rate --range 6/h:14/h:2/h

Exit codes: 0 ok, 1 runtime failure, 2 bad usage, invalid scenario or a large run without --yes,
130 interrupted (Ctrl-C), 143 terminated.`,
  );
  for (const register of [
    registerRun,
    registerCompare,
    registerSweep,
    registerMatch,
    registerMerge,
    registerValidate,
    registerSchema,
    registerInit,
    registerFit,
  ])
    register(program);
  for (const cmd of program.commands) cmd.showHelpAfterError(`see orgflow ${cmd.name()} --help`);
  return program;
}
