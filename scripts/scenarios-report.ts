// npm run scenarios:report — runs every shipped scenario and the sweeps, and writes the
// generated block of scenarios/README.md, the generated story block of README.md and
// docs/img/lead-time-versicherung.svg. `--check` writes nothing and exits 1 when a committed
// file differs from what the scenarios produce now.
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './report/generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const files = await generateReport(root, { log: (m) => process.stderr.write(`scenarios:report: ${m}\n`) });

const stale: string[] = [];
for (const [path, content] of files) {
  const target = join(root, path);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === content) continue;
  stale.push(path);
  if (check) continue;
  mkdirSync(dirname(target), { recursive: true });
  // Whole or not at all: write a sibling and rename it over the target.
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
}
if (check && stale.length > 0) {
  process.stderr.write(`scenarios:report: out of date: ${stale.join(', ')}; run npm run scenarios:report\n`);
  process.exitCode = 1;
} else {
  process.stderr.write(`scenarios:report: ${check ? 'up to date' : stale.length > 0 ? `wrote ${stale.join(', ')}` : 'nothing changed'}\n`);
}
