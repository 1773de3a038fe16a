// Issue 18's property: whatever a scenario file says, the CLI ends with exit 0 or 2 within a
// time bound, never 1 or a signal, never with a stack trace, and never writes a control
// character from the file raw to the terminal. Valid scenarios mutated at random (see
// test/support/hostile-scenarios.ts); a fixed seed keeps `npm test` reproducible, and
// `npm run fuzz -- --runs N --seed S` runs as many cases as you like.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase, hostileCase, validBases } from '../support/hostile-scenarios.js';
import { scratch } from './helpers.js';

const SEED = 18;
const RUNS = 30;
/** Per command; a case is validate plus, when valid, one short compare. */
const BOUND_MS = 20_000;

describe('hostile scenario files', () => {
  it(`${RUNS} mutated scenarios (seed ${SEED}): exit 0 or 2 in time, no stack trace, no raw control character`, async () => {
    const file = join(scratch(), 'case.yaml');
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(hostileCase(validBases()), async (c) => {
        const outcome = await checkCase(c.text, file, BOUND_MS);
        if (outcome.ran) ran++;
        if (outcome.problems.length > 0) throw new Error(outcome.problems.join('\n'));
      }),
      // No shrinking: each step spawns the CLI; the report names the case and the seed.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Some mutated files must still be valid, or the simulation itself would go untested.
    expect(ran).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
