// Exit codes are decided in one place: 0 ok, 1 runtime failure, 2 bad usage or invalid
// scenario; messages are one readable line (or one per issue), never a stack trace.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, STACK_LINE, cli, fixture, scratch } from './helpers.js';

const SMALL = fixture('small.yaml');
const dir = scratch();

describe('bad usage exits 2 with a hint', () => {
  it.each([
    ['an unknown option', ['run', SMALL, '--bogus'], /unknown option '--bogus'/],
    ['a missing argument', ['run'], /missing required argument 'scenario'/],
    ['a non-numeric number', ['run', SMALL, '--replications', 'many'], /whole number/],
    ['an unknown mode', ['run', SMALL, '--mode', 'matrix'], /silo.*team/],
    ['--excel without --csv', ['run', SMALL, '--mode', 'silo', '--excel'], /--excel only applies/],
  ])('%s', async (_what, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('see orgflow run --help');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown command', async () => {
    const r = await cli(['simulate', SMALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'simulate'/);
  });

  it('a missing scenario file', async () => {
    const r = await cli(['compare', join(dir, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: no such file/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('run on a file with both organisations and no --mode suggests compare', async () => {
    const r = await cli(['run', SMALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--mode silo/);
    expect(r.stderr).toMatch(/orgflow compare/);
  });

  it('sweep without --values or --range', async () => {
    const r = await cli(['sweep', SMALL, '--param', 'arrivals.rate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--values/);
  });
});

describe('an invalid scenario exits 2 with located messages', () => {
  it('validate on a misspelled key prints file:line:column, the path and the key', async () => {
    const file = fixture('misspelled.yaml');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:11:5 organisations.silo.departmens:`);
    expect(r.stderr).toMatch(/departmens/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('validate reports each file: ok for good ones, exit 2 if any is bad', async () => {
    const r = await cli(['validate', SMALL, fixture('misspelled.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${SMALL}: ok\n`);
    expect(r.stderr).toContain('misspelled.yaml:11:5');
  });

  it('validate exits 0 when every file is valid', async () => {
    const r = await cli(['validate', SMALL, fixture('silo-only.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('run with an invalid file prints the same located message and runs nothing', async () => {
    const r = await cli(['run', fixture('misspelled.yaml'), '--mode', 'silo', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/misspelled\.yaml:11:5 organisations\.silo\.departmens/);
  });

  it('compare on a file with one organisation names what is missing', async () => {
    const r = await cli(['compare', fixture('silo-only.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/team/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('runtime failures exit 1', () => {
  it('an unwritable --csv directory', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a directory');
    const r = await cli(['run', SMALL, '--mode', 'silo', '--csv', join(file, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*a-file\/out/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('shows the stack only with DEBUG=orgflow', async () => {
    const file = join(dir, 'b-file');
    writeFileSync(file, '');
    const r = await cli(['run', SMALL, '--mode', 'silo', '--trace', join(file, 't.jsonl')], { env: { DEBUG: 'orgflow' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(STACK_LINE);
  });
});

describe('help and version exit 0', () => {
  it('orgflow without arguments shows the help', async () => {
    const r = await cli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: orgflow/);
    for (const cmd of ['run', 'compare', 'sweep', 'validate', 'schema', 'init']) expect(r.stdout).toContain(cmd);
  });

  it('--version prints the package version', async () => {
    const { version } = (await import(join(ROOT, 'package.json'), { with: { type: 'json' } })).default as { version: string };
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it.each(['run', 'compare', 'sweep', 'validate', 'schema', 'init'])('%s --help explains the options with examples', async (cmd) => {
    const r = await cli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: orgflow ${cmd}`));
    expect(r.stdout).toMatch(/Examples:\n(\s+\$ orgflow .+\n)+/);
  });
});

describe('a closed stdout', () => {
  it('`orgflow --help | head -1` ends quietly', async () => {
    const r = await new Promise<{ code: number | null; out: string; err: string }>((done) => {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { cwd: ROOT });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('close', (code) => done({ code, out, err }));
    });
    expect(r.out).toBe('Usage: orgflow [options] [command]\n');
    expect(r.err).toBe('');
  });

  it('a reader that goes away before the output is written gives no EPIPE trace', async () => {
    const r = await new Promise<{ code: number | null; err: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'compare', SMALL, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // closes our end of the pipe: the CLI's first write meets EPIPE
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('close', (code) => done({ code, err }));
    });
    expect(r.err).not.toMatch(/EPIPE/);
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.code).toBe(0);
  });
});
