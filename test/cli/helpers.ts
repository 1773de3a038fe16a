// Helpers for the CLI tests: spawn the built CLI as a user would, scratch directories,
// and a small RFC 4180 reader so the CSV files are checked by parsing them back.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/orgflow.js');
export const fixture = (name: string) => join(ROOT, 'test/fixtures/cli', name);

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const SIMULATING = new Set(['run', 'compare', 'sweep', 'match']);

/**
 * Runs `node bin/orgflow.js ...args` without a TTY, colour or CI surprises. Simulating
 * commands run in-process (--workers 1) unless the test names --workers: starting a pool
 * per spawned CLI only slows the suite; workers.test.ts and interrupt.test.ts cover the pool.
 */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const pinned = SIMULATING.has(args[0]) && !args.some((a) => a === '--workers' || a === '-w');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args, ...(pinned ? ['--workers', '1'] : [])], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

const shellQuote = (arg: string): string => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * Runs the CLI with a terminal on stdin and stderr (stdout to `stdout`); returns what the
 * terminal showed. util-linux's `script` gives the CLI a terminal (bsdutils is an essential
 * Debian package, so it is always there).
 */
export function onTerminal(args: string[], stdout = '/dev/null'): Promise<{ code: number | null; screen: string }> {
  const command = `${[process.execPath, BIN, ...args].map(shellQuote).join(' ')} > ${shellQuote(stdout)}`;
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/script', ['--quiet', '--return', '--command', command, '/dev/null'], {
      cwd: ROOT,
      // No CI variable: the bar is for a person at a terminal, and CI hides it.
      env: { ...process.env, CI: '', NO_COLOR: '1', COLUMNS: '160' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      screen += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, screen }));
  });
}

/** A fresh directory, removed after the test file. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgflow-cli-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A line of a stack trace ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** RFC 4180: fields separated by `delimiter`, optionally quoted, "" inside quotes is one ". */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header; throws when a row has a different number of cells. */
export function csvRecords(text: string, delimiter = ','): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text, delimiter);
  const records = rows.map((row, n) => {
    if (row.length !== header.length) throw new Error(`CSV row ${n + 2} has ${row.length} cells, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  });
  return { header, records };
}
