// The page of the engine probe: starts the worker, asks for `runs` full runs and publishes
// the timings on window.__probe (read by bench/browser.ts).
import type { ProbeReport } from './probe-worker.js';

interface ProbeWindow {
  __probe: { reports: ProbeReport[]; cloneMs: number[]; done: boolean };
}
const state: ProbeWindow['__probe'] = { reports: [], cloneMs: [], done: false };
(window as unknown as ProbeWindow).__probe = state;

const runs = Number(new URLSearchParams(location.search).get('runs') ?? '3');
const worker = new Worker(new URL('./probe-worker.ts', import.meta.url), { type: 'module' });
let requested = 0;
/** Milliseconds since the epoch, comparable with the worker's (performance.now() origins differ). */
const clock = (): number => performance.timeOrigin + performance.now();
const next = (): void => {
  requested++;
  worker.postMessage({ run: requested, sentAt: clock() });
};
worker.addEventListener('message', (e: MessageEvent<ProbeReport>) => {
  state.cloneMs.push(clock() - e.data.postedAt);
  // The trace only had to arrive (as the replay's does); keep the timings, not the events.
  const { events: _events, ...report } = e.data;
  state.reports.push({ ...report, events: [] });
  document.getElementById('out')!.textContent = `run ${report.run}: ${Math.round(report.totalMs)} ms`;
  if (requested < runs) next();
  else state.done = true;
});
next();
