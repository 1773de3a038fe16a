// `--only web`: the workshop page as a user meets it, in Chromium on this machine. The built
// page (dist/web) from a static server; each round opens it afresh (the first move of every
// slider is measured, the engine's code cold in the workers) and times, in the page:
// navigation → the first KPIs shown, and every slider's first move (its input event) → the
// KPIs of the new setting shown. Between moves the page is left to show the replay, as a
// person looking at the result would.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, FLAGS, PROBE, marks, serve, viteBuild, waitForDone } from './browser.js';
import { log, median, repoPath, round } from './support.js';

/**
 * When the KPI area first shows numbers of a new setting: a run's preview (#kpis turns
 * .preview, its first replications) or its final KPIs, whichever comes first.
 */
const SHOWN = `(() => {
  const shown = [];
  window.__shown = shown;
  const watch = () => {
    const kpis = document.getElementById('kpis');
    let was = false;
    new MutationObserver(() => {
      const now = kpis.classList.contains('preview');
      if (now && !was) shown.push(performance.now());
      was = now;
    }).observe(kpis, { attributes: true, attributeFilter: ['class'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
})();`;

/** The first moment after `from` when new KPIs were on screen (preview or final). */
async function firstShown(page: Page, from: number, done: number): Promise<number> {
  const shown = await page.evaluate(() => (window as unknown as { __shown: number[] }).__shown);
  return Math.min(done, ...shown.filter((t) => t >= from));
}

export interface WebResult {
  chromium: string;
  rounds: number;
  viewport: string;
  /** Navigation start → the first KPIs shown, a preview or final (median of the rounds). */
  loadToKpisMs: number;
  /** Navigation start → the final KPIs (all replications). */
  loadToFinalMs: number;
  /** Every slider's first move → its first KPIs shown (preview or final), and → its final KPIs. */
  sliders: { slider: string; ms: number; finalMs: number; moves: number[] }[];
  /** The very first slider move of a page (the first row above), and the slowest slider. */
  firstMoveMs: number;
  slowestSliderMs: number;
  loads: number[];
}

/** A value one step away from the slider's current one (down at its maximum). */
async function stepOf(page: Page, id: string): Promise<string> {
  return page.$eval(`#${id}`, (e) => {
    const input = e as unknown as { step: string; value: string; max: string };
    const step = Number(input.step) || 1;
    const v = Number(input.value);
    const next = v + step <= Number(input.max) ? v + step : v - step;
    return String(Number(next.toFixed(6)));
  });
}

export async function measureWeb(rounds: number): Promise<WebResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  const failed = viteBuild([]);
  if (failed) return { skipped: failed };
  const server = await serve(repoPath('dist/web'));
  const profile = mkdtempSync(join(tmpdir(), 'orgflow-bench-web-'));
  const viewport = { width: 1920, height: 1080 };
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport });
  const version = context.browser()?.version() ?? 'chromium';
  const loads: number[] = [];
  const finals: number[] = [];
  const moves = new Map<string, number[]>();
  const finalMoves = new Map<string, number[]>();
  try {
    await context.addInitScript(PROBE);
    await context.addInitScript(SHOWN);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (let r = 0; r < rounds; r++) {
      await page.goto(`${server.url}?scenario=versicherung`, { waitUntil: 'load' });
      const first = await waitForDone(page, 1);
      finals.push(first.done[0]);
      loads.push(await firstShown(page, 0, first.done[0]));
      await page.waitForSelector('#stage:not(.stale)', { timeout: 120_000 });
      const ids = await page.$$eval('#sliders input[type="range"]', (list) => list.map((e) => e.id));
      const line: string[] = [];
      for (const id of ids) {
        const before = await marks(page);
        await page.locator(`#${id}`).fill(await stepOf(page, id));
        const m = await waitForDone(page, before.painted.length + 1);
        const input = m.inputs[m.inputs.length - 1];
        const done = m.done[m.done.length - 1];
        const ms = (await firstShown(page, input, done)) - input;
        moves.set(id, [...(moves.get(id) ?? []), ms]);
        finalMoves.set(id, [...(finalMoves.get(id) ?? []), done - input]);
        line.push(`${id.replace(/^slider-/, '')} ${Math.round(ms)}/${Math.round(done - input)}`);
        // The replay of the new setting, then a moment to look at it.
        await page.waitForSelector('#stage:not(.stale)', { timeout: 120_000 });
        await page.waitForTimeout(300);
      }
      log(
        `  web round ${r + 1}/${rounds}: page → KPIs ${Math.round(loads.at(-1)!)} ms (final ${Math.round(finals.at(-1)!)}); slider → first/final KPIs ms: ${line.join(', ')}`,
      );
    }
    if (errors.length > 0) log(`  web page errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
  const sliders = [...moves].map(([id, list]) => ({
    slider: id.replace(/^slider-/, ''),
    ms: round(median(list), 4),
    finalMs: round(median(finalMoves.get(id)!), 4),
    moves: list.map((v) => round(v, 4)),
  }));
  return {
    chromium: version,
    rounds,
    viewport: `${viewport.width}×${viewport.height}`,
    loadToKpisMs: round(median(loads), 4),
    loadToFinalMs: round(median(finals), 4),
    sliders,
    firstMoveMs: sliders[0]?.ms ?? NaN,
    slowestSliderMs: Math.max(...sliders.map((s) => s.ms)),
    loads: loads.map((v) => round(v, 4)),
  };
}
