// The workshop page on a laptop, a projector and a 4K screen: at every size the page does not
// scroll sideways, no KPI title or value is cut, the KPIs, both maps and the playback bar are
// on screen together, no two labels of a map overlap (queue counts, "+N" overflow counts,
// names) and, at 1280×720, map text renders at 16 px or more. A slider's re-run moves nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, type Browser } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { buildWeb, ROOT } from './support/build.js';

const missing = browserMissing();
if (missing) console.warn(`skipping the layout tests: ${missing}`);

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** Scenarios with long KPI values ("66.4 h", "-110 min") and long queues (overflow counts). */
const PAGES = [
  'scenario=versicherung&seed=11',
  'scenario=telekom-servicedesk&seed=11',
  'scenario=team-ohne-querkompetenz&seed=11',
  // Leistung staffed with 5: five people at one desk, and "17.5 h" lead times.
  'scenario=versicherung&seed=11&set=organisations.silo.departments.1.staff=5',
] as const;

/** Map text rendered smaller than this at 1280×720 cannot be read from the back of a room. */
const LEGIBLE_PX = 16;

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Findings {
  scrollWidth: number;
  clientWidth: number;
  /** KPI texts whose content is wider than their box, ellipsised, or outside their card. */
  cut: string[];
  /** The KPI area, each map and the playback bar. */
  seen: Box[];
  /** Map text boxes that intersect, as "a × b". */
  overlaps: string[];
  /** People drawn across their desk's border. */
  outside: string[];
  /** The smallest rendered font size of any map text, in CSS pixels. */
  smallestPx: number;
  smallestText: string;
}

/** Everything the checks need, read in the page in one go. */
function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const rect = (e: Element) => e.getBoundingClientRect();
    const label = (e: Element) => `${e.closest('[data-metric]')?.getAttribute('data-metric') ?? ''} "${(e.textContent ?? '').trim()}"`;
    const cut: string[] = [];
    for (const card of document.querySelectorAll('#kpis .kpi')) {
      const c = rect(card);
      for (const e of card.querySelectorAll<HTMLElement>('h3, .kpi-who, .kpi-num, .ci-label, .ci-range')) {
        if (!e.textContent?.trim() || e.getClientRects().length === 0) continue;
        const r = rect(e);
        const style = getComputedStyle(e);
        if (e.scrollWidth > e.clientWidth + 0.5 && style.display !== 'inline') cut.push(`${label(e)} wider than its box`);
        if (style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth) cut.push(`${label(e)} ellipsised`);
        if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5)
          cut.push(`${label(e)} outside its card`);
      }
    }
    const box = (name: string, e: Element | null) => {
      const r = e ? rect(e) : { left: NaN, top: NaN, right: NaN, bottom: NaN };
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const seen = [
      box('#kpis', document.querySelector('#kpis')),
      box('silo map', document.querySelector('#panel-silo svg')),
      box('team map', document.querySelector('#panel-team svg')),
      box('#playback', document.querySelector('#playback')),
    ];
    const overlaps: string[] = [];
    const outside: string[] = [];
    let smallestPx = Infinity;
    let smallestText = '';
    for (const svg of document.querySelectorAll<SVGSVGElement>('#panel-silo svg, #panel-team svg')) {
      // A followed customer's number sits on its token on purpose: not a label of the map.
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
        (t) => t.textContent?.trim() && t.getAttribute('visibility') !== 'hidden' && !t.closest('.follow') && t.getClientRects().length > 0,
      );
      const boxes = texts.map((t) => ({ text: t.textContent!.trim(), r: rect(t) }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          const cross =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          if (cross) overlaps.push(`${svg.closest('.panel')?.id}: "${boxes[i].text}" × "${boxes[j].text}"`);
        }
      }
      const frame = rect(svg);
      for (const { text, r } of boxes)
        if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
          overlaps.push(`${svg.closest('.panel')?.id}: "${text}" cut at the map's edge`);
      for (const t of texts) {
        // The scale from the text's units to screen pixels (rotated labels included).
        const m = t.getScreenCTM();
        const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
        if (px < smallestPx) {
          smallestPx = px;
          smallestText = t.textContent!.trim();
        }
      }
      for (const station of svg.querySelectorAll('g.station')) {
        const desk = station.querySelector('rect');
        if (!desk) continue;
        const d = rect(desk);
        for (const person of station.querySelectorAll('g.person')) {
          const p = rect(person);
          if (p.left < d.left - 0.5 || p.right > d.right + 0.5 || p.top < d.top - 0.5 || p.bottom > d.bottom + 0.5)
            outside.push(`${station.getAttribute('data-unit')}: a person across the desk's border`);
        }
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      cut,
      seen,
      overlaps,
      outside,
      smallestPx,
      smallestText,
    };
  });
}

/** Waits until a run has finished and both panels replay it. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-run-state="done"]', { timeout: 240_000 });
  await page.waitForFunction(() => {
    const counters = [...document.querySelectorAll('#panel-silo .counter, #panel-team .counter')];
    return counters.length > 0 && counters.every((c) => /\d/.test(c.textContent ?? ''));
  });
}

async function showMinute(page: Page, minute: number): Promise<void> {
  await page.locator('#timeline').fill(String(minute));
  await page.waitForFunction((m) => Number(document.querySelector('#sim-time')?.getAttribute('data-minute')) >= m, minute);
}

async function pause(page: Page): Promise<void> {
  const play = page.locator('#play');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
}

/** The elements whose place must not change while a slider's re-run computes. */
const STEADY = ['#kpis', '#panel-silo', '#panel-team', '#playback', '#side', '#stage'];

/** Where the KPI area, the maps, the playback bar and the what-if column stand. */
function positions(page: Page): Promise<string> {
  return page.evaluate((selectors) => {
    const where = (s: string) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return `${s} ${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
    };
    return selectors.map(where).join('\n');
  }, STEADY);
}

/** What the page showed when a re-run began. */
interface Moment {
  at: string;
  maps: number;
  tokens: number;
  stale: boolean;
}

/**
 * Records, at the moment the page turns to "running" (synchronously, in a mutation observer, so
 * even a fast re-run is caught), where the steady elements stand and whether the maps are dimmed.
 */
async function watchRerun(page: Page): Promise<void> {
  await page.evaluate((selectors) => {
    const w = window as unknown as { __during: Moment[] };
    w.__during = [];
    new MutationObserver(() => {
      if (document.body.dataset.runState !== 'running') return;
      const at = selectors
        .map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return `${s} ${r.left.toFixed(1)},${r.top.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
        })
        .join('\n');
      const maps = document.querySelectorAll('#panel-silo svg, #panel-team svg').length;
      const tokens = document.querySelectorAll('#panel-silo g.token, #panel-team g.token').length;
      w.__during.push({ at, maps, tokens, stale: document.querySelector('#stage')!.classList.contains('stale') });
    }).observe(document.body, { attributes: true, attributeFilter: ['data-run-state'] });
  }, STEADY);
}

describe.skipIf(missing !== null)('the workshop page at projector, laptop and 4K sizes', { timeout: 600_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    buildWeb();
    server = await serveStatic(join(ROOT, 'dist/web'));
    browser = await launch(SIZES[0]);
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const query of PAGES) {
    it(`?${query}: fits, cuts no KPI and overlaps no map label at 1024×768, 1280×720, 1920×1080 and 3840×2160`, async () => {
      await page.setViewportSize(SIZES[0]);
      await page.goto(`${server.url}?${query}`);
      await ready(page);
      await pause(page);
      const horizon = Number(await page.locator('#timeline').getAttribute('max'));
      const failures: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const at = `${size.width}×${size.height}`;
        // Early (short queues), the middle and the end of the run (the longest queues, "+N").
        for (const minute of [Math.round(horizon * 0.2), Math.round(horizon * 0.6), horizon]) {
          await showMinute(page, minute);
          // Two frames: the resize's re-layout and the maps' text sizes have settled.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const f = await inspect(page);
          const where = `${at} minute ${minute}`;
          if (f.scrollWidth > f.clientWidth) failures.push(`${where}: scrolls sideways (${f.scrollWidth} > ${f.clientWidth})`);
          for (const c of f.cut) failures.push(`${where}: KPI ${c}`);
          for (const b of f.seen) {
            const inside = b.left >= -0.5 && b.top >= -0.5 && b.right <= size.width + 0.5 && b.bottom <= size.height + 0.5;
            if (!inside || !(b.right > b.left)) failures.push(`${where}: ${b.name} not on screen (${JSON.stringify(b)})`);
          }
          for (const o of f.overlaps) failures.push(`${where}: map labels overlap: ${o}`);
          for (const o of f.outside) failures.push(`${where}: ${o}`);
          if (size.width === 1280 && f.smallestPx < LEGIBLE_PX - 0.05)
            failures.push(`${where}: map text "${f.smallestText}" renders at ${f.smallestPx.toFixed(1)} px`);
        }
      }
      expect([...new Set(failures)]).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it("shows every chart in the stage's place, with labels that do not overlap, at every size", async () => {
    await page.setViewportSize(SIZES[0]);
    await page.goto(`${server.url}?scenario=versicherung&seed=11`);
    await ready(page);
    await pause(page);
    await page.locator('#tab-charts').click();
    const failures: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const group of ['lead-time', 'wip', 'cfd', 'throughput']) {
        await page.locator(`#chart-pick-${group}`).click();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const charts = [...document.querySelectorAll<HTMLElement>('#charts figure.chart')].filter((c) => !c.hidden);
          if (charts.length === 0) out.push('no chart shown');
          for (const chart of charts) {
            const r = chart.getBoundingClientRect();
            if (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.width < 100) out.push(`${chart.id} not on screen`);
            const boxes = [...chart.querySelectorAll('svg text')]
              .filter((t) => t.textContent?.trim())
              .map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].r;
                const b = boxes[j].r;
                if (
                  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
                  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
                )
                  out.push(`${chart.id}: "${boxes[i].text}" × "${boxes[j].text}"`);
              }
          }
          return out;
        });
        for (const f of found) failures.push(`${size.width}×${size.height} ${group}: ${f}`);
      }
    }
    await page.locator('#tab-stage').click();
    expect(failures).toEqual([]);
  });

  it('keeps the KPI area, the maps and the controls in place while a slider re-runs (dimmed, not blanked)', async () => {
    for (const size of [SIZES[1], SIZES[2]]) {
      await page.setViewportSize(size);
      await page.goto(`${server.url}?scenario=versicherung&seed=11`);
      await ready(page);
      // The arrival rate, then a department's staff (which changes the desks drawn).
      for (const [slider, value] of [
        ['#slider-rate', '14'],
        ['#slider-staff-1', '5'],
      ]) {
        const before = await positions(page);
        await watchRerun(page);
        await page.locator(slider).fill(value);
        await page.waitForFunction(() => (window as unknown as { __during: unknown[] }).__during.length > 0);
        await page.waitForSelector('body[data-run-state="done"]', { timeout: 240_000 });
        // The re-run's replays arrive after its KPIs: then the maps are bright again.
        await page.waitForSelector('#stage:not(.stale)');
        const after = await positions(page);
        const during = await page.evaluate(() => (window as unknown as { __during: Moment[] }).__during);
        const at = `${size.width}×${size.height} ${slider}`;
        expect(during[0].maps, `${at}: both maps stay during the re-run`).toBe(2);
        expect(during[0].tokens, `${at}: the last picture's tokens stay during the re-run`).toBeGreaterThan(0);
        expect(during[0].stale, `${at}: the maps are dimmed during the re-run`).toBe(true);
        for (const d of during) expect(d.at, `${at}: during the re-run`).toBe(before);
        expect(after, `${at}: after the re-run`).toBe(before);
      }
    }
    expect(problems).toEqual([]);
  });
});
