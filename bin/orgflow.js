#!/usr/bin/env node
// The published entry: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 moves an allocation site's objects straight to the old generation once many of them
// survive (a silo's concerns wait hours of simulated time). The team replications after
// them in the same process then allocate short-lived objects there: scavenges went from
// 0.5 ms to 16 ms and a compare of 20 × 600 days spent about a third of its time collecting
// garbage (BENCHMARKS.md). Set before any engine code runs; worker threads share the flag.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('orgflow: the CLI is not built yet. Run `npm run build` (or `npm ci`) in the orgflow folder.\n');
  process.exit(1);
}
await import(main.href);
