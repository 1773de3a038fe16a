// --kernel picks the event list; both give byte-identical output, on a pool too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, scratch } from './helpers.js';

const dir = scratch();

describe('--kernel', () => {
  it('simjs and fast (the default) print the same JSON and write the same CSV and trace', async () => {
    const outputs = [];
    for (const kernel of [[], ['--kernel', 'simjs'], ['--kernel', 'simjs', '--workers', '2']]) {
      const out = join(dir, `k${outputs.length}`);
      const r = await cli(['compare', fixture('small.yaml'), '--json', '--csv', out, '--trace', join(out, 'trace.jsonl'), ...kernel]);
      expect(r.code).toBe(0);
      outputs.push({
        json: r.stdout,
        files: ['concerns.csv', 'timeseries.csv', 'summary.csv', 'trace.jsonl'].map((f) => readFileSync(join(out, f), 'utf8')),
      });
    }
    for (const other of outputs.slice(1)) {
      expect(other.json).toBe(outputs[0].json);
      expect(other.files).toEqual(outputs[0].files);
    }
  });

  it('rejects an unknown kernel with exit code 2', async () => {
    const r = await cli(['run', fixture('small.yaml'), '--kernel', 'quick']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected "fast" or "simjs"/);
  });
});
