// The engine in src/ runs unchanged in Node and in a browser worker, every front end reaches
// it through src/index.ts, and one table decides which organisation runs: these rules keep it so.
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

const read = (dir: string) => sources(join(root, dir)).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const files = read('src');
/** Every module specifier a file names: static imports, re-exports, side-effect and dynamic imports. */
const imports = (text: string): string[] =>
  [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );

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

// Unit tests (test/) may reach into src/ to pin a module's own behaviour; everything a user
// runs goes through the entry.
describe('the front ends (cli/, web/, scripts/, bench/)', () => {
  const frontEnds = ['cli', 'web', 'scripts', 'bench'].flatMap(read);

  it('import the engine only through src/index.ts', () => {
    const deep = frontEnds.flatMap(({ path, text }) =>
      imports(text)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(root, join(root, path, '..', spec)))
        .filter((target) => target.startsWith('src/') && target !== 'src/index.js')
        .map((target) => `${path}: ${target}`),
    );
    expect(deep).toEqual([]);
  });

  it('the rule itself sees a deep import, a re-export and a dynamic import', () => {
    const deep = (text: string) => imports(text).filter((spec) => /src\/(?!index\.js)/.test(spec));
    expect(deep("import { simulate } from '../src/simulate.js';")).toEqual(['../src/simulate.js']);
    expect(deep("export type { Mode } from '../../src/scenario/types.js';")).toEqual(['../../src/scenario/types.js']);
    expect(deep("const p = () => import('../src/scenario/parser.js');")).toEqual(['../src/scenario/parser.js']);
    expect(deep("import { runTask } from '../src/index.js';")).toEqual([]);
  });
});

describe('organisations', () => {
  it('are built only by the table of src/organisations/ (the models are created nowhere else)', () => {
    const everywhere = [...files, ...['cli', 'web', 'scripts', 'bench'].flatMap(read)];
    const builders = everywhere
      .filter(
        ({ path, text }) => !path.startsWith('src/organisations/') && !path.startsWith('src/model/') && /\bcreate(Silo|Teams)\(/.test(text),
      )
      .map(({ path }) => path);
    expect(builders).toEqual([]);
  });

  it('are not told apart by comparing a mode outside the table', () => {
    const switches = [...files, ...['cli', 'web', 'scripts', 'bench'].flatMap(read)]
      .filter(({ path }) => !path.startsWith('src/organisations/'))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/\bmode\s*[!=]==\s*'(silo|team)'|'(silo|team)'\s*[!=]==\s*mode\b/g)].map((m) => `${path}: ${m[0]}`),
      );
    expect(switches).toEqual([]);
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
  // (src/index.ts hands the parser out through loadParser(), whose dynamic import runs only when called.)
  it.each(['cli/schedule/worker.ts', 'web/worker/helper-worker.ts'])('%s loads neither yaml nor zod', (entry) => {
    const packages = runtimePackages(entry);
    expect(packages.has('yaml') || packages.has('zod')).toBe(false);
  });

  it.each(['web/main.ts', 'web/worker/sim-worker.ts', 'web/worker/helper-worker.ts'])(
    '%s does not load simjs (the page never selects it)',
    (entry) => {
      expect(runtimePackages(entry).has('simjs')).toBe(false);
    },
  );

  // It runs an unchanged shipped file from the build's validation, so it starts without them.
  it('the simulation worker loads yaml and zod only when it parses a file (the walk sees through the graph)', () => {
    const eager = runtimePackages('web/worker/sim-worker.ts');
    expect(eager.has('yaml') || eager.has('zod')).toBe(false);
    const lazy = runtimePackages('web/worker/sim-worker.ts', true);
    expect(lazy.has('yaml') && lazy.has('zod')).toBe(true);
  });
});
