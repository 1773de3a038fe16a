// The workshop visualiser (web/): `npm run web` serves it, `npm run build:web` writes a
// static, offline-capable copy to dist/web (relative base, so any static server works).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { prevalidatedScenarios } from './web/build/prevalidated-scenarios.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./web'),
  base: './',
  // The shipped scenarios live outside web/ and are bundled as raw text.
  server: { host: '127.0.0.1', fs: { allow: [here('.')] } },
  preview: { host: '127.0.0.1' },
  plugins: [prevalidatedScenarios(here('./scenarios'))],
  // csv-stringify's default ESM build (what the CLI runs) uses Node's Buffer; its browser
  // build is the same code with a Buffer polyfill, so the page's CSV bytes stay the CLI's.
  resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  worker: { format: 'es', plugins: () => [prevalidatedScenarios(here('./scenarios'))] },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
