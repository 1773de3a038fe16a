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
const imports = (text: string): string[] =>
  [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);

describe('src/ (the shared engine)', () => {
  it('imports no node: modules and nothing from cli/ or web/', () => {
    const bad = files.flatMap(({ path, text }) =>
      imports(text)
        .filter((spec) => spec.startsWith('node:') || /(^|\/)(cli|web)\//.test(spec))
        .map((spec) => `${path}: ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('uses no console, DOM or Node globals', () => {
    const globals = /\b(console\.|document\.|window\.(?!Sim)|localStorage|process\.|Buffer\.|require\()/;
    const bad = files
      .filter(({ path, text }) => !path.startsWith('src/kernel/') && globals.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });

  it('lets only src/kernel/ import simjs', () => {
    const bad = files
      .filter(({ path, text }) => !path.startsWith('src/kernel/') && imports(text).includes('simjs'))
      .map(({ path }) => path);
    expect(bad).toEqual([]);
  });
});

/**
 * Packages a module loads at run time, following relative imports (type-only imports are
 * erased); with `lazily`, also through dynamic `import('…')`.
 */
function runtimePackages(entry: string, lazily = false): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map(
      (m) => m[1] ?? m[2],
    );
    if (lazily) specs.push(...[...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]));
    for (const spec of specs) {
      if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(join(root, entry));
  return packages;
}

describe('worker threads and helper workers', () => {
  // They get the validated scenario data and rebuild the Scenario with normalise(): loading
  // yaml and zod cost each pool thread about 200 ms before its first replication.
  it.each(['cli/replicate/worker.ts', 'web/worker/helper-worker.ts'])('%s loads neither yaml nor zod', (entry) => {
    const packages = runtimePackages(entry, true);
    expect(packages.has('yaml') || packages.has('zod')).toBe(false);
  });

  // It runs an unchanged shipped file from the build's validation, so it starts without them.
  it('the simulation worker loads yaml and zod only when it parses a file (the walk sees through the graph)', () => {
    const eager = runtimePackages('web/worker/sim-worker.ts');
    expect(eager.has('yaml') || eager.has('zod')).toBe(false);
    const lazy = runtimePackages('web/worker/sim-worker.ts', true);
    expect(lazy.has('yaml') && lazy.has('zod')).toBe(true);
  });
});
