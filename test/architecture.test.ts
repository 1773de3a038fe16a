// The engine in src/ runs unchanged in Node and in a browser worker: these rules keep it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sources(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const imports = (text: string): string[] => [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);

describe('src/ (the shared engine)', () => {
  it('imports no node: modules and nothing from cli/ or web/', () => {
    const bad = files.flatMap(({ path, text }) => imports(text)
      .filter((spec) => spec.startsWith('node:') || /(^|\/)(cli|web)\//.test(spec))
      .map((spec) => `${path}: ${spec}`));
    expect(bad).toEqual([]);
  });

  it('uses no console, DOM or Node globals', () => {
    const globals = /\b(console\.|document\.|window\.(?!Sim)|localStorage|process\.|Buffer\.|require\()/;
    const bad = files.filter(({ path, text }) => !path.startsWith('src/kernel/') && globals.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('lets only src/kernel/ import simjs', () => {
    const bad = files.filter(({ path, text }) => !path.startsWith('src/kernel/') && imports(text).includes('simjs')).map(({ path }) => path);
    expect(bad).toEqual([]);
  });
});
