// The tables for people: aligned columns, humanised times, verdicts that agree with the
// paired differences in --json, and no colour codes on a pipe.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture } from './helpers.js';

const SMALL = fixture('small.yaml');

describe('orgflow compare (table)', () => {
  let table: string;
  /** `difference` of `compare --json`: nested metric groups down to { ci95, ... } leaves. */
  type Tree = { [key: string]: Tree } & { ci95?: [number, number] };
  let json: { difference: Tree };
  beforeAll(async () => {
    const [t, j] = await Promise.all([cli(['compare', SMALL, '--workers', '1']), cli(['compare', SMALL, '--workers', '1', '--json'])]);
    expect(t.code).toBe(0);
    table = t.stdout;
    json = JSON.parse(j.stdout);
  });

  const row = (label: string) => table.split('\n').find((line) => line.startsWith(`${label} `))!;

  it('has the columns metric | silo | team | difference (95% CI) | verdict, aligned', () => {
    const lines = table.split('\n');
    const header = lines.find((l) => l.startsWith('metric'))!;
    expect(header).toMatch(/^metric\s+silo\s+team\s+difference team − silo \(95% CI\)\s+verdict$/);
    const verdictAt = header.indexOf('verdict');
    for (const label of ['lead time mean', 'error rate', 'throughput per day']) {
      expect(row(label).slice(verdictAt)).toMatch(/^(team better|team worse|no significant difference)$/);
    }
  });

  it('shows times in min, h or d', () => {
    expect(row('lead time mean')).toMatch(/\d+(\.\d)? (min|h|d)\s+\d+(\.\d)? (min|h|d)/);
  });

  it.each([
    ['lead time mean', 'leadTime.mean', 'lower'],
    ['throughput per day', 'throughputPerDay', 'higher'],
    ['error rate', 'errorRate', 'lower'],
  ] as const)('the verdict on %s follows its CI and direction', (label, key, better) => {
    const d = key.split('.').reduce((node, k) => node[k], json.difference);
    const [low, high] = d.ci95!;
    const expected = low <= 0 && high >= 0 ? 'no significant difference' : low > 0 === (better === 'higher') ? 'team better' : 'team worse';
    expect(row(label).endsWith(expected)).toBe(true);
  });

  it('writes no colour codes when stdout is not a terminal', () => {
    expect(table).not.toContain('\x1b[');
  });
});

describe('orgflow run (table)', () => {
  it('shows mean and 95% CI per metric, with the units of each organisation', async () => {
    const r = await cli(['run', SMALL, '--mode', 'silo', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^metric\s+mean\s+95% CI$/m);
    expect(r.stdout).toMatch(/^lead time p85\s+\S+ (min|h|d)\s+\[.+\]$/m);
    expect(r.stdout).toMatch(/^ {2}utilisation stammdaten\s+[\d.]+ %/m);
    expect(r.stdout).toMatch(/silo \(Ampel\)/);
  });

  it('prints scenario warnings on stderr before the run, and none with --quiet', async () => {
    const args = ['run', SMALL, '--mode', 'silo', '--workers', '1', '-r', '1', '--set', 'arrivals.rate=30/h', '--set', 'time.horizon=1d'];
    const loud = await cli(args);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/^warning: .*small\.yaml.*stammdaten/m);
    const quiet = await cli([...args, '--quiet']);
    expect(quiet.stderr).toBe('');
  });
});
