// ESLint flat config: @eslint/js and typescript-eslint recommended. Syntactic rules only: the
// type-checked presets would run the type checker a second time (`npm run typecheck` already
// does), which costs more than the whole lint on two cores.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// tsconfig.json gives every file the DOM and Node types, so the compiler cannot tell that a
// browser name slipped into the engine or `process` into the page. no-undef can, with the
// globals each part of the tree really has (typescript-eslint turns it off for TypeScript
// files; it is turned back on below). Type names come from the TypeScript libs named in
// `lib` (as tsconfig's "lib" does), value names from `globals`.

// Listed by `globals` for Node, but missing from Node 20 (package.json: engines >=20.19).
const NOT_IN_NODE_20 = new Set(['CloseEvent', 'ErrorEvent', 'navigator', 'QuotaExceededError', 'Temporal', 'URLPattern', 'WebSocket']);

/** @type {import('eslint').Linter.Globals} */
const node = {
  ...globals.node,
  // @types/node's ambient type namespace (NodeJS.ErrnoException, NodeJS.Signals, ...).
  NodeJS: 'readonly',
};

// src/ runs in Node (the CLI and its worker threads) and in the page's Web Workers.
const workerAndNode = Object.fromEntries(
  Object.entries(globals.worker).filter(([name]) => name in globals.node && !NOT_IN_NODE_20.has(name)),
);

const ES = ['es2023'];
const DOM = ['es2023', 'dom', 'dom.iterable'];
const WORKER = ['es2023', 'webworker', 'webworker.iterable'];

/**
 * One part of the tree with its globals and TypeScript libs.
 * @param {string[]} files
 * @param {string[]} ignores
 * @param {import('eslint').Linter.Globals} names
 * @param {string[]} lib
 * @returns {import('eslint').Linter.Config}
 */
const area = (files, ignores, names, lib) => ({ files, ignores, languageOptions: { globals: names, parserOptions: { lib } } });

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'docs/img/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Beyond the presets: each catches a real bug class and the tree already complies.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-throw-literal': 'error',
      'no-template-curly-in-string': 'error',
      'array-callback-return': 'error',
      'no-constructor-return': 'error',
      'no-sequences': 'error',
      'no-return-assign': 'error',
      radix: 'error',
      // The global ones coerce their argument first (isNaN('') is false).
      'no-restricted-globals': [
        'error',
        { name: 'isNaN', message: 'Use Number.isNaN.' },
        { name: 'isFinite', message: 'Use Number.isFinite.' },
      ],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      // With verbatimModuleSyntax, `import { type A }` still loads the module at run time.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'object-shorthand': 'error',
      'no-useless-rename': 'error',
      'no-useless-concat': 'error',
      'no-useless-return': 'error',
      'prefer-object-has-own': 'error',
    },
  },
  { files: ['**/*.ts', '**/*.mts'], rules: { 'no-undef': 'error' } },

  area(['src/**'], [], workerAndNode, ES),
  area(['cli/**', 'scripts/**', 'bench/**', 'test/**', 'bin/**', 'web/build/**', '*.{js,mjs,ts,mts}'], ['bench/web-probe/**'], node, ES),
  area(['bench/web-probe/vite.config.ts'], [], node, ES),
  area(['web/**'], ['web/build/**', 'web/worker/**'], globals.browser, DOM),
  area(['web/worker/**'], [], globals.worker, WORKER),
  area(['bench/web-probe/**'], ['bench/web-probe/vite.config.ts', 'bench/web-probe/*-worker.ts'], globals.browser, DOM),
  area(['bench/web-probe/*-worker.ts'], [], globals.worker, WORKER),
  // Node files that also hold code for the page: page.evaluate() callbacks run in the browser,
  // and the jsdom tests (test/web) put the page's globals into Node.
  area(['test/browser/**', 'test/web/**', 'bench/browser.ts', 'bench/web.ts'], [], { ...node, ...globals.browser }, DOM),
);
