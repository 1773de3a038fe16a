// The facilitator's flow in German, end to end in Chromium at a projector's and a laptop's
// size: pick a scenario, predict with the room's answers (animation and numbers covered),
// reveal, what if with a pinned run, explain. At every step no English is on screen: no
// visible text and no aria-label, title or aria-valuetext holds an English catalogue text
// or a common English word. Screenshots of every step go to /tmp/orgflow-flow/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, type Browser } from './support/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';
import { buildWeb, ROOT } from './support/build.js';
import { STRINGS } from '../../web/i18n/strings.js';
import { ENGINE_MESSAGES } from '../../web/i18n/engine.js';

const missing = browserMissing();
if (missing) console.warn(`skipping the browser tests: ${missing}`);

const SHOTS = '/tmp/orgflow-flow';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * English catalogue texts that German words differently, matched as whole words ("Legend"
 * must not match "Legende"); short ones would match inside German text.
 */
const ENGLISH_TEXTS = Object.values(STRINGS)
  .filter((s) => s.en !== s.de && s.en.length >= 6)
  .map((s) => s.en.replace(/\{\w+\}/g, '').trim())
  .map((en) => new RegExp(`(^|[^\\p{L}])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'));
/** Words that only English uses, matched as whole words. */
const ENGLISH_WORDS =
  /\b(the|and|with|of|per|is|are|not|to|from|waiting|done|Lead|Throughput|Error|rate|Customers|Customer|Day|Speed|Play|Restart|Follow|Show|Load|file|Settings|Copy|hours|minutes|Simulating|replications|better|worse|shorter|longer|Difference|Warnings|Charts|Count|arrived|completed|Concerns|Hour|Legend|Intake|Handoff|Utilisation|efficiency|What|Reset|People|Members|delay|Pickup|interval|off|Language|Full|screen|Predict|Reveal|guess|Result|Next|Pinned|Department|Wrong|replies|Context|lost|Glossary|Notes|Traffic|light|roundabout|update|address|answer|step|Step|back|forward)\b/;

/** Every text a person sees or a screen reader says: visible text nodes and label-like attributes of visible elements. */
async function textsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (e: Element): boolean => {
      if (!e.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })) return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('script, style')) continue;
      // Closed <details> hide their content (the command line's English message waits there).
      const closed = parent.closest('details:not([open])');
      if (closed && !parent.closest('summary')) continue;
      if (visible(parent)) out.push(text);
    }
    for (const e of document.body.querySelectorAll('[aria-label], [title], [aria-valuetext], [placeholder], [alt]')) {
      if (!visible(e)) continue;
      for (const a of ['aria-label', 'title', 'aria-valuetext', 'placeholder', 'alt']) {
        const v = e.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
}

async function expectNoEnglish(page: Page, step: string): Promise<void> {
  const texts = await textsOnScreen(page);
  expect(texts.length, `${step}: texts found`).toBeGreaterThan(20);
  const english = texts.filter((text) => ENGLISH_WORDS.test(text) || ENGLISH_TEXTS.some((en) => en.test(text)));
  expect(english, `${step}: English on screen`).toEqual([]);
}

async function shot(page: Page, size: { width: number }, step: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${size.width}-${step}.png`) });
}

const finished = (page: Page) => page.waitForSelector('body[data-run-state="done"]', { timeout: 240_000 });
const playbackTop = (page: Page) => page.$eval('#playback', (e) => e.getBoundingClientRect().top);

describe.skipIf(missing !== null)('the facilitator flow in German', { timeout: 600_000 }, () => {
  let server: StaticServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    buildWeb();
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(join(ROOT, 'dist/web'));
    browser = await launch(SIZES[0]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the German catalogue of engine messages differs from the English one (the check below would miss nothing)', () => {
    expect(Object.keys(ENGINE_MESSAGES.de)).toEqual(Object.keys(ENGINE_MESSAGES.en));
    expect(ENGLISH_TEXTS.length).toBeGreaterThan(100);
  });

  it.each(SIZES)('runs pick → predict → reveal → what if (pinned) → explain at $width×$height with no English on screen', async (size) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    await page.goto(`${server.url}?scenario=versicherung&seed=11&lang=de`);
    await finished(page);

    // 1 · pick: the picker shows titles; the question of the chosen scenario is on screen.
    const options = await page.$$eval('#scenario-pick option:not([hidden])', (os) => os.map((o) => o.textContent));
    expect(options).toContain('Versicherung: Umzug und Leistungsfrage');
    expect(options.every((o) => o && !o.endsWith('.yaml'))).toBe(true);
    expect(await page.locator('#scenario-question').textContent()).toMatch(/^Dieselben sieben Personen/);
    await page.waitForSelector('#panel-silo .counter');
    await shot(page, size, '1-pick');
    await expectNoEnglish(page, 'pick');
    const playbackBefore = await playbackTop(page);

    // 2 · predict: paused, animation and counters covered, no KPI value in the page, several questions.
    await page.locator('#flow-step-predict').click();
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-value]').count()).toBe(0);
    expect(await page.locator('#panel-silo .counter').first().isVisible()).toBe(false);
    expect(await page.locator('#stage').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect(await page.locator('#predict-form [data-question]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#guess-leadTime-hint').textContent()).toMatch(/negativ = Kreisverkehr schneller/);
    await page.locator('#guess-leadTime').fill('-2');
    await page.locator('#guess-siloErrors').fill('15');
    await page.locator('#guess-teamErrors').fill('5');
    await page.locator('#guess-extraStaff-1').check(); // 0 → about the same
    const form = await page.locator('#flow-panel').boundingBox();
    expect(form!.y + form!.height, 'the questions fit on screen').toBeLessThanOrEqual(size.height);
    expect(await playbackTop(page), 'the questions do not move the playback bar').toBe(playbackBefore);
    await shot(page, size, '2-predict');
    await expectNoEnglish(page, 'predict');

    // 3 · reveal: the animation plays first, numbers still covered; then the answers beside the guesses.
    await page.locator('#reveal').click();
    await expect.poll(() => page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-value]').count()).toBe(0);
    await page.waitForTimeout(1500);
    await shot(page, size, '3-reveal');
    await expectNoEnglish(page, 'reveal');
    await page.locator('#show-answers').click();
    await expect.poll(() => page.locator('[data-value]').count()).toBeGreaterThanOrEqual(24);
    const answers = await page.$$eval('#answers tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
    );
    expect(answers[0]).toEqual(['-2,0 h', expect.stringMatching(/^-\d+,\d h$/)]);
    expect(answers[1]).toEqual(['15 %', expect.stringMatching(/^\d+ %$/)]);
    expect(answers[2][0]).toBe('5 %');
    expect(answers[3][0]).toBe('etwa gleich');
    // The answer uses the sign and unit of the Δ card: the card's value in hours, rounded.
    const delta = Number(await page.locator('[data-mode="difference"][data-metric="leadTime.mean"]').getAttribute('data-value'));
    expect(answers[0][1]).toBe(`${(delta / 60).toFixed(1).replace('.', ',')} h`);
    expect(await playbackTop(page), 'the answers do not move the playback bar').toBe(playbackBefore);
    await shot(page, size, '3-answers');
    await expectNoEnglish(page, 'answers');

    // 4 · what if: pin this run, add one person to the busiest department, see it against the pin.
    await page.locator('#flow-next').click();
    await page.locator('#pin-run').click();
    expect(await page.locator('#pin-run').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#try-staff').click();
    await page.waitForSelector('body[data-run-state="running"]', { timeout: 30_000 });
    await finished(page);
    await page.waitForSelector('#staff-answer');
    const compared = await page.$$eval('#pin-compare tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(compared.length).toBe(5);
    expect(compared[0]).toMatch(/→/);
    expect(await page.locator('#staff-answer').textContent()).toMatch(/Ihre Schätzung etwa gleich · Ergebnis (kürzer|länger|etwa gleich)/);
    // The live region announces what the re-run changed (the silo), not every card again.
    const live = (await page.locator('#live-changes').textContent()) ?? '';
    expect(live).toMatch(/, Ampel: [^.]+ → /);
    expect(live).not.toMatch(/Kreisverkehr:/);
    // Sliders say their value with its unit.
    expect(await page.locator('#slider-rate').getAttribute('aria-valuetext')).toBe('10,0 pro Stunde');
    expect(await page.locator('#kpis').getAttribute('aria-label')).toBe('Kennzahlen');
    // The warnings bar now says, in German, that the organisations differ in headcount.
    expect(await page.locator('#warnings li[data-code="HEADCOUNT_DIFFERS"]').textContent()).toMatch(
      /^Die Ampel hat 8 Personen, der Kreisverkehr 7/,
    );
    await shot(page, size, '4-whatif');
    await expectNoEnglish(page, 'what if');

    // 5 · explain: per department and team, the figures and the reason in one sentence.
    await page.locator('#flow-next').click();
    await page.waitForSelector('table.explain[data-mode="team"]', { timeout: 120_000 });
    const reasons = await page.$$eval('table.explain tr.reason', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    expect(reasons.join(' ')).toMatch(/Leistung/);
    for (const r of reasons) expect(r).toMatch(/\d+ % Auslastung|zu \d+ % ausgelastet|Auslastung \d+ %/);
    await page.locator('#glossary-button').click();
    expect(await page.locator('#glossary dd').count()).toBeGreaterThanOrEqual(12);
    const pop = (await page.locator('#glossary .glossary-pop').boundingBox())!;
    expect(pop.x, 'the glossary stays inside the window').toBeGreaterThanOrEqual(0);
    expect(pop.x + pop.width).toBeLessThanOrEqual(size.width);
    await shot(page, size, '5-explain');
    await expectNoEnglish(page, 'explain');
    await page.close();
  });

  it('the same check finds English on the English page (it is not blind)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?scenario=versicherung&seed=11&lang=en`);
    await finished(page);
    const texts = await textsOnScreen(page);
    const english = texts.filter((text) => ENGLISH_WORDS.test(text) || ENGLISH_TEXTS.some((en) => en.test(text)));
    expect(english.length).toBeGreaterThan(20);
    await page.close();
  });

  it('logged no page errors', () => {
    expect(problems).toEqual([]);
  });
});
