// Connects the page to the simulation worker: a load or a slider change sends one run
// request; the answer either replaces the scenario (accepted) or is shown as issues while
// the previous scenario stays (invalid). Messages of superseded runs are ignored.
import type { Store } from './store.js';
import type { AppState } from './state.js';
import type { ScenarioSource } from './shipped.js';
import type { CsvKind, Override, ReplayData, WorkerMessage, WorkerRequest } from '../worker/protocol.js';
import { unpackReplay } from '../replay/packed-replay.js';
import { deriveView, measuredDays } from '../flow/derived.js';
import { initialFlow } from '../flow/state.js';

/** Scenario files above this size are refused before they are read (as parseScenario does). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface Controller {
  load(source: ScenarioSource, overrides?: Override[]): void;
  setOverrides(overrides: Override[]): void;
  setSeed(seed: number | null): void;
  refuse(file: string, message: string): void;
  /** One CSV file of the finished run (concerns and hours are recomputed: about a second). */
  csv(kind: CsvKind): Promise<string>;
  /** Called when an accepted run restarts the animation. */
  onRestart(listener: () => void): void;
}

export function createController(store: Store<AppState>, worker: Worker): Controller {
  let nextId = 1;
  let current = 0;
  const pending = new Map<number, { source: ScenarioSource; overrides: Override[] }>();
  const csvWaiters = new Map<number, { resolve(text: string): void; reject(e: Error): void }>();
  const restartListeners: (() => void)[] = [];

  const send = (req: WorkerRequest): void => worker.postMessage(req);

  /** The last run request sent, until its KPIs (or its refusal or failure) come back. */
  let inFlight = 0;
  /** Slider settings that came while a run was in flight: only the newest is kept. */
  let queued: Override[] | null = null;

  /** Replays received for the current run, shown once its KPIs have been rendered. */
  let replays: { id: number; data: ReplayData }[] = [];
  let scheduled = false;
  /** Organisations of the current run whose replay has been shown. */
  let shown = new Set<string>();
  function showReplays(): void {
    scheduled = false;
    // A newer setting is already running (a slider moved on): its replay will replace this one.
    const todo = inFlight > current ? [] : replays.filter((r) => r.id === current);
    replays = [];
    for (const { data } of todo) {
      const s = store.get();
      if (!s.layout) return;
      const replay = unpackReplay(data.replay);
      shown.add(data.mode);
      store.set({
        runs: { ...s.runs, [data.mode]: { replay, concerns: data.concerns, hours: data.hours } },
        runsStale: !s.layout.modes.every((mode) => shown.has(mode)),
      });
    }
  }
  /** After the KPIs have been painted, so unpacking the replay and redrawing do not delay them. */
  function scheduleReplays(): void {
    if (scheduled) return;
    scheduled = true;
    // A timer set in an animation frame runs after that frame's paint.
    if (typeof requestAnimationFrame === 'function' && !document.hidden) requestAnimationFrame(() => setTimeout(showReplays, 0));
    else setTimeout(showReplays, 0);
  }

  /**
   * The replay is asked for once the settings have rested this long after the KPIs: a slider
   * stepped again right away would otherwise find the worker tracing, and the page unpacking,
   * ~80,000 events of a run nobody will watch, both taking CPU from the new run.
   */
  const REPLAY_AFTER_MS = 200;
  let replayTimer: ReturnType<typeof setTimeout> | null = null;
  function requestReplay(id: number): void {
    replayTimer = setTimeout(() => {
      replayTimer = null;
      if (id === current && inFlight === 0) send({ type: 'replay', id });
    }, REPLAY_AFTER_MS);
  }

  function request(source: ScenarioSource, overrides: Override[]): void {
    if (replayTimer !== null) clearTimeout(replayTimer);
    replayTimer = null;
    const id = nextId++;
    inFlight = id;
    queued = null;
    pending.set(id, { source, overrides });
    send({ type: 'run', id, text: source.text, file: source.file, overrides, seed: store.get().seed });
  }

  /**
   * The run `id` has answered: a slider setting waiting for it goes out now. True when one
   * did (the run's replay is then not worth asking for).
   */
  function settled(id: number): boolean {
    if (id !== inFlight) return false;
    inFlight = 0;
    const next = queued;
    const source = store.get().source;
    if (!next || !source) return false;
    request(source, next);
    return true;
  }

  worker.addEventListener('message', (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.type === 'csv') {
      const waiter = csvWaiters.get(m.id);
      csvWaiters.delete(m.id);
      if (m.text !== null) waiter?.resolve(m.text);
      else waiter?.reject(new Error(m.error ?? 'CSV export failed'));
      return;
    }
    if (m.type === 'invalid') {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (p) store.set({ refused: { file: p.source.file, issues: m.issues, message: '' } });
      settled(m.id);
      return;
    }
    if (m.type === 'accepted') {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p || m.id < current) return;
      current = m.id;
      replays = replays.filter((r) => r.id === current);
      shown = new Set();
      const s = store.get();
      // A re-run of the scenario shown (a slider, the seed) with the same units keeps the
      // panels and charts as they are, frozen, until its replays arrive: remounting and
      // repainting them took CPU from the simulation on a two-core machine.
      const same = p.source === s.source && s.layout !== null && JSON.stringify(s.layout) === JSON.stringify(m.layout);
      store.set({
        source: p.source,
        overrides: p.overrides,
        layout: same ? s.layout : m.layout,
        values: m.values,
        warnings: m.warnings,
        refused: null,
        status: 'running',
        progress: { done: 0, total: m.layout.modes.length * m.layout.replications },
        runs: same ? s.runs : {},
        runsStale: true,
        result: null,
        derived: null,
        failure: null,
        // Another scenario starts the workshop flow afresh; a re-run of this one (a slider) keeps it.
        flow: s.source === null || p.source === s.source ? s.flow : initialFlow(),
      });
      for (const l of restartListeners) l();
      return;
    }
    if (m.id !== current) {
      if (m.type === 'failed') settled(m.id);
      return;
    }
    const s = store.get();
    if (m.type === 'replay') {
      // Unpacking the replay (~60,000 segments) and redrawing wait until the KPIs are shown.
      replays.push({ id: m.id, data: m.replay });
      if (s.status === 'done') scheduleReplays();
    } else if (m.type === 'progress') {
      store.set({ progress: { done: m.done, total: m.total } });
    } else if (m.type === 'result') {
      // A waiting setting goes out before the KPIs are drawn, so the worker starts on it at once.
      if (!settled(m.id)) requestReplay(m.id);
      const days = s.layout ? measuredDays(s.layout.horizon, s.layout.warmup) : NaN;
      store.set({ result: m.result, derived: deriveView(m.replications, days), status: 'done' });
    } else if (m.type === 'failed') {
      store.set({ status: 'failed', failure: m.message });
      settled(m.id);
    }
  });
  worker.addEventListener('error', (e) => {
    store.set({ status: 'failed', failure: e.message || 'worker error' });
  });

  return {
    load: (source, overrides = []) => request(source, overrides),
    setOverrides(overrides) {
      const source = store.get().source;
      if (!source) return;
      // At once when idle (no debounce: a click or a key press shows its KPIs a run later).
      // While a run is in flight (a drag), the newest setting waits for it, so the KPIs keep
      // following the slider instead of every move cancelling the run before.
      if (inFlight !== 0) queued = overrides;
      else request(source, overrides);
    },
    setSeed(seed) {
      store.set({ seed });
      const s = store.get();
      if (s.source) request(s.source, s.overrides);
    },
    refuse: (file, message) => store.set({ refused: { file, issues: [], message } }),
    csv(kind) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        csvWaiters.set(id, { resolve, reject });
        send({ type: 'csv', id, kind });
      });
    },
    onRestart: (l) => void restartListeners.push(l),
  };
}
