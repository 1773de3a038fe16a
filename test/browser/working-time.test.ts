// Working time on the page, in Chromium: the Bürgeramt's clock reads weekday and time, its
// offices are drawn closed at night and open on a weekday morning, and its working-lead-time
// KPI is the CLI's; in the insurance with 8 % absence a person the trace has away is drawn
// away, and the availability KPI is the CLI's. Screenshots at 1280×720 go to $TMPDIR/orgflow-working-time/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, type Browser } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { buildWeb, cliCompare, ROOT } from './support/build.js';
import { spawnSync } from 'node:child_process';

const missing = browserMissing();
const SEED = 11;
const OUT = join(tmpdir(), 'orgflow-working-time');
const DAY = 1440;
const WEEK = 7 * DAY;

type Json = Record<string, unknown>;
function meanAt(tree: unknown, metric: string): unknown {
  let node = tree;
  for (const k of metric.split('.')) node = (node as Json)[k];
  return (node as Json).mean;
}

async function opened(page: Page, scenario: string): Promise<void> {
  await page.goto(`${page.url().split('?')[0]}?scenario=${scenario}&seed=${SEED}`);
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 240_000 });
  // The replay comes after the KPIs: wait until both panels' counters show numbers.
  await page.waitForFunction(() => {
    const counters = [...document.querySelectorAll('#panel-silo .counter, #panel-team .counter')];
    return counters.length > 0 && counters.every((c) => /\d/.test(c.textContent ?? ''));
  });
  const play = page.locator('#play');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
}

/** Moves the timeline to `minute` and waits until the clock shows it. */
async function showMinute(page: Page, minute: number): Promise<void> {
  await page.locator('#timeline').fill(String(minute));
  await page.waitForFunction((m) => Number(document.querySelector('#sim-time')?.getAttribute('data-minute')) === m, minute);
}

/** The data-value of a KPI cell, and the CLI's mean for the same mode and metric. */
async function expectKpi(page: Page, cli: unknown, metric: string): Promise<void> {
  const { silo, team, difference } = cli as { silo: Json; team: Json; difference: Json };
  for (const [mode, tree] of [
    ['silo', silo.metrics],
    ['team', team.metrics],
    ['difference', difference],
  ] as const) {
    const value = await page.locator(`[data-mode="${mode}"][data-metric="${metric}"]`).getAttribute('data-value');
    expect(value, `${mode} ${metric}`).toBe(String(meanAt(tree, metric)));
  }
}

/** Replication 0's `absent` events of one organisation, from `orgflow compare --trace`. */
function absences(file: string, mode: string): { at: number; unit: string; worker: number; until: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'orgflow-trace-'));
  try {
    const trace = join(dir, 'trace.jsonl');
    const r = spawnSync(
      process.execPath,
      ['bin/orgflow.js', 'compare', file, '--seed', String(SEED), '--replications', '1', '--trace', trace, '--quiet'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`orgflow compare --trace failed: ${r.stderr}`);
    return readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"absent"'))
      .map((line) => JSON.parse(line) as Json)
      .filter((e) => e.type === 'absent' && e.mode === mode) as never;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(missing !== null)('working time in Chromium', { timeout: 300_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    buildWeb();
    mkdirSync(OUT, { recursive: true });
    server = await serveStatic(join(ROOT, 'dist/web'));
    browser = await launch({ width: 1280, height: 720 });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Bürgeramt: the clock reads weekday and time; offices are closed at night and open on Tuesday 09:00', async () => {
    await opened(page, 'buergeramt-umzug');
    const night = WEEK + DAY + 3 * 60; // week 2, Tuesday 03:00
    await showMinute(page, night);
    expect(await page.locator('#sim-time').textContent()).toMatch(/^(Week 2, Tue|Woche 2, Di) 03:00$/);
    for (const unit of ['#panel-silo g.station[data-unit="intake"]', '#panel-team g.roundabout[data-unit]']) {
      await expect.poll(() => page.locator(unit).first().getAttribute('data-closed')).toBe('true');
    }
    const label = page.locator('#panel-silo g.closed-label[data-unit="intake"]');
    expect(await label.getAttribute('visibility')).toBe('visible');
    expect(await label.textContent()).toMatch(/(opens Tue|öffnet Di) 08:00/);
    await page.locator('#panel-silo').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'working-time-closed.png') });

    await showMinute(page, WEEK + DAY + 9 * 60);
    expect(await page.locator('#sim-time').textContent()).toMatch(/^(Week 2, Tue|Woche 2, Di) 09:00$/);
    const units = page.locator('#panel-silo g.station[data-unit], #panel-team g.roundabout[data-unit]');
    const states = await units.evaluateAll((els) => els.map((e) => e.getAttribute('data-closed')));
    expect(states.length).toBeGreaterThan(1);
    expect(states.every((s) => s === 'false')).toBe(true);
    expect(await label.getAttribute('visibility')).toBe('hidden');
    await page.locator('#panel-silo').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'working-time-open.png') });
  });

  it('Bürgeramt: the working-lead-time KPI is the one of `orgflow compare --json`', async () => {
    await expectKpi(page, cliCompare('scenarios/buergeramt-umzug.yaml', SEED), 'leadTimeWorking.mean');
  });

  it('insurance with 8 % absence: a person the trace has away is drawn away; availability is the CLI figure', async () => {
    await opened(page, 'versicherung-urlaub');
    const away = absences('scenarios/versicherung-urlaub.yaml', 'silo');
    expect(away.length).toBeGreaterThan(0);
    const e = away[0];
    const horizon = Number(await page.locator('#timeline').getAttribute('max'));
    const t = Math.ceil((e.at + Math.min(e.until, horizon)) / 2);
    await showMinute(page, t);
    const person = page.locator(`#panel-silo g.station[data-unit="${e.unit}"] g.person[data-worker="${e.worker}"]`);
    await expect.poll(() => person.getAttribute('data-away')).toBe('true');
    expect(await person.locator('g.away-mark').getAttribute('display')).toBe('inline');
    // Everyone the trace has away at t, and nobody else, is drawn away.
    const expected = away
      .filter((a) => a.at <= t && t < a.until)
      .map((a) => `${a.unit}#${a.worker}`)
      .sort();
    const drawn = await page
      .locator('#panel-silo g.person[data-away="true"]')
      .evaluateAll((els) => els.map((p) => `${p.closest('g.station')!.getAttribute('data-unit')}#${p.getAttribute('data-worker')}`));
    expect(drawn.sort()).toEqual(expected);
    await page.locator('#panel-silo').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'working-time-away.png') });
    await page.locator('#kpis').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'working-time-kpis.png') });
    await expectKpi(page, cliCompare('scenarios/versicherung-urlaub.yaml', SEED), 'availability.overall');
    expect(problems).toEqual([]);
  });
});
