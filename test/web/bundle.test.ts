// The page's bundles as Vite builds them: simjs is in none of them (the page never selects
// that event list), and yaml and zod sit in a chunk of their own that the simulation worker
// loads only when a file needs parsing; the helper workers never load them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let out = '';
let chunks: { name: string; text: string }[] = [];

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'orgflow-bundle-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
  const assets = join(out, 'assets');
  chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(assets, name), 'utf8') }));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** simjs's event list class and yaml's and zod's error classes: names minifiers keep (they are strings in the code). */
const SIMJS = /PQueue|useFacility/;
const PARSER = /YAMLParseError|ZodError|\$ZodType/;
const entry = (prefix: string) => {
  const found = chunks.filter((c) => c.name.startsWith(prefix));
  expect(found.map((c) => c.name)).toHaveLength(1);
  return found[0];
};
/** Chunks a chunk imports statically (`import … from "./x.js"`), transitively. */
function staticGraph(start: { name: string; text: string }): string[] {
  const seen = new Set<string>([start.name]);
  const queue = [start];
  while (queue.length > 0) {
    const chunk = queue.pop()!;
    for (const m of chunk.text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const next = chunks.find((c) => c.name === m[1]);
      if (next && !seen.has(next.name)) {
        seen.add(next.name);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

describe('the built page', () => {
  it('contains no simjs in any chunk', () => {
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.filter((c) => SIMJS.test(c.text)).map((c) => c.name)).toEqual([]);
  });

  it('keeps yaml and zod out of what the simulation and helper workers load at start, in a chunk loaded on demand', () => {
    const lazy = chunks.filter((c) => PARSER.test(c.text));
    expect(lazy.length).toBeGreaterThan(0);
    for (const worker of [entry('sim-worker'), entry('helper-worker')]) {
      const loaded = staticGraph(worker);
      expect(loaded.filter((name) => lazy.some((c) => c.name === name))).toEqual([]);
    }
  });
});
