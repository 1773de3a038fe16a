#!/usr/bin/env node
// The published entry: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('orgflow: the CLI is not built yet. Run `npm run build` (or `npm ci`) in the orgflow folder.\n');
  process.exit(1);
}
await import(main.href);
