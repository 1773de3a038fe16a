// Vitest global setup: compiles the CLI into dist/ before any test file runs. The CLI tests
// spawn bin/orgflow.js, which runs dist/cli/main.js, so without this they would test
// whatever was built last rather than the sources being edited.
//
// `tsc -b` keeps dist/tsconfig.build.tsbuildinfo and skips the compile when no input is newer
// than the outputs and none of them is missing (0.2 s); after an edit it is a full build
// (3 to 5 s on two cores).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles src/ and cli/ into dist/ (also used by scripts/fuzz-cli.ts). */
export function buildCli(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (build.error) throw build.error;
  if (build.status !== 0) {
    // tsc prints its diagnostics on stdout.
    throw new Error(`the CLI does not compile (tsc -b tsconfig.build.json, exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
}

export default function setup(project: TestProject): void {
  buildCli();
  // Watch mode runs the global setup once: rebuild before every rerun too.
  project.onTestsRerun(() => buildCli());
}
