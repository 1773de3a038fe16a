// `--json` is the machine interface: exactly the documented shape, nothing that varies.
import { describe, expect, it } from 'vitest';
import { cli, fixture } from './helpers.js';

const SMALL = fixture('small.yaml');
const METRIC_KEYS = [
  'arrived',
  'completed',
  'open',
  'failureDemand',
  'throughputPerDay',
  'leadTime',
  'waitTime',
  'touchTime',
  'flowEfficiency',
  'handoffsPerConcern',
  'errorRate',
  'errors',
  'wip',
  'utilisation',
  'headcount',
];

function isEstimate(v: unknown): boolean {
  const e = v as { mean?: unknown; ci95?: unknown };
  return (
    typeof e === 'object' &&
    e !== null &&
    Object.keys(e).join() === 'mean,ci95' &&
    (typeof e.mean === 'number' || e.mean === null) &&
    Array.isArray(e.ci95) &&
    e.ci95.length === 2
  );
}

/** Every leaf of a summary is {mean, ci95}. */
function leaves(tree: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    isEstimate(v) ? [[prefix + k, v] as [string, unknown]] : leaves(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

describe('orgflow run --json', () => {
  it('prints exactly {scenario, mode, seed, replications, metrics} with every §6 metric as {mean, ci95}', async () => {
    const r = await cli(['run', SMALL, '--mode', 'team', '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['scenario', 'mode', 'seed', 'replications', 'metrics']);
    expect(doc).toMatchObject({ scenario: 'CLI fixture: Umzug, Frage', mode: 'team', seed: 7, replications: 4 });
    expect(Object.keys(doc.metrics)).toEqual(METRIC_KEYS);
    const all = leaves(doc.metrics);
    expect(all.map(([k]) => k)).toEqual(
      expect.arrayContaining(['leadTime.p85', 'errors.order', 'utilisation.overall', 'utilisation.byUnit.team-a']),
    );
    expect(all.every(([, v]) => isEstimate(v))).toBe(true);
  });

  it('uses 2-space indentation and the same bytes on every run with the same seed', async () => {
    const a = await cli(['run', SMALL, '--mode', 'silo', '--json']);
    const b = await cli(['run', SMALL, '--mode', 'silo', '--json']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n')[1]).toMatch(/^ {2}"scenario"/);
  });

  it('--seed and --replications override the file', async () => {
    const base = JSON.parse((await cli(['run', SMALL, '--mode', 'silo', '--json'])).stdout);
    const other = JSON.parse((await cli(['run', SMALL, '--mode', 'silo', '--json', '--seed', '99', '-r', '2'])).stdout);
    expect(other.seed).toBe(99);
    expect(other.replications).toBe(2);
    expect(other.metrics.leadTime.mean.mean).not.toBe(base.metrics.leadTime.mean.mean);
  });

  it('picks the only organisation of a file without --mode', async () => {
    const r = await cli(['run', fixture('silo-only.yaml'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mode).toBe('silo');
  });
});

describe('orgflow compare --json', () => {
  it('prints {silo, team, difference}; silo and team have the run shape, difference the metric keys', async () => {
    const r = await cli(['compare', SMALL, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['silo', 'team', 'difference']);
    for (const mode of ['silo', 'team']) {
      expect(Object.keys(doc[mode])).toEqual(['scenario', 'mode', 'seed', 'replications', 'metrics']);
      expect(doc[mode].mode).toBe(mode);
    }
    expect(Object.keys(doc.difference)).toEqual(METRIC_KEYS);
    // The paired difference is team − silo, replication by replication: its mean is the difference of the means.
    expect(doc.difference.leadTime.mean.mean).toBeCloseTo(doc.team.metrics.leadTime.mean.mean - doc.silo.metrics.leadTime.mean.mean, 9);
  });
});

describe('orgflow run --set', () => {
  it('changes the result: one more person in a department shortens its waits', async () => {
    const base = JSON.parse((await cli(['run', SMALL, '--mode', 'silo', '--json'])).stdout);
    const more = JSON.parse(
      (await cli(['run', SMALL, '--mode', 'silo', '--json', '--set', 'organisations.silo.departments.1.staff=3'])).stdout,
    );
    expect(more.metrics.headcount.mean).toBe(base.metrics.headcount.mean + 2);
    expect(more.metrics.waitTime.mean.mean).toBeLessThan(base.metrics.waitTime.mean.mean);
  });

  it('accepts values with units, e.g. a rate', async () => {
    const base = JSON.parse((await cli(['run', SMALL, '--mode', 'silo', '--json'])).stdout);
    const busier = JSON.parse((await cli(['run', SMALL, '--mode', 'silo', '--json', '--set', 'arrivals.rate=9/h'])).stdout);
    expect(busier.metrics.arrived.mean).toBeGreaterThan(base.metrics.arrived.mean);
  });

  it('rejects a wrong path with a message naming the override, exit 2', async () => {
    const r = await cli(['run', SMALL, '--mode', 'silo', '--set', 'organisations.silo.departmentz.0.staff=3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('departmentz');
    expect(r.stderr).toContain('--set organisations.silo.departmentz.0.staff=3');
    expect(r.stdout).toBe('');
  });

  it('rejects an argument without "=" as bad usage', async () => {
    const r = await cli(['run', SMALL, '--mode', 'silo', '--set', 'arrivals.rate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/path=value/);
  });
});
