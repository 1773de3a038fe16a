// --shard K/N --out FILE and orgflow merge: the merged parts print exactly what the command
// without --shard prints (stdout, --json, the sweep's --csv file, warnings on stderr), for any
// N and any order of the parts.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, scratch, type CliResult } from './helpers.js';

const dir = scratch();
const SMALL = fixture('small.yaml');
// 2 values × 2 organisations × 4 replications = 16 tasks; each value warns about the
// headcounts, and the team starts beating the silo on lead time.
const SWEEP = [
  'sweep',
  SMALL,
  '--param',
  'organisations.silo.split',
  '--values',
  'parallel,sequential',
  '--set',
  'organisations.silo.departments.0.staff=3',
];
// 2 × 4 = 8 tasks, with a saturation warning after the run.
const COMPARE = ['compare', SMALL, '--set', 'arrivals.rate=60/h'];
const RUN = ['run', SMALL, '--mode', 'team', '-r', '5'];

let counter = 0;
const made = new Map<string, Promise<string[]>>();

/** Runs shards `ks` (default: all) of `args` cut into n, once per test file; the part files in K order. */
function shards(args: string[], n: number, ks = Array.from({ length: n }, (_, i) => i + 1)): Promise<string[]> {
  const key = JSON.stringify([args, n, ks]);
  let parts = made.get(key);
  if (!parts) {
    parts = runShards(args, n, ks);
    made.set(key, parts);
  }
  return parts;
}

async function runShards(args: string[], n: number, ks: number[]): Promise<string[]> {
  const run = ++counter;
  const paths = ks.map((k) => join(dir, `run${run}-part${k}of${n}.json`));
  const results = await Promise.all(paths.map((out, i) => cli([...args, '--shard', `${ks[i]}/${n}`, '--out', out])));
  for (const r of results) expect(r.stderr).not.toMatch(/orgflow: /);
  expect(results.map((r) => [r.code, r.stdout])).toEqual(results.map(() => [0, '']));
  return paths;
}

const wholeRuns = new Map<string, Promise<CliResult>>();
/** The command without --shard, once per test file. */
function whole(args: string[]): Promise<CliResult> {
  const key = JSON.stringify(args);
  let result = wholeRuns.get(key);
  if (!result) {
    result = cli(args);
    wholeRuns.set(key, result);
  }
  return result;
}

const merge = (parts: string[], ...options: string[]): Promise<CliResult> => cli(['merge', ...parts, ...options]);

function expectSameOutput(merged: CliResult, unsharded: CliResult): void {
  expect(unsharded.code).toBe(0);
  expect(merged.code).toBe(0);
  expect(merged.stdout).toBe(unsharded.stdout);
  expect(merged.stderr).toBe(unsharded.stderr);
}

describe('orgflow merge of sweep shards', () => {
  const wholeCsv = join(dir, 'sweep-whole.csv');

  it.each([1, 2, 3, 7])('%i shards give the unsharded table, --json and --csv FILE byte for byte, warnings included', async (n) => {
    const parts = await shards(SWEEP, n);
    const mergedCsv = join(dir, `sweep-merged-${n}.csv`);
    const [tableWhole, jsonWhole, csvWhole] = await Promise.all([
      whole(SWEEP),
      whole([...SWEEP, '--json']),
      whole([...SWEEP, '--csv', wholeCsv, '--excel']),
    ]);
    expect(tableWhole.stderr).toMatch(/^organisations\.silo\.split=parallel: warning: /m);
    expect(jsonWhole.stdout).toMatch(/"crossovers": \[\n\s+\{/);
    const [table, json, csv] = await Promise.all([
      merge(parts),
      merge([...parts].reverse(), '--json'),
      merge(parts, '--csv', mergedCsv, '--excel'),
    ]);
    expectSameOutput(table, tableWhole);
    expectSameOutput(json, jsonWhole);
    expectSameOutput(csv, csvWhole);
    expect(readFileSync(mergedCsv)).toEqual(readFileSync(wholeCsv));
  });

  it('accepts more shards than tasks: the empty shards are valid parts', async () => {
    const args = ['sweep', SMALL, '--param', 'arrivals.rate', '--values', '6/h', '-r', '1'];
    const parts = await shards(args, 3);
    const empty = JSON.parse(readFileSync(parts[0], 'utf8')) as { rows: unknown[] };
    expect(empty.rows).toEqual([]);
    expectSameOutput(await merge(parts, '--json'), await whole([...args, '--json']));
  });
});

describe('orgflow merge of compare and run shards', () => {
  it.each([1, 2, 3, 7])('%i compare shards give the unsharded --json, with the saturation warning', async (n) => {
    const parts = await shards(COMPARE, n);
    const unsharded = await whole([...COMPARE, '--json']);
    expect(unsharded.stderr).toMatch(/looks overloaded/);
    expectSameOutput(await merge([...parts.slice(1), parts[0]], '--json'), unsharded);
  });

  it('compare shards give the unsharded table', async () => {
    expectSameOutput(await merge(await shards(COMPARE, 3)), await whole(COMPARE));
  });

  it('merges shards run with other --workers and --kernel: neither changes a result', async () => {
    const [first] = await shards([...COMPARE, '--workers', '2', '--kernel', 'simjs'], 2, [1]);
    const [, second] = await shards(COMPARE, 2);
    expectSameOutput(await merge([second, first], '--json'), await whole([...COMPARE, '--json']));
  });

  it.each([2, 7])('%i run shards give the unsharded --json', async (n) => {
    const parts = await shards(RUN, n);
    expectSameOutput(await merge(parts, '--json'), await whole([...RUN, '--json']));
  });

  it('keeps every double of the metrics exactly, NaN included', async () => {
    // Hardly any concern arrives in the hour after warmup: lead times are NaN (null in JSON).
    const args = [
      'run',
      SMALL,
      '--mode',
      'team',
      '--set',
      'arrivals.rate=1/d',
      '--set',
      'time.horizon=5h',
      '--set',
      'time.warmup=4h',
      '-r',
      '3',
    ];
    const parts = await shards(args, 2);
    const unsharded = await whole([...args, '--json']);
    expect(unsharded.stdout).toMatch(/null/);
    expectSameOutput(await merge(parts, '--json'), unsharded);
  });
});

describe('orgflow merge refuses parts that are not one whole experiment (exit 2, one line naming them)', () => {
  const refused = (r: CliResult, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('names the missing shards', async () => {
    const parts = await shards(COMPARE, 7);
    refused(await merge(parts.filter((_, i) => i !== 1 && i !== 4)), /^orgflow: missing shards 2\/7, 5\/7$/m);
  });

  it('names a shard given twice, as the same file or as a copy', async () => {
    const parts = await shards(COMPARE, 3);
    refused(await merge([...parts, parts[2]]), /shard 3\/3 is given twice: .*part3of3\.json and .*part3of3\.json/);
    const copy = join(dir, 'copy-of-part-2.json');
    copyFileSync(parts[1], copy);
    refused(await merge([...parts, copy]), new RegExp(`shard 2/3 is given twice: ${parts[1]} and ${copy}`));
  });

  it('names a part of another seed, another scenario, another command or another N', async () => {
    const parts = await shards(COMPARE, 2);
    const [otherSeed] = await shards([...COMPARE, '--seed', '8'], 2, [1]);
    const [otherScenario] = await shards(['compare', 'scenarios/versicherung.yaml', '-r', '2', '--set', 'time.horizon=3d'], 2, [1]);
    const [otherCommand] = await shards(['run', SMALL, '--mode', 'silo', '--set', 'arrivals.rate=60/h'], 2, [1]);
    const [, otherN] = await shards(COMPARE, 3);
    for (const foreign of [otherSeed, otherScenario, otherCommand]) {
      refused(await merge([parts[0], foreign]), new RegExp(`^orgflow: ${foreign} is from another experiment than ${parts[0]}`));
    }
    refused(await merge([...parts, otherN]), new RegExp(`^orgflow: ${otherN} is shard 2/3, but ${parts[0]} is shard 1/2`));
  });

  it('names a part that is missing, cut short, not a part, edited or of another format version', async () => {
    const [part, second] = await shards(RUN, 2);
    const text = readFileSync(part, 'utf8');
    const write = (name: string, content: string) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    refused(await merge([join(dir, 'nowhere.json'), second]), /^orgflow: cannot read part .*nowhere\.json: no such file$/m);
    refused(await merge([write('cut.json', text.slice(0, 500)), second]), /cut\.json is not a shard part: not JSON/);
    refused(await merge([write('other.json', '{"rows": []}\n'), second]), /other\.json is not a shard part written by orgflow/);
    const future = write('future.json', text.replace('"version":1', '"version":2'));
    refused(await merge([future, second]), /future\.json is a shard part of format version 2; this orgflow reads version 1/);
    const edited = write('edited.json', text.replace(/"arrived":\d+/, '"arrived":"many"'));
    refused(await merge([edited, second]), /edited\.json is a damaged shard part: rows\.0\.metrics\.arrived: /);
    const dropped = JSON.parse(text) as { rows: unknown[] };
    dropped.rows.pop();
    refused(
      await merge([write('short.json', JSON.stringify(dropped)), second]),
      /short\.json is a damaged shard part: shard 1\/2 of 5 tasks/,
    );
    const tampered = write('tampered.json', text.replace('seed: 7', 'seed: 9'));
    refused(await merge([tampered, second]), /tampered\.json: the scenario and options it stores do not match its hash/);
  });
});

describe('--shard and --out on run, compare and sweep', () => {
  const usage = (r: CliResult, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  };
  const out = () => join(dir, `never-${++counter}.json`);

  it('need each other, and K/N with 1 ≤ K ≤ N', async () => {
    usage(await cli([...COMPARE, '--shard', '1/2']), /--shard K\/N needs --out FILE/);
    usage(await cli([...COMPARE, '--out', out()]), /--out FILE only goes with --shard K\/N/);
    usage(await cli([...COMPARE, '--shard', '3/2', '--out', out()]), /K must be between 1 and N \(2\)/);
    usage(await cli([...COMPARE, '--shard', '0/2', '--out', out()]), /K must be between 1 and N/);
    usage(await cli([...COMPARE, '--shard', 'half', '--out', out()]), /expected K\/N, e.g. 3\/8/);
  });

  it('refuse the outputs that belong to merge or cannot be merged, instead of dropping them', async () => {
    usage(
      await cli([...SWEEP, '--json', '--shard', '1/2', '--out', out()]),
      /--json cannot be combined with --shard.*give --json or --csv FILE to orgflow merge/,
    );
    usage(await cli([...SWEEP, '--csv', out(), '--shard', '1/2', '--out', out()]), /--csv cannot be combined with --shard/);
    const records = await cli([...COMPARE, '--csv', join(dir, 'records'), '--trace', out(), '--shard', '1/2', '--out', out()]);
    usage(records, /--csv, --trace cannot be combined with --shard.*record files \(--csv DIR, --trace\) need a run without --shard/);
    usage(
      await cli([...RUN, '--json', '--shard', '1/2', '--out', out()]),
      /--json cannot be combined with --shard.*give --json to orgflow merge/,
    );
  });

  it('size a shard by its own replications: a run that needs --yes as a whole does not in small shards', async () => {
    // 2 × 1100 replications of 43,200 concerns: about 9.5e7, more than ten minutes at the estimate's rate.
    const big = ['compare', SMALL, '--set', 'time.horizon=300d', '-r', '1100', '-q'];
    usage(await cli([...big, '--shard', '1/1', '--out', out()]), /this run simulates about 9\.5e7 concerns .* add --yes/);
    const part = out();
    const last = await cli([...big, '--shard', '2200/2200', '--out', part]);
    expect(last.code).toBe(0);
    expect(JSON.parse(readFileSync(part, 'utf8'))).toMatchObject({
      tasks: { total: 2200, from: 2199, to: 2200 },
      rows: [{ mode: 'team', replication: 1099 }],
    });
  });

  it('merge refuses --csv for compare parts: record files cannot be made from shards', async () => {
    const parts = await shards(COMPARE, 2);
    usage(
      await merge(parts, '--csv', join(dir, 'records')),
      /parts of orgflow compare, whose record files \(--csv DIR\) cannot be made from shards/,
    );
  });
});
