// The orgflow entry point and the one place that decides how the process ends:
// 0 ok, 1 runtime failure, 2 bad usage or invalid scenario (also a run refused by its size
// estimate), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM). A signal is handled at
// once: long replications run on worker threads (cli/schedule/runner.ts), so the main
// thread is free to remove the temporary files and exit.
import { CommanderError } from 'commander';
import { ScenarioError, UsageError } from './errors.js';
import { buildProgram } from './program.js';
import { removeTemporaryFiles } from './output/atomic.js';

const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

const debug = /(^|,)\s*(orgflow|\*)\s*(,|$)/.test(process.env.DEBUG ?? '');

function report(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has printed its message (and our "see orgflow <cmd> --help" hint);
    // help and version "errors" carry exit code 0.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof ScenarioError) {
    process.stderr.write(`${err.lines.join('\n')}\n`);
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`orgflow: ${err.message}\n${err.hint ? `${err.hint}\n` : ''}`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`orgflow: ${message}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('(set DEBUG=orgflow for details)\n');
  return EXIT.failure;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    removeTemporaryFiles();
    return report(err);
  }
}

function exitOnSignal(code: number, message: string) {
  return () => {
    removeTemporaryFiles();
    process.stderr.write(`\n${message}\n`);
    process.exit(code);
  };
}

// `orgflow … | head` closes stdout early: end quietly instead of a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  removeTemporaryFiles();
  process.exit(err.code === 'EPIPE' ? EXIT.ok : EXIT.failure);
});
// Nowhere left to report a failure on stderr itself: carry on quietly.
process.stderr.on('error', () => {});
process.on('SIGINT', exitOnSignal(EXIT.interrupted, 'orgflow: interrupted; no output files were written'));
process.on('SIGTERM', exitOnSignal(EXIT.terminated, 'orgflow: terminated; no output files were written'));

process.exitCode = await main(process.argv.slice(2));
