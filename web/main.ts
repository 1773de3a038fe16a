// The composition root of the workshop visualiser: state, worker, views and the playback
// loop. Views are render functions of (result, state); only the worker simulates.
import './styles.css';
import { createStore } from './app/store.js';
import { MODES } from '../src/index.js';
import { initialState, type AppState } from './app/state.js';
import { createController, MAX_FILE_BYTES } from './app/controller.js';
import { startSimulationWorkers } from './app/workers.js';
import { SHIPPED, DEFAULT_SCENARIO, shippedByName, type ScenarioSource } from './app/shipped.js';
import { readUrl, writeUrl } from './app/url.js';
import { createPlayback } from './app/playback.js';
import { sliderDefs, positionsFrom } from './app/sliders.js';
import { pickLanguage, t } from './i18n/index.js';
import type { Clock } from './replay/clock.js';
import type { ScenarioValues } from './worker/protocol.js';
import { download } from './charts/image.js';
import { byId } from './views/dom.js';
import { mountHeader } from './views/header.js';
import { renderKpis } from './views/kpi-cards.js';
import { renderRefused, renderWarnings } from './views/refused.js';
import { mountStage } from './views/stage.js';
import { mountPlayback } from './views/playback.js';
import { renderLegend } from './views/legend.js';
import { mountCharts } from './views/charts-section.js';
import { mountSliders } from './views/sliders.js';
import { mountJourney } from './views/journey.js';
import { mountExport } from './views/export-panel.js';
import { mountWorkshop } from './flow/index.js';
import { numbersHidden } from './flow/state.js';

const url = readUrl(location.search, location.hash);
const store = createStore<AppState>(initialState(pickLanguage(navigator.languages ?? [navigator.language], url.lang), url.seed));
const controller = createController(store, startSimulationWorkers());
const select = (concern: string | null): void => store.set({ selected: concern });

const nameOf = (file: string): string => file.replace(/\.(ya?ml|json)$/i, '');

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return controller.refuse(file.name, t(store.get().lang, 'tooLarge'));
  const text = await file.text();
  controller.load({ name: nameOf(file.name), file: file.name, text, shipped: false });
}

const renderHeader = mountHeader(byId('top'), SHIPPED, {
  pick: (name) => {
    const s = shippedByName(name);
    if (s) controller.load(s);
  },
  openFile: (f) => void openFile(f),
  seed: (seed) => controller.setSeed(seed),
  lang: (lang) => store.set({ lang }),
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

const stage = mountStage({ silo: byId('panel-silo'), team: byId('panel-team') }, select);
let controls: ReturnType<typeof mountPlayback> | null = null;
function renderFrame(c: Clock): void {
  const s = store.get();
  stage.render(s, c);
  controls?.render(c, s.lang);
}
const playback = createPlayback(renderFrame, () => {
  const s = store.get();
  return !s.runsStale && Object.keys(s.runs).length > 0;
});
controls = mountPlayback(byId('playback'), playback);
controller.onRestart(() => playback.reset(store.get().layout?.horizon ?? 1));

const sliders = mountSliders(byId('sliders'), (overrides) => controller.setOverrides(overrides));
const renderJourney = mountJourney(byId('journey'), select);
const renderCharts = mountCharts(byId('charts'));
/** Set when the flow changed the settings itself (one more person): the sliders then follow. */
let slidersFollow = false;
const renderWorkshop = mountWorkshop(
  { steps: byId('flow-slot'), kpis: byId('kpis') },
  {
    set: (patch) => store.set({ flow: { ...store.get().flow, ...patch } }),
    pause: () => playback.update((c) => ({ ...c, playing: false })),
    replay: () => playback.update((c) => ({ ...c, t: 0, playing: true })),
    run(overrides) {
      slidersFollow = true;
      controller.setOverrides(overrides);
    },
  },
);

function settingsUrl(s: AppState): string {
  const src = s.source;
  const { search, hash } = writeUrl({
    scenario: src?.shipped ? src.name : null,
    seed: s.seed,
    lang: null,
    overrides: s.overrides,
    inline: src && !src.shipped ? { file: src.file, text: src.text } : null,
  });
  return `${location.origin}${location.pathname}${search}${hash}`;
}

const renderExport = mountExport(byId('export'), {
  async csv(kind) {
    download(`${kind}.csv`, await controller.csv(kind), 'text/csv');
  },
  async yaml() {
    const s = store.get();
    if (!s.source) return;
    // yaml is loaded only for this download: the page itself never parses YAML (the worker does).
    const { withOverrides } = await import('./app/scenario-yaml.js');
    download(`${s.source.name}.yaml`, withOverrides(s.source.text, s.overrides), 'text/yaml');
  },
  async link() {
    const link = settingsUrl(store.get());
    history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      return true;
    } catch {
      return false;
    }
  },
});

function setSliders(values: ScenarioValues, lang: AppState['lang']): void {
  const defs = sliderDefs(values.original);
  sliders.set(defs, positionsFrom(defs, sliderDefs(values.current)), lang);
}

/** True when a patch changed nothing but the run's progress (40 worker messages per run). */
function onlyProgress(s: AppState, previous: AppState): boolean {
  if (s.progress === previous.progress) return false;
  for (const k of Object.keys(s) as (keyof AppState)[]) if (k !== 'progress' && s[k] !== previous[k]) return false;
  return true;
}

/** The KPIs last shown for a source, kept grey on the cards while a slider's re-run computes. */
let shownResult: { source: AppState['source']; result: NonNullable<AppState['result']>; derived: AppState['derived'] } | null = null;

function render(s: AppState, previous?: AppState): void {
  // Only on a change: setting an attribute on <html> or <body>, even to the same value, makes
  // Chromium restyle the whole page (the lang attribute alone cost ~45 ms per render).
  if (document.body.dataset.runState !== s.status) document.body.dataset.runState = s.status;
  // A progress message only moves the progress indicator: re-rendering every view 40 times
  // per run kept the main thread busy while the worker computed.
  if (previous && onlyProgress(s, previous)) return renderHeader(s);
  if (document.documentElement.lang !== s.lang) document.documentElement.lang = s.lang;
  renderHeader(s);
  renderRefused(byId('refused'), s);
  if (!previous || previous.warnings !== s.warnings || previous.lang !== s.lang) renderWarnings(byId('warnings'), s);
  if (s.status === 'done' && s.result) shownResult = { source: s.source, result: s.result, derived: s.derived };
  const stale = s.status !== 'done' && shownResult?.source === s.source ? shownResult : null;
  renderKpis(byId('kpis'), {
    lang: s.lang,
    result: s.status === 'done' ? s.result : null,
    derived: s.status === 'done' ? s.derived : null,
    modes: s.layout?.modes ?? MODES,
    stale: stale?.result ?? null,
    staleDerived: stale?.derived ?? null,
    hidden: numbersHidden(s.flow),
  });
  renderWorkshop(s);
  const followed = slidersFollow && previous?.values !== s.values;
  if (s.values && (!previous || previous.source !== s.source || previous.lang !== s.lang || followed)) {
    setSliders(s.values, s.lang);
    if (followed) slidersFollow = false;
  }
  if (!previous || previous.layout !== s.layout || previous.lang !== s.lang) renderLegend(byId('legend'), s.layout, s.lang);
  renderJourney(s);
  renderCharts(s);
  renderExport(s);
  // A stale replay stays frozen on its last frame (see AppState.runsStale).
  if (!(s.runsStale && Object.keys(s.runs).length > 0)) renderFrame(playback.get());
  playback.wake();
}
store.subscribe(render);
render(store.get());

const first: ScenarioSource | null = url.inline
  ? { name: nameOf(url.inline.file), file: url.inline.file, text: url.inline.text, shipped: false }
  : (shippedByName(url.scenario ?? DEFAULT_SCENARIO) ?? SHIPPED[0] ?? null);
if (first) controller.load(first, url.overrides);
