// orgflow match: how many people would the silo need? On the seed story it finds a
// staffing that `compare --set …` confirms, says plainly when none up to the limit gets
// there, and refuses bad --param, --metric and --max-headcount with exit 2.
import { describe, expect, it } from 'vitest';
import { STACK_LINE, cli, onTerminal } from './helpers.js';

const STORY = 'scenarios/versicherung.yaml';
const STAMMDATEN = 'organisations.silo.departments.0.staff';
const LEISTUNG = 'organisations.silo.departments.1.staff';
/** A busy, shorter week of the seed story: at 14/h the silo's departments fall behind the team. */
const BUSY = ['--set', 'arrivals.rate=14/h', '--set', 'time.horizon=8d', '-r', '5'];
const THROUGHPUT = ['match', STORY, ...BUSY, '--metric', 'throughputPerDay', '--param', STAMMDATEN, '--param', LEISTUNG];

interface Estimate {
  mean: number;
  ci95: [number, number];
}
interface Step {
  extra: number[];
  staff: number[];
  total: number;
  silo: Estimate;
  difference: Estimate;
  noWorse: boolean;
}

describe('orgflow match on the seed story', () => {
  it('finds the fewest extra people for throughput, and compare --set with that staffing confirms it', async () => {
    const r = await cli([...THROUGHPUT, '--json']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'metric',
      'better',
      'seed',
      'replications',
      'maxHeadcount',
      'params',
      'team',
      'found',
      'extraHeadcount',
      'staffing',
      'path',
      'comparison',
      'confirm',
    ]);
    expect(doc).toMatchObject({ metric: 'throughputPerDay', better: 'higher', seed: 42, replications: 5, maxHeadcount: 7, found: true });
    expect(doc.params).toEqual([
      { path: STAMMDATEN, unit: 'stammdaten', from: 2 },
      { path: LEISTUNG, unit: 'leistung', from: 3 },
    ]);
    const path = doc.path as Step[];
    const answer = path.find((s) => s.extra.join() === doc.staffing.map((f: { to: number; from: number }) => f.to - f.from).join())!;
    expect(answer.noWorse).toBe(true);
    expect(answer.total).toBe(doc.extraHeadcount);
    expect(doc.extraHeadcount).toBeGreaterThan(0);
    // The smallest total: every staffing with fewer people was tried and left the silo worse.
    const fewer = path.filter((s) => s.total < answer.total);
    expect(fewer).toHaveLength((answer.total * (answer.total + 1)) / 2);
    expect(fewer.every((s) => !s.noWorse && s.difference.ci95[0] > 0)).toBe(true);
    for (const s of path) expect(s.staff).toEqual([2 + s.extra[0], 3 + s.extra[1]]);
    // The comparison at that point is the staffing's: the silo has the people added.
    expect(doc.comparison.silo.metrics.headcount.mean).toBe(7 + answer.total);
    expect(doc.comparison.difference.throughputPerDay).toEqual(answer.difference);

    const staffSets = doc.staffing.flatMap((f: { path: string; to: number }) => ['--set', `${f.path}=${f.to}`]);
    expect(doc.confirm).toBe(['orgflow', 'compare', STORY, ...BUSY.slice(0, 4), '--set', 'run.replications=5', ...staffSets].join(' '));
    const confirm = await cli([...(doc.confirm as string).split(' ').slice(1), '--json']);
    expect(confirm.code).toBe(0);
    const compared = JSON.parse(confirm.stdout);
    // Higher throughput is better: the team − silo interval does not lie above 0.
    expect(compared.difference.throughputPerDay.ci95[0]).toBeLessThanOrEqual(0);
    expect(compared).toEqual(doc.comparison);
  });

  it('prints the staffing from → to, the path, the comparison table and the command that confirms it', async () => {
    const r = await cli(THROUGHPUT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^throughput per day \(higher is better\); team \(Kreisverkehr\): /m);
    expect(r.stdout).toMatch(/The silo is no worse than the team with \d more (person|people):/);
    expect(r.stdout).toMatch(new RegExp(`^${STAMMDATEN.replace(/\./g, '\\.')}\\s+stammdaten\\s+2\\s+\\d+$`, 'm'));
    expect(r.stdout).toContain('Staffings tried, fewest extra people first:');
    expect(r.stdout).toMatch(/^\s+0\s+2\s+3\s+.*\bno$/m);
    expect(r.stdout).toContain('yes ← answer');
    expect(r.stdout).toContain('silo (Ampel) vs. team (Kreisverkehr)');
    expect(r.stdout).toMatch(
      /Confirm it with:\n {2}orgflow compare scenarios\/versicherung\.yaml --set arrivals\.rate=14\/h .*--set organisations\.silo\.departments\.1\.staff=\d+\n/,
    );
  });

  it('on a terminal, stderr shows each total as the search moves on; --quiet hides it', async () => {
    const shown = await onTerminal([...THROUGHPUT, '--workers', '1']);
    expect(shown.code).toBe(0);
    expect(shown.screen).toMatch(/match: \+0 people: 1 staffing tried, 0 no worse than the team/);
    expect(shown.screen).toMatch(/match: \+1 person: 2 staffings tried, 0 no worse than the team/);
    const quiet = await onTerminal([...THROUGHPUT, '--workers', '1', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.screen).not.toContain('match:');
  });

  it('the same answer, byte for byte, on a worker pool and in this process', async () => {
    const [pool, here] = await Promise.all([cli([...THROUGHPUT, '--json', '--workers', '2']), cli([...THROUGHPUT, '--json'])]);
    expect(pool.code).toBe(0);
    expect(pool.stdout).toBe(here.stdout);
  });

  it('says plainly when no staffing up to the limit gets there, and exits 0', async () => {
    // The silo's lead time is mostly its handoffs (an hour of mail, inboxes emptied every two
    // hours): more people in Leistung do not bring it down to the team's.
    const args = [
      'match',
      STORY,
      '--set',
      'time.horizon=6d',
      '-r',
      '3',
      '--metric',
      'leadTime.p85',
      '--param',
      LEISTUNG,
      '--max-headcount',
      '2',
    ];
    const text = await cli(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("No staffing with up to 2 more people makes the silo's lead time p85 no worse than the team's.");
    expect(text.stdout).not.toContain('Confirm it with');
    const json = await cli([...args, '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ found: false, extraHeadcount: null, staffing: null, comparison: null, confirm: null, maxHeadcount: 2 });
    expect((doc.path as Step[]).map((s) => s.staff)).toEqual([[3], [4], [5]]);
    expect((doc.path as Step[]).every((s) => s.difference.ci95[1] < 0)).toBe(true);
  });
});

describe('orgflow match --help', () => {
  it('explains "no worse", lists the metrics and gives examples', async () => {
    const r = await cli(['match', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: orgflow match/);
    expect(r.stdout).toContain('"No worse" means the paired 95% CI of team − silo');
    expect(r.stdout).toMatch(/-y, --yes\s+run even if the size estimate/);
    expect(r.stdout).toMatch(/^ {2}completed, open, failureDemand, throughputPerDay, leadTime\.mean,/m);
    expect(r.stdout.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(r.stdout).toMatch(/Examples:\n(\s+\$ orgflow match .+\n)+/);
  });
});

describe('orgflow match refuses bad input with exit 2', () => {
  const base = ['match', STORY, '-r', '2', '--set', 'time.horizon=3d', '--metric', 'leadTime.p85'];
  const refused = async (args: string[], message: string | RegExp) => {
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(message);
  };

  it('a --param that is a number but not a headcount, located in the file', () =>
    refused(
      [...base, '--param', 'organisations.silo.handoff.infoLoss'],
      /^scenarios\/versicherung\.yaml:75:17 organisations\.silo\.handoff\.infoLoss: --param organisations\.silo\.handoff\.infoLoss is a number but not a headcount; .*expected one of organisations\.silo\.intake\.staff \(intake\), organisations\.silo\.departments\.0\.staff \(stammdaten\), organisations\.silo\.departments\.1\.staff \(leistung\)/,
    ));

  it('a --param of the team organisation', () =>
    refused(
      [...base, '--param', 'organisations.team.teams.0.members.0.count'],
      /^scenarios\/versicherung\.yaml:\d+:\d+ organisations\.team\.teams\.0\.members\.0\.count: .*is a field of the team organisation; match adds people to the silo only/,
    ));

  it('a --param outside the organisations, one that names no field (also an intake the silo lacks), a field that is not a number, and one given twice', async () => {
    await refused([...base, '--param', 'arrivals.rate'], /arrivals\.rate: --param arrivals\.rate is not a field of the silo organisation/);
    await refused([...base, '--param', 'organisations.silo.departments.5.staff'], /names no field of this scenario/);
    await refused([...base, '--param', 'organisations.silo.split'], /organisations\.silo\.split is not a staff field/);
    await refused(
      [...base, '--param', STAMMDATEN, '--param', STAMMDATEN],
      /--param organisations\.silo\.departments\.0\.staff is given twice/,
    );
    // A silo without an intake has no intake staff to add to.
    await refused(
      ['match', 'test/fixtures/cli/small.yaml', '-r', '2', '--metric', 'leadTime.mean', '--param', 'organisations.silo.intake.staff'],
      /^test\/fixtures\/cli\/small\.yaml:\d+:\d+ organisations\.silo\.intake\.staff: .*names no field of this scenario \(expected one of organisations\.silo\.departments\.0\.staff \(stammdaten\), organisations\.silo\.departments\.1\.staff \(leistung\)\)/,
    );
  });

  it('a --metric without a direction or unknown, listing the choices', async () => {
    const choices = /choose one of completed, open, failureDemand, throughputPerDay, leadTime\.mean, .*errorRate, .*wip\n/;
    await refused(['match', STORY, '--metric', 'headcount', '--param', STAMMDATEN], choices);
    await refused(
      ['match', STORY, '--metric', 'leadtime.p85', '--param', STAMMDATEN],
      /--metric leadtime\.p85 is not a metric match can aim at/,
    );
  });

  it('a --max-headcount that is negative, not whole, or past what a unit may have', async () => {
    await refused(
      [...base, '--param', STAMMDATEN, '--max-headcount', '-1'],
      /--max-headcount.*expected a whole number of people, 0 or more/,
    );
    await refused([...base, '--param', STAMMDATEN, '--max-headcount', '2.5'], /--max-headcount.*expected a whole number/);
    await refused(
      [...base, '--param', STAMMDATEN, '--max-headcount', '20000'],
      /--max-headcount 20000 would give stammdaten 20002 people, more than a scenario allows/,
    );
  });

  it('no --param, or one replication (no paired interval)', async () => {
    await refused(['match', STORY, '--metric', 'leadTime.p85'], /required option '-p, --param <path>' not specified/);
    await refused(['match', STORY, '--metric', 'leadTime.p85', '--param', STAMMDATEN, '-r', '1'], /match needs at least 2 replications/);
  });

  it('a search too large to start unasked names its size and --yes', () =>
    refused(
      ['match', STORY, '--metric', 'leadTime.p85', '--param', STAMMDATEN, '--param', LEISTUNG, '--set', 'time.horizon=1000d', '-r', '50'],
      /match tries up to 36 staffings of the silo \(up to 7 more people over 2 fields\) and runs the team once: this run simulates about .* concerns .*add --yes/,
    ));
});
