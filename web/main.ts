// The composition root of the workshop visualiser: state, worker, views and the playback
// loop. Views are render functions of (result, state); only the worker simulates.
import './styles.css';
import { createStore } from './app/store.js';
import { initialState, type AppState } from './app/state.js';
import { createController, MAX_FILE_BYTES } from './app/controller.js';
import { SHIPPED, DEFAULT_SCENARIO, shippedByName } from './app/shipped.js';
import { readUrl } from './app/url.js';
import { pickLanguage, t } from './i18n/index.js';
import { byId } from './views/dom.js';
import { mountHeader } from './views/header.js';
import { renderKpis } from './views/kpi-cards.js';
import { renderRefused } from './views/refused.js';
import { mountStage } from './views/stage.js';
import { mountPlayback } from './views/playback.js';
import { renderLegend } from './views/legend.js';
import { createPlayback } from './app/playback.js';
import { mountCharts } from './views/charts-section.js';
import type { Clock } from './replay/clock.js';

const url = readUrl(location.search, location.hash);
const store = createStore<AppState>(initialState(pickLanguage(navigator.languages ?? [navigator.language], url.lang), url.seed));
const worker = new Worker(new URL('./worker/sim-worker.ts', import.meta.url), { type: 'module' });
const controller = createController(store, worker);

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return controller.refuse(file.name, t(store.get().lang, 'tooLarge'));
  const text = await file.text();
  controller.load({ name: file.name.replace(/\.(ya?ml|json)$/i, ''), file: file.name, text, shipped: false });
}

const renderHeader = mountHeader(byId('top'), SHIPPED, {
  pick: (name) => { const s = shippedByName(name); if (s) controller.load(s); },
  openFile: (f) => void openFile(f),
  seed: (seed) => controller.setSeed(seed),
  lang: (lang) => { store.set({ lang }); document.documentElement.lang = lang; },
  predict: (on) => store.set({ predict: { on, guessHours: null, revealed: false } }),
  fullscreen: () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.();
  },
});

document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const f = e.dataTransfer?.files?.[0];
  if (f) void openFile(f);
});

const stage = mountStage({ silo: byId('panel-silo'), team: byId('panel-team') }, (concern) => store.set({ selected: concern }));
let controls: ReturnType<typeof mountPlayback> | null = null;
function renderFrame(c: Clock): void {
  const s = store.get();
  stage.render(s, c);
  controls?.render(c, s.lang);
}
const playback = createPlayback(renderFrame);
controls = mountPlayback(byId('playback'), playback);
controller.onRestart(() => playback.reset(store.get().layout?.horizon ?? 1));

const renderCharts = mountCharts(byId('charts'));

function render(s: AppState, previous?: AppState): void {
  document.body.dataset.runState = s.status;
  document.documentElement.lang = s.lang;
  renderHeader(s);
  renderRefused(byId('refused'), s);
  renderKpis(byId('kpis'), {
    lang: s.lang, result: s.status === 'done' ? s.result : null, modes: s.layout?.modes ?? ['silo', 'team'],
    hidden: s.predict.on && !s.predict.revealed,
  });
  if (!previous || previous.layout !== s.layout || previous.lang !== s.lang) renderLegend(byId('legend'), s.layout, s.lang);
  renderCharts(s);
  renderFrame(playback.get());
}
store.subscribe(render);
render(store.get());

const first = url.inline
  ? { name: url.inline.file.replace(/\.(ya?ml|json)$/i, ''), file: url.inline.file, text: url.inline.text, shipped: false }
  : shippedByName(url.scenario ?? DEFAULT_SCENARIO) ?? SHIPPED[0] ?? null;
if (first) controller.load(first, url.overrides);
