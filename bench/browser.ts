// The visualiser in Chromium (playwright-core, Debian's /usr/bin/chromium): how long the
// default scenario's full run takes in the Web Worker, and how long a slider move takes
// until the KPI cards show the new numbers. Timing is read inside the page: the request to
// the worker (Worker#postMessage, wrapped by an init script), the slider's input event, and
// the moment <body data-run-state> turns "done" (the KPIs get their data-value in that same
// render), plus the next animation frame (painted).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT, log, median, repoPath, round } from './support.js';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserResult {
  chromium: string;
  runs: number;
  /** Navigation start until the first run's KPIs are shown (worker start-up included). */
  loadToKpisMs: number;
  /** The run request posted to the worker until the KPIs are shown: the full run of 2 × 20 replications. */
  fullRunMs: number;
  /** A slider's input event until the new KPIs are shown (the page's debounce included). */
  sliderToKpisMs: number;
  /** Every move's input → KPIs, in order: the first move after a load recompiles the engine's code in both workers. */
  sliderMovesMs: number[];
  /** The re-run request (after the debounce) until the new KPIs are shown. */
  sliderRunMs: number;
  /** The page's slider debounce, read from the two above. */
  debounceMs: number;
  /** The same three numbers, painted (the next animation frame after the KPIs changed). */
  paintedFullRunMs: number;
  paintedSliderToKpisMs: number;
  /** The engine alone in a module worker of a page of its own (bench/web-probe). */
  probe: ProbeResult;
}

/** bench/web-probe: the visualiser's worker computation without the page around it. */
export interface ProbeResult {
  runs: number;
  /** The first run in a fresh worker (cold JIT), request to result, worker start-up excluded. */
  coldMs: number;
  /** Median of the later runs (warm), which is what a slider re-run costs. */
  warmMs: number;
  /** Phases of the warm runs (medians). */
  warm: { parseMs: number; tracedMs: number; untracedMs: number; summaryMs: number };
  /** Worker start-up: the first request until the worker began on it. */
  workerStartMs: number;
  /** Posting replication 0's traces (both organisations) to the page. */
  transferMs: number;
  traceEvents: number;
}

interface ProbeReport {
  queuedMs: number;
  parseMs: number;
  tracedMs: number;
  untracedMs: number;
  summaryMs: number;
  totalMs: number;
  traceEvents: number;
}

/** Installed before the page's scripts: timestamps of worker requests, slider input and run state. */
export const PROBE = `(() => {
  const marks = { requests: [], inputs: [], done: [], painted: [] };
  window.__bench = marks;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'run') marks.requests.push(performance.now());
    return post.call(this, message, ...rest);
  };
  document.addEventListener('input', () => marks.inputs.push(performance.now()), true);
  let last = null;
  const watch = () => new MutationObserver(() => {
    const state = document.body.dataset.runState;
    const changed = state !== last;
    last = state;
    // render() sets the attribute on every state change; count only the turn to "done".
    if (!changed || state !== 'done') return;
    const at = performance.now();
    marks.done.push(at);
    requestAnimationFrame(() => marks.painted.push(performance.now()));
  }).observe(document.body, { attributes: true, attributeFilter: ['data-run-state'] });
  if (document.body) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();`;

export interface Marks {
  requests: number[];
  inputs: number[];
  done: number[];
  painted: number[];
}

export async function serve(root: string): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    void (async () => {
      let file = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return void res.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('invariant: no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export const marks = (page: Page): Promise<Marks> => page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);

export async function waitForDone(page: Page, count: number): Promise<Marks> {
  await page.waitForFunction((n) => (window as unknown as { __bench: Marks }).__bench.painted.length >= n, count, { timeout: 120_000 });
  return marks(page);
}

export function viteBuild(args: string[]): string | null {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return build.status === 0 ? null : `vite build failed: ${build.stderr.slice(-500)}`;
}

async function measureProbe(context: import('playwright-core').BrowserContext, runs: number): Promise<ProbeResult> {
  const server = await serve(repoPath('dist/bench-web-probe'));
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?runs=${runs + 1}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __probe: { done: boolean } }).__probe.done, undefined, { timeout: 300_000 });
    const { reports, cloneMs } = await page.evaluate(
      () => (window as unknown as { __probe: { reports: ProbeReport[]; cloneMs: number[] } }).__probe,
    );
    await page.close();
    const warm = reports.slice(1);
    const ms = (values: number[]) => round(median(values), 4);
    log(`  browser probe: cold ${Math.round(reports[0].totalMs)} ms, warm ${warm.map((r) => Math.round(r.totalMs)).join(' ')} ms`);
    return {
      runs: warm.length,
      coldMs: round(reports[0].totalMs, 4),
      warmMs: ms(warm.map((r) => r.totalMs)),
      warm: {
        parseMs: ms(warm.map((r) => r.parseMs)),
        tracedMs: ms(warm.map((r) => r.tracedMs)),
        untracedMs: ms(warm.map((r) => r.untracedMs)),
        summaryMs: ms(warm.map((r) => r.summaryMs)),
      },
      workerStartMs: round(reports[0].queuedMs, 4),
      transferMs: ms(cloneMs.slice(1)),
      traceEvents: reports[0].traceEvents,
    };
  } finally {
    server.close();
  }
}

export async function measureBrowser(runs: number): Promise<BrowserResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  const failed = viteBuild([]) ?? viteBuild(['--config', 'bench/web-probe/vite.config.ts']);
  if (failed) return { skipped: failed };
  const server = await serve(repoPath('dist/web'));
  const profile = mkdtempSync(join(tmpdir(), 'orgflow-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1600, height: 1000 },
  });
  const version = context.browser()?.version() ?? 'chromium';
  const load: number[] = [],
    full: number[] = [],
    fullPainted: number[] = [];
  const slider: number[] = [],
    sliderRun: number[] = [],
    sliderPainted: number[] = [];
  let probe: ProbeResult;
  try {
    probe = await measureProbe(context, runs);
    await context.addInitScript(PROBE);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}?scenario=versicherung`, { waitUntil: 'load' });
      const m = await waitForDone(page, 1);
      load.push(m.done[0]);
      full.push(m.done[0] - m.requests[0]);
      fullPainted.push(m.painted[0] - m.requests[0]);
      log(`  browser load ${i + 1}/${runs}: run ${Math.round(full.at(-1)!)} ms, page to KPIs ${Math.round(load.at(-1)!)} ms`);
    }
    // Slider moves on the last loaded page: the arrival rate, back and forth, never to a value
    // run before on this page (10/h is the file's): the worker keeps the replications of
    // settings it has run, and a move back to one would measure that cache, not a run.
    // 11, 9, 11.5, 8.5, 12, 8, …: distinct, never 10, inside the slider's 0.5–20.
    const rate = (i: number): string => String(10 + (i % 2 === 0 ? 1 : -1) * (1 + 0.5 * Math.floor(i / 2)));
    for (let i = 0; i < runs; i++) {
      const before = await marks(page);
      await page.locator('#slider-rate').fill(rate(i));
      const m = await waitForDone(page, before.painted.length + 1);
      const input = m.inputs[m.inputs.length - 1];
      const request = m.requests[m.requests.length - 1];
      const done = m.done[m.done.length - 1];
      slider.push(done - input);
      sliderRun.push(done - request);
      sliderPainted.push(m.painted[m.painted.length - 1] - input);
      log(`  browser slider ${i + 1}/${runs}: input → KPIs ${Math.round(slider.at(-1)!)} ms (re-run ${Math.round(sliderRun.at(-1)!)} ms)`);
    }
    if (errors.length > 0) log(`  browser page errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
  const ms = (values: number[]) => round(median(values), 4);
  return {
    chromium: version,
    runs,
    loadToKpisMs: ms(load),
    fullRunMs: ms(full),
    sliderToKpisMs: ms(slider),
    sliderMovesMs: slider.map((v) => round(v, 4)),
    sliderRunMs: ms(sliderRun),
    debounceMs: ms(slider.map((s, i) => s - sliderRun[i])),
    paintedFullRunMs: ms(fullPainted),
    paintedSliderToKpisMs: ms(sliderPainted),
    probe,
  };
}
