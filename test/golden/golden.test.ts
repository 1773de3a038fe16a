// Golden outputs: the CLI prints and writes exactly the bytes recorded before the engine was
// restructured (issue 13). A change here changes a number a user has seen; if it is meant,
// rerun with ORGFLOW_UPDATE_GOLDEN=1 and say why in the commit.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../cli/helpers.js';
import { GOLDEN_CASES } from './cases.js';

const EXPECTED = new URL('./expected/', import.meta.url);
const update = process.env.ORGFLOW_UPDATE_GOLDEN === '1';

describe('golden outputs', () => {
  it.each(GOLDEN_CASES)('$name is unchanged', async ({ name, args, files }) => {
    const dir = scratch();
    const result = await cli(args.map((a) => a.replaceAll('{dir}', dir)));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const actual = files
      ? `${JSON.stringify(Object.fromEntries(files.map((f) => [f, sha256(readFileSync(join(dir, f)))])), null, 2)}\n`
      : result.stdout;
    const path = new URL(name, EXPECTED);
    if (update) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
