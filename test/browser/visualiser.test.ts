// The workshop visualiser in a real browser: the built dist/web from a plain static server,
// driven through playwright-core in Debian's Chromium. What a person sees is what the CLI
// computes, the panels move, sliders re-run, a broken file keeps the old scenario.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, type Browser } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { buildWeb, cliCompare, cliCsv, ROOT } from './support/build.js';

const missing = browserMissing();
if (missing) console.warn(`skipping the browser tests: ${missing}`);

const SEED = 11;
const OUT = join(ROOT, 'test-output');

type Json = Record<string, unknown>;
function meanAt(tree: unknown, metric: string): unknown {
  let node = tree;
  for (const k of metric.split('.')) node = (node as Json)[k];
  return (node as Json).mean;
}

/** Waits until a run has finished (KPIs carry data-value). */
async function finished(page: Page): Promise<void> {
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 240_000 });
}

/**
 * Waits until both panels draw the current run's replay: their counters ("in system 3 · done 5")
 * show numbers instead of "…". The replay comes after the KPIs, so a finished run alone is not
 * enough. Only meaningful after a load: a re-run of the same scenario keeps the old counters.
 */
async function replayShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const counters = [...document.querySelectorAll('#panel-silo .counter, #panel-team .counter')];
    return counters.length > 0 && counters.every((c) => /\d/.test(c.textContent ?? ''));
  });
}

/** The simulated minute the clock shows. */
async function minuteShown(page: Page): Promise<number> {
  return Number(await page.locator('#sim-time').getAttribute('data-minute'));
}

/** Waits until the clock shows `minute` or later. */
async function clockReaches(page: Page, minute: number): Promise<void> {
  await page.waitForFunction((m) => Number(document.querySelector('#sim-time')?.getAttribute('data-minute')) >= m, minute);
}

/** Moves the timeline to `minute` and waits until the clock shows it. */
async function showMinute(page: Page, minute: number): Promise<void> {
  await page.locator('#timeline').fill(String(minute));
  await clockReaches(page, minute);
}

async function pause(page: Page): Promise<void> {
  const play = page.locator('#play');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
}

/** A PNG file's width and height, from its IHDR chunk (after checking the signature). */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect([...png.subarray(0, 8)], `${file} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function kpis(page: Page): Promise<{ mode: string; metric: string; value: string }[]> {
  // The figures the page derives (data-derived) are not keys of the CLI's JSON; web/flow tests them.
  return page.$$eval('[data-metric][data-mode][data-value]:not([data-derived])', (els) =>
    els.map((e) => ({
      mode: e.getAttribute('data-mode')!,
      metric: e.getAttribute('data-metric')!,
      value: e.getAttribute('data-value')!,
    })),
  );
}

/** All 24 KPI cards show exactly the means of `orgflow compare --json` (`cli`). */
async function expectKpisOf(page: Page, cli: unknown): Promise<void> {
  const { silo, team, difference } = cli as { silo: Json; team: Json; difference: Json };
  const shown = await kpis(page);
  expect(shown.length).toBe(8 * 3);
  for (const { mode, metric, value } of shown) {
    const expected = meanAt(mode === 'difference' ? difference : (mode === 'silo' ? silo : team).metrics, metric);
    // JSON writes a non-finite number as null.
    expect(value, `${mode} ${metric}`).toBe(expected === null ? 'NaN' : String(expected));
  }
}

async function tokenPositions(page: Page, panel: 'silo' | 'team'): Promise<Map<string, string>> {
  const list = await page.$$eval(`#panel-${panel} g.token`, (els) =>
    els.map((e) => [e.getAttribute('data-key')!, e.getAttribute('transform')!] as const),
  );
  return new Map(list);
}

describe.skipIf(missing !== null)('workshop visualiser in Chromium', { timeout: 300_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    buildWeb();
    mkdirSync(OUT, { recursive: true });
    server = await serveStatic(join(ROOT, 'dist/web'));
    browser = await launch({ width: 1920, height: 1080 });
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request: ${r.url()}`));
    await page.goto(`${server.url}?scenario=versicherung&seed=${SEED}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the default scenario's KPIs exactly as `orgflow compare --seed N --json` prints them", async () => {
    await finished(page);
    await expectKpisOf(page, cliCompare('scenarios/versicherung.yaml', SEED));
    expect(await page.locator('#seed').inputValue()).toBe(String(SEED));
  });

  it('moves tokens in both panels while playing', async () => {
    await finished(page);
    await replayShown(page);
    await page.locator('#speed').fill('700');
    if ((await page.locator('#play').getAttribute('aria-pressed')) !== 'true') await page.locator('#play').click();
    // A team often has nobody in the system for a moment: look at several instants, each at
    // least half a simulated hour after the one before (the wait fails if the clock stands still).
    const snapshots: Record<'silo' | 'team', Map<string, string>[]> = { silo: [], team: [] };
    for (let i = 0; i < 8; i++) {
      const minute = await minuteShown(page);
      for (const panel of ['silo', 'team'] as const) snapshots[panel].push(await tokenPositions(page, panel));
      await clockReaches(page, minute + 30);
    }
    for (const panel of ['silo', 'team'] as const) {
      const shots = snapshots[panel];
      expect(
        shots.some((s) => s.size > 0),
        panel,
      ).toBe(true);
      const moved = shots.slice(1).some((after, i) => {
        const before = shots[i];
        return [...after].some(([key, pos]) => before.has(key) && before.get(key) !== pos) || [...before.keys()].some((k) => !after.has(k));
      });
      expect(moved, panel).toBe(true);
    }
  });

  it('fits the KPI cards, both maps and the controls on a 1920×1080 projector, and writes its screenshot', async () => {
    await pause(page);
    // Day 3, 18:40: queues have built up in front of the lights.
    await showMinute(page, 4000);
    await replayShown(page);
    expect(page.viewportSize()).toEqual({ width: 1920, height: 1080 });
    const boxes = await page.evaluate(() => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      };
      const named = (selector: string) => [...document.querySelectorAll(selector)].map((e, i) => ({ name: `${selector} ${i}`, ...box(e) }));
      return {
        seen: [...named('#kpis div.kpi'), ...named('#panel-silo g.map'), ...named('#panel-team g.map'), ...named('#playback')],
        // Any element, however deep, reaching past the left or right edge.
        sticksOut: [...document.body.querySelectorAll('*')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
          })
          .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.getAttribute('class') ?? ''}`),
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      };
    });
    expect(boxes.seen.filter((b) => b.name.startsWith('#kpis')).length).toBe(10);
    expect(boxes.seen.filter((b) => b.name.includes('g.map')).length).toBe(2);
    for (const b of boxes.seen) {
      expect(b.width * b.height, `${b.name} is drawn`).toBeGreaterThan(0);
      expect(b.left, `${b.name} left`).toBeGreaterThanOrEqual(0);
      expect(b.top, `${b.name} top`).toBeGreaterThanOrEqual(0);
      expect(b.right, `${b.name} right`).toBeLessThanOrEqual(1920);
      expect(b.bottom, `${b.name} bottom`).toBeLessThanOrEqual(1080);
    }
    expect(boxes.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(boxes.clientWidth);
    expect(boxes.sticksOut).toEqual([]);

    const shot = join(OUT, 'visualiser-1920x1080.png');
    const charts = join(OUT, 'visualiser-charts.png');
    // A file left by an earlier run must not pass for this one.
    for (const f of [shot, charts]) rmSync(f, { force: true });
    await page.screenshot({ path: shot });
    // The charts are the stage's second view.
    await page.locator('#tab-charts').click();
    await page.locator('#charts').screenshot({ path: charts });
    // Screen readers name each chart by its title, not by its caption's buttons.
    const names = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/\w{4}/);
    for (const name of names) expect(name).not.toMatch(/SVG|PNG|As table|Als Tabelle/);
    await page.locator('#tab-stage').click();
    expect(pngSize(shot)).toEqual([1920, 1080]);
    const [width, height] = pngSize(charts);
    expect(width * height, 'the charts image has pixels').toBeGreaterThan(0);
  });

  it('follows a customer through both organisations', async () => {
    await pause(page);
    await page.locator('#follow-id').fill('40');
    await page.locator('#follow-id').press('Enter');
    await expect.poll(() => page.locator('#journey g.lane.silo rect.span').count()).toBeGreaterThan(0);
    expect(await page.locator('#journey g.lane.team rect.span').count()).toBeGreaterThan(0);
    expect(await page.locator('#journey .journey-summary').textContent()).toContain('40');
    await page.locator('#journey').screenshot({ path: join(OUT, 'visualiser-follow.png') });
  });

  it('space pauses and plays, the arrow keys step; clicking a token follows its customer', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const pressed = () => page.locator('#play').getAttribute('aria-pressed');
    const was = await pressed();
    await page.keyboard.press('Space');
    expect(await pressed()).not.toBe(was);
    if ((await pressed()) === 'true') await page.keyboard.press('Space');
    expect(await pressed()).toBe('false');
    const minute = Number(await page.locator('#sim-time').getAttribute('data-minute'));
    await page.keyboard.press('ArrowRight');
    expect(Number(await page.locator('#sim-time').getAttribute('data-minute'))).toBeGreaterThan(minute);
    await page.keyboard.press('ArrowLeft');
    expect(Number(await page.locator('#sim-time').getAttribute('data-minute'))).toBe(minute);
    const token = page.locator('#panel-silo g.token').first();
    const concern = await token.getAttribute('data-concern');
    await token.dispatchEvent('click');
    await expect.poll(() => page.locator('#follow-id').inputValue()).toBe(concern);
    await expect.poll(() => page.locator(`#panel-silo g.follow`).count()).toBeGreaterThan(0);
    expect(await page.locator('#journey g.lane.silo rect.span').count()).toBeGreaterThan(0);
  });

  it('draws a part waiting for its prerequisite beside its department (order error of customer 34)', async () => {
    if ((await page.locator('#play').getAttribute('aria-pressed')) === 'true') await page.locator('#play').click();
    // Seed 11, replication 0: customer 34's answer is done at 377.8 before its address change
    // (done at 429.6); in between it waits, marked, until the correction is queued.
    await page.locator('#timeline').fill('400');
    const blocked = page.locator('#panel-silo g.token[data-state="blocked"][data-concern="34"]');
    await expect.poll(() => blocked.count()).toBe(1);
    const tray = await page.locator('#panel-silo rect.tray[data-unit="leistung"]').boundingBox();
    const token = await blocked.boundingBox();
    expect(token!.x + token!.width / 2).toBeGreaterThan(tray!.x);
    expect(token!.x + token!.width / 2).toBeLessThan(tray!.x + tray!.width);
    expect(token!.y + token!.height / 2).toBeGreaterThan(tray!.y);
    expect(token!.y + token!.height / 2).toBeLessThan(tray!.y + tray!.height);
    await page.locator('#follow-id').fill('34');
    await page.locator('#follow-id').press('Enter');
    await expect.poll(() => page.locator('#journey g.lane.silo rect.span.blocked').count()).toBe(1);
    await expect.poll(() => page.locator('#panel-silo g.follow').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'visualiser-order-error.png') });
    await page.locator('#journey').screenshot({ path: join(OUT, 'visualiser-follow-order-error.png') });
  });

  it("exports the CLI's CSV files byte for byte, and charts as PNG", async () => {
    // The page recomputes the records on demand: they must equal `orgflow compare --csv`.
    const dir = mkdtempSync(join(tmpdir(), 'orgflow-cli-csv-'));
    try {
      cliCsv('scenarios/versicherung.yaml', SEED, dir);
      for (const kind of ['summary', 'concerns', 'timeseries'] as const) {
        const csv = page.waitForEvent('download');
        await page.locator(`#export-${kind}`).click();
        const file = await csv;
        expect(file.suggestedFilename()).toBe(`${kind}.csv`);
        const text = await readFile((await file.path())!, 'utf8');
        expect(text === readFileSync(join(dir, `${kind}.csv`), 'utf8'), `${kind}.csv equals the CLI's`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const png = page.waitForEvent('download');
    await page.locator('#tab-charts').click();
    await page.locator('#chart-pick-wip').click();
    await page.locator('#chart-wip button[data-export="png"]').click();
    const image = await readFile((await (await png).path())!);
    await page.locator('#tab-stage').click();
    expect([...image.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('re-runs when a slider moves and shows other KPIs', async () => {
    const before = await kpis(page);
    const throughput = (list: typeof before, mode: string) => list.find((k) => k.mode === mode && k.metric === 'throughputPerDay')!.value;
    await page.locator('#slider-rate').fill('14');
    await page.waitForSelector('body[data-run-state="running"]', { timeout: 30_000 });
    await finished(page);
    const after = await kpis(page);
    expect(after.length).toBe(before.length);
    expect(throughput(after, 'silo')).not.toBe(throughput(before, 'silo'));
    expect(throughput(after, 'team')).not.toBe(throughput(before, 'team'));
    expect(await page.locator('[data-slider="rate"]').getAttribute('class')).toContain('moved');

    // The settings travel as a link and as scenario YAML.
    await page.locator('#copy-link').click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('set=arrivals.rate%3D14%2Fh');
    const yaml = page.waitForEvent('download');
    await page.locator('#export-yaml').click();
    expect(await readFile((await (await yaml).path())!, 'utf8')).toMatch(/rate: 14\/h/);
    const link = await page.evaluate(() => location.href);
    const other = await browser.context.newPage();
    await other.goto(link);
    await finished(other);
    expect(await other.locator('#slider-rate').inputValue()).toBe('14');
    expect(await kpis(other)).toEqual(after);
    await other.close();

    // The file's own settings ran before: the worker keeps their replications, so Reset shows them at once.
    await page.locator('#sliders-reset').click();
    await expect.poll(() => kpis(page), { timeout: 30_000 }).toEqual(before);
    await finished(page);
  });

  it('follows a drag: the KPIs end on the last position, as the CLI computes it', async () => {
    // Input events faster than runs: the newest setting waits for the run in flight, the ones between are dropped.
    for (const rate of ['11', '11.5', '12', '12.5', '13']) await page.locator('#slider-rate').fill(rate);
    // A run in between may already show its KPIs: wait for the ones of 13/h.
    const cli = cliCompare('scenarios/versicherung.yaml', SEED, ['arrivals.rate=13/h']) as { silo: Json };
    const expected = String(meanAt((cli.silo as Json).metrics, 'throughputPerDay'));
    await expect
      .poll(async () => (await kpis(page)).find((k) => k.mode === 'silo' && k.metric === 'throughputPerDay')?.value, { timeout: 60_000 })
      .toBe(expected);
    await page.locator('#sliders-reset').click();
    await finished(page);
  });

  it('re-runs only the organisation a slider changes, and shows all KPIs as the CLI computes them', async () => {
    // A silo department's staff: the team's replications come from the worker's store, the silo's are new.
    await page.locator('#slider-staff-0').fill('4');
    await page.waitForSelector('body[data-run-state="running"]', { timeout: 30_000 });
    await finished(page);
    await expectKpisOf(page, cliCompare('scenarios/versicherung.yaml', SEED, ['organisations.silo.departments.0.staff=4']));
    await page.locator('#sliders-reset').click();
    // The reset's run may not have started yet when the page still says "done": wait for its numbers.
    const file = cliCompare('scenarios/versicherung.yaml', SEED) as { silo: Json };
    const lead = String(meanAt(file.silo.metrics, 'leadTime.mean'));
    await expect
      .poll(async () => (await kpis(page)).find((k) => k.mode === 'silo' && k.metric === 'leadTime.mean')?.value, { timeout: 60_000 })
      .toBe(lead);
    await finished(page);
  });

  it('refuses a broken YAML with its line number and keeps the old scenario', async () => {
    const before = await kpis(page);
    const subtitle = await page.locator('#top .subtitle').textContent();
    await page.locator('#scenario-file').setInputFiles({
      name: 'kaputt.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('name: kaputt\ntime:\n  horizon: 5d\n  warmup: [1d\narrivals: { rate: 5/h }\n'),
    });
    const item = page.locator('#refused li').first();
    await item.waitFor({ timeout: 30_000 });
    expect(Number(await item.getAttribute('data-line'))).toBeGreaterThan(0);
    expect(await page.locator('#refused').textContent()).toMatch(/kaputt\.yaml/);
    expect(await page.locator('#refused .where').first().textContent()).toMatch(/(line|Zeile) \d+/);
    expect(await page.locator('#top .subtitle').textContent()).toBe(subtitle);
    expect(await kpis(page)).toEqual(before);
  });

  it('refuses a file over 1 MB and a YAML alias bomb with a message', async () => {
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'gross.yaml', mimeType: 'text/yaml', buffer: Buffer.alloc(1024 * 1024 + 1, 'a') });
    await expect.poll(() => page.locator('#refused').textContent()).toMatch(/1 MB/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`);
    await page.locator('#scenario-file').setInputFiles({ name: 'bombe.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bomb.join('\n')) });
    await expect.poll(() => page.locator('#refused li').first().getAttribute('data-code')).toBe('YAML_ALIAS_LIMIT');
    expect(await page.locator('#refused').textContent()).toContain('bombe.yaml');
  });

  it('shows scenario text only as text', async () => {
    await page.locator('#scenario-file').setInputFiles({
      name: '<img src=x onerror=alert(1)>.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('name: "<script>window.__pwned = 1</script>"\nbogus: <b>x</b>\n'),
    });
    await page.locator('#refused li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#refused img, #refused script, #refused b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('speaks German with ?lang=de and hides the KPIs until the prediction is revealed', async () => {
    await page.goto(`${server.url}?scenario=versicherung&seed=${SEED}&lang=de`);
    await page.locator('#flow-step-predict').click();
    await finished(page);
    expect(await page.locator('#panel-silo h2').textContent()).toContain('Ampel');
    expect(await page.locator('#panel-team h2').textContent()).toContain('Kreisverkehr');
    expect(await page.locator('[data-value]').count()).toBe(0);
    await page.locator('#guess-leadTime').fill('2');
    await page.locator('#reveal').click();
    await page.locator('#show-answers').click();
    await expect.poll(() => page.locator('[data-value]:not([data-derived])').count()).toBe(24);
    expect(await page.locator('#answers tbody tr').first().textContent()).toMatch(/2,0 h/);
    await replayShown(page);
    await page.screenshot({ path: join(OUT, 'visualiser-de-predict.png') });
  });

  it('fits every slider of each shipped scenario beside maps that fill their panels at 1920×1080', async () => {
    const names = readdirSync(join(ROOT, 'scenarios'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    for (const name of names) {
      await page.goto(`${server.url}?scenario=${name}&seed=${SEED}&lang=de`);
      await finished(page);
      const side = await page.$eval('#side', (e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
      expect(side.scroll, `${name}: the what-if column scrolls`).toBeLessThanOrEqual(side.client);
      expect(await page.locator('#sliders input[type="range"]').count(), name).toBeGreaterThan(5);
      // The maps cover their panels (no empty third at the bottom): the Ampel both ways, the
      // roundabouts at least one way (a single roundabout is as wide as it is high).
      const silo = {
        body: await page.locator('#panel-silo .panel-body').boundingBox(),
        map: await page.locator('#panel-silo g.map').boundingBox(),
      };
      expect(silo.map!.width, `${name} silo`).toBeGreaterThan(silo.body!.width * 0.85);
      expect(silo.map!.height, `${name} silo`).toBeGreaterThan(silo.body!.height * 0.85);
      const team = { svg: await page.locator('#panel-team svg').boundingBox(), map: await page.locator('#panel-team g.map').boundingBox() };
      expect(Math.max(team.map!.width / team.svg!.width, team.map!.height / team.svg!.height), `${name} team`).toBeGreaterThan(0.85);
      if (name === 'telekom-servicedesk' || name === 'bank-kontoeroeffnung') {
        await replayShown(page);
        await showMinute(page, 4000);
        await page.screenshot({ path: join(OUT, `visualiser-${name}.png`) });
      }
    }
  });

  it('lays out four teams and four departments from a loaded file', async () => {
    const base = parseYaml(readFileSync(join(ROOT, 'scenarios/versicherung.yaml'), 'utf8')) as Json;
    const orgs = base.organisations as { silo: Json; team: { teams: Json[] } };
    const [a, b] = orgs.team.teams;
    orgs.team.teams = [a, b, { ...a, id: 'team-c', label: 'Team C' }, { ...b, id: 'team-d', label: 'Team D' }];
    const depts = orgs.silo.departments as Json[];
    orgs.silo.departments = [
      ...depts,
      { id: 'archiv', label: 'Archiv und Poststelle', skills: ['archive'], staff: 1 },
      { id: 'beschwerde', label: 'Beschwerdemanagement', skills: ['complaints'], staff: 2 },
    ];
    base.name = 'Versicherung mit vier Teams';
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'vier-teams.yaml', mimeType: 'text/yaml', buffer: Buffer.from(toYaml(base)) });
    await expect.poll(() => page.locator('#panel-team g.roundabout').count(), { timeout: 30_000 }).toBe(4);
    await finished(page);
    expect(await page.locator('#panel-silo g.station').count()).toBe(1 + 4);
    await replayShown(page);
    await showMinute(page, 4000);
    await page.screenshot({ path: join(OUT, 'visualiser-four-teams.png') });
  });

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});

if (missing !== null) it.skip(`workshop visualiser in Chromium: ${missing}`, () => {});
