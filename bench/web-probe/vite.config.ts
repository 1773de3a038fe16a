// Builds the engine probe page (bench/web-probe → dist/bench-web-probe) for bench/browser.ts.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  server: { host: '127.0.0.1', fs: { allow: [here('../..')] } },
  worker: { format: 'es' },
  build: { outDir: here('../../dist/bench-web-probe'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  logLevel: 'warn',
});
