// The round trip of docs/model.md#fitting-a-scenario-to-data: simulate a shipped scenario's
// silo with --csv, fit its tasks.csv, and recover what the scenario says (arrival rate,
// shares, work per task) within sampling error; the fitted silo simulated again must give
// the observed mean lead time within 10 %.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, csvRecords, scratch } from '../cli/helpers.js';

const dir = scratch();
const SCENARIO = 'scenarios/bank-kontoeroeffnung.yaml';
const DAYS = 30;

interface Fitted {
  arrivals: { rate: string };
  concerns: {
    id: string;
    share: number;
    tasks: { id: string; work: { dist: string; [k: string]: number | string }; after?: string[] }[];
  }[];
  organisations: {
    silo: {
      intake: { staff: number; misroute: number };
      departments: { id: string; staff: number }[];
      split: string;
      handoff: { pickup?: number };
    };
  };
}

/** Mean of last finish − first ready over the concerns of a tasks.csv. */
function observedLeadMean(rows: readonly Record<string, string>[]): number {
  const byConcern = new Map<string, { first: number; last: number }>();
  for (const r of rows) {
    const c = byConcern.get(r.concern) ?? { first: Infinity, last: -Infinity };
    byConcern.set(r.concern, { first: Math.min(c.first, Number(r.ready)), last: Math.max(c.last, Number(r.finished)) });
  }
  const leads = [...byConcern.values()].map((c) => c.last - c.first);
  return leads.reduce((a, b) => a + b, 0) / leads.length;
}

async function simulatedLeadMean(file: string): Promise<number> {
  const again = await cli(['run', file, '--mode', 'silo', '-r', '4', '--json', '-q']);
  expect(again.code).toBe(0);
  return (JSON.parse(again.stdout) as { metrics: { leadTime: { mean: { mean: number } } } }).metrics.leadTime.mean.mean;
}

/** The mean of a fitted distribution in the scenario's terms. */
function meanOf(work: Fitted['concerns'][0]['tasks'][0]['work']): number {
  const p = work as Record<string, number>;
  switch (work.dist) {
    case 'uniform':
      return (p.min + p.max) / 2;
    case 'triangular':
      return (p.min + p.mode + p.max) / 3;
    case 'constant':
      return p.value;
    default:
      return p.mean;
  }
}

let tasks: Record<string, string>[];
let fitted: Fitted;

beforeAll(async () => {
  const run = await cli(['run', SCENARIO, '--mode', 'silo', '-r', '1', '--set', `time.horizon=${DAYS}d`, '--csv', dir, '-q']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  tasks = csvRecords(readFileSync(join(dir, 'tasks.csv'), 'utf8')).records;
  const fit = await cli(['fit', join(dir, 'tasks.csv'), '--out', join(dir, 'fitted.yaml'), '-q']);
  expect(fit.stderr).toBe('');
  expect(fit.code).toBe(0);
  fitted = parse(readFileSync(join(dir, 'fitted.yaml'), 'utf8')) as Fitted;
});

describe('fit on the bank scenario (sequential split, intake, misrouting, hourly pickup)', () => {
  it('recovers the arrival rate of 8/h within 3 standard errors', () => {
    const concerns = new Set(tasks.map((r) => r.concern)).size;
    const rate = Number.parseFloat(fitted.arrivals.rate);
    const hours = concerns / rate;
    expect(Math.abs(rate - 8)).toBeLessThan((3 * Math.sqrt(concerns)) / hours);
  });

  it('recovers the shares of the concern types within 3 binomial standard errors', () => {
    const shares: Record<string, number> = { opening: 0.35, relegitimation: 0.2, 'product-change': 0.25, 'access-reset': 0.2 };
    const n = new Set(tasks.map((r) => r.concern)).size;
    for (const type of fitted.concerns) {
      const p = shares[type.id];
      expect(Math.abs(type.share - p), type.id).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('recovers the task sequence of an opening and the sequential split', () => {
    const opening = fitted.concerns.find((c) => c.id === 'opening')!;
    expect(opening.tasks.map((t) => [t.id, t.after ?? []])).toEqual([
      ['identity', []],
      ['account', ['identity']],
      ['access', ['account']],
    ]);
    expect(fitted.organisations.silo.split).toBe('sequential');
  });

  it('recovers each task work mean (base work plus the expected rework of lost context) within 4 standard errors', () => {
    // Every task piece arrives by a handoff: with probability 0.05 it carries a rework of mean 10 minutes.
    const expected: Record<string, number> = { identity: 15 + 0.5, account: (8 + 12 + 25) / 3 + 0.5, access: (5 + 8 + 20) / 3 + 0.5 };
    for (const [task, mean] of Object.entries(expected)) {
      const works = tasks.filter((r) => r.piece === 'task' && r.task === task).map((r) => Number(r.finished) - Number(r.started));
      const m = works.reduce((a, b) => a + b, 0) / works.length;
      const sd = Math.sqrt(works.reduce((a, b) => a + (b - m) ** 2, 0) / (works.length - 1));
      const fittedWork = fitted.concerns.flatMap((c) => c.tasks).find((t) => t.id === task)!.work;
      expect(Math.abs(meanOf(fittedWork) - mean), task).toBeLessThan((4 * sd) / Math.sqrt(works.length));
    }
  });

  it('recovers the staff, the intake, the misroute share and the hourly pickup', () => {
    const silo = fitted.organisations.silo;
    expect(Object.fromEntries(silo.departments.map((d) => [d.id, d.staff]))).toEqual({ legitimation: 2, kontoservice: 2, 'it-zugang': 1 });
    expect(silo.intake.staff).toBe(1);
    const parts = new Set(tasks.map((r) => r.concern)).size;
    expect(Math.abs(silo.intake.misroute - 0.03)).toBeLessThan(3 * Math.sqrt((0.03 * 0.97) / parts));
    expect(silo.handoff.pickup).toBe(60);
  });

  it('the fitted silo, simulated again, gives the observed mean lead time within 10 %', async () => {
    const observed = observedLeadMean(tasks);
    const simulated = await simulatedLeadMean(join(dir, 'fitted.yaml'));
    expect(Math.abs(simulated - observed) / observed).toBeLessThan(0.1);
  });
});

describe('fit on the insurance scenario (parallel split, order errors and corrections, failure demand)', () => {
  const here = join(dir, 'versicherung');
  let rows: Record<string, string>[];
  let fittedHere: Fitted;

  beforeAll(async () => {
    const run = await cli([
      'run',
      'scenarios/versicherung.yaml',
      '--mode',
      'silo',
      '-r',
      '1',
      '--set',
      `time.horizon=${DAYS}d`,
      '--csv',
      here,
      '-q',
    ]);
    expect(run.code).toBe(0);
    rows = csvRecords(readFileSync(join(here, 'tasks.csv'), 'utf8')).records;
    const fit = await cli(['fit', join(here, 'tasks.csv'), '--out', join(here, 'fitted.yaml'), '-q']);
    expect(fit.stderr).toBe('');
    expect(fit.code).toBe(0);
    fittedHere = parse(readFileSync(join(here, 'fitted.yaml'), 'utf8')) as Fitted;
  });

  it('finds the parallel split and, from the corrections, that the answer comes after the address change', () => {
    expect(fittedHere.organisations.silo.split).toBe('parallel');
    const both = fittedHere.concerns.find((c) => c.id === 'move-and-question')!;
    expect(both.tasks.find((t) => t.id === 'answer')!.after).toEqual(['update-address']);
    expect(fittedHere.organisations.silo.handoff.pickup).toBe(120);
  });

  it('the fitted silo, simulated again, gives the observed mean lead time within 10 %', async () => {
    const observed = observedLeadMean(rows);
    const simulated = await simulatedLeadMean(join(here, 'fitted.yaml'));
    expect(Math.abs(simulated - observed) / observed).toBeLessThan(0.1);
  });
});

describe('fit --calendar auto on the Bürgeramt (opening hours, a Monday peak, parallel split, failure demand)', () => {
  const here = join(dir, 'buergeramt');
  let rows: Record<string, string>[];
  let fittedHere: Fitted & { calendar: { hours: string[] }; arrivals: { profile: { when: string | string[]; rate: string }[] } };

  beforeAll(async () => {
    const run = await cli(['run', 'scenarios/buergeramt-umzug.yaml', '--mode', 'silo', '-r', '1', '--csv', here, '-q']);
    expect(run.code).toBe(0);
    rows = csvRecords(readFileSync(join(here, 'tasks.csv'), 'utf8')).records;
    const fit = await cli(['fit', join(here, 'tasks.csv'), '--calendar', 'auto', '--out', join(here, 'fitted.yaml'), '-q']);
    expect(fit.stderr).toBe('');
    expect(fit.code).toBe(0);
    fittedHere = parse(readFileSync(join(here, 'fitted.yaml'), 'utf8')) as typeof fittedHere;
  });

  it('recovers the opening hours exactly', () => {
    expect(fittedHere.calendar.hours).toEqual(['mon-fri 08:00-12:00', 'thu 14:00-18:00']);
  });

  it('recovers the weekly profile: 14/h on Monday morning, 7/h in the other opening hours, within 3 standard errors', () => {
    const rate = (when: string) => Number.parseFloat(fittedHere.arrivals.profile.find((p) => [p.when].flat().includes(when))!.rate);
    // 9 weeks of 4 hours: the standard error of a rate r is √(r · 36) / 36.
    const within = (r: number, truth: number) => expect(Math.abs(r - truth)).toBeLessThan(3 * Math.sqrt(truth / 36) + 0.5);
    // (+0.5/h: customers who come back after a wrong reply arrive at any hour, also in these.)
    within(rate('mon 08:00-12:00'), 14);
    for (const day of ['tue', 'wed', 'thu', 'fri']) within(rate(`${day} 08:00-12:00`), 7);
    within(rate('thu 14:00-18:00'), 7);
  });

  it('counts work in opening hours only: each task work mean (plus expected rework) within 4 standard errors', () => {
    // Every task piece arrives by a handoff: with probability 0.06 it carries a rework of mean 15 minutes.
    const expected: Record<string, number> = {
      register: 10 + 0.9,
      'parking-permit': (8 + 12 + 25) / 3 + 0.9,
      'id-address': (5 + 10 + 20) / 3 + 0.9,
      'id-application': (10 + 15 + 30) / 3 + 0.9,
    };
    const open = (t: number) => {
      const m = t % 10080;
      const day = Math.floor(m / 1440);
      const hour = (m % 1440) / 60;
      return day < 5 && ((hour >= 8 && hour < 12) || (day === 3 && hour >= 14 && hour < 18));
    };
    for (const [task, mean] of Object.entries(expected)) {
      const works = rows
        .filter((r) => r.piece === 'task' && r.task === task)
        .map((r) => {
          let w = 0;
          for (let t = Number(r.started); t < Number(r.finished); t += 1) if (open(t)) w += Math.min(1, Number(r.finished) - t);
          return w;
        });
      const m = works.reduce((a, b) => a + b, 0) / works.length;
      const sd = Math.sqrt(works.reduce((a, b) => a + (b - m) ** 2, 0) / (works.length - 1));
      const fittedWork = fittedHere.concerns.flatMap((c) => c.tasks).find((t) => t.id === task)!.work;
      expect(Math.abs(meanOf(fittedWork) - mean), task).toBeLessThan((4 * sd) / Math.sqrt(works.length));
    }
  });

  it('the fitted silo, simulated again, gives the observed mean lead time within 10 %', async () => {
    const observed = observedLeadMean(rows);
    const simulated = await simulatedLeadMean(join(here, 'fitted.yaml'));
    expect(Math.abs(simulated - observed) / observed).toBeLessThan(0.1);
  });
});
