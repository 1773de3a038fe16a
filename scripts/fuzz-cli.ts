// The long run of the hostile-input property (test/cli/hostile.property.test.ts runs a few
// dozen cases in `npm test`): mutated scenario files through the built CLI, each of which must
// end with exit 0 or 2 in time, without a stack trace or a raw control character.
// Run: npm run fuzz -- --runs 500 --seed 42   (a failure prints the seed and path to replay it)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { buildCli } from '../test/support/global-setup.js';
import { checkCase, hostileCase, validBases } from '../test/support/hostile-scenarios.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '300' },
    seed: { type: 'string' },
    bound: { type: 'string', default: '20' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const boundMs = Number(values.bound) * 1000;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(boundMs > 0)) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S] [--bound SECONDS]\n');
  process.exit(2);
}

buildCli();
const dir = mkdtempSync(join(tmpdir(), 'orgflow-fuzz-'));
const file = join(dir, 'case.yaml');
const bases = validBases();
process.stdout.write(
  `fuzzing the CLI: ${runs} cases from ${bases.length} valid scenarios, seed ${seed}, ${boundMs / 1000} s per command\n`,
);

const started = Date.now();
let done = 0;
let ran = 0;
try {
  await fc.assert(
    fc.asyncProperty(hostileCase(bases), async (c) => {
      const outcome = await checkCase(c.text, file, boundMs);
      done++;
      if (outcome.ran) ran++;
      if (done % 25 === 0)
        process.stdout.write(`  ${done} cases (${ran} valid and run), ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      if (outcome.problems.length > 0) throw new Error(outcome.problems.join('\n'));
    }),
    { numRuns: runs, seed },
  );
  process.stdout.write(`ok: ${runs} cases (${ran} valid and run) in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed})\n`);
} catch (err) {
  // fast-check's report (seed, path, counterexample); what went wrong is its cause.
  const cause = (err as Error).cause;
  process.stderr.write(`${(err as Error).message}\n${cause instanceof Error ? `\nwhat went wrong:\n${cause.message}\n` : ''}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
