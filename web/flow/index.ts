// The workshop layer of the page: the facilitator's steps and panel, the glossary, and the
// live region that announces what a re-run changed.
import './flow.css';
import type { AppState } from '../app/state.js';
import { mountFlow, type FlowActions } from './panel.js';
import { mountGlossary } from './glossary.js';
import { mountLive } from './live.js';

export function mountWorkshop(hosts: { steps: HTMLElement; kpis: HTMLElement }, actions: FlowActions): (s: AppState) => void {
  const flow = mountFlow(hosts.steps, actions);
  const glossary = mountGlossary(hosts.steps);
  const live = mountLive(hosts.kpis);
  return (s) => {
    flow(s);
    glossary(s.lang);
    live(s);
  };
}
