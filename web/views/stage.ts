// The two synchronised panels under one clock: Ampel on the left, Kreisverkehr on the
// right, each with its "in system" and "done" counters. Remounted when the layout changes.
import type { Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Clock } from '../replay/clock.js';
import { countUpTo } from '../replay/replay.js';
import { mountSiloPanel, type PanelView } from '../panels/silo-view.js';
import { mountTeamPanel } from '../panels/team-view.js';
import { skillList } from '../panels/skills.js';
import { t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';

interface Mounted {
  view: PanelView;
  counter: HTMLElement;
  body: HTMLElement;
}

export interface Stage {
  render(s: AppState, clock: Clock): void;
}

export function mountStage(roots: Record<Mode, HTMLElement>, onSelect: (concern: string) => void): Stage {
  let layout: ScenarioLayout | null = null;
  let lang: Lang | null = null;
  const mounted: Partial<Record<Mode, Mounted>> = {};

  function mount(s: AppState): void {
    layout = s.layout;
    lang = s.lang;
    for (const mode of ['silo', 'team'] as const) {
      const root = roots[mode];
      root.replaceChildren();
      root.className = `panel ${mode}`;
      delete mounted[mode];
      const org = layout?.[mode];
      root.hidden = !org;
      if (!layout || !org) continue;
      const counter = el('span', { class: 'counter', 'data-mode': mode });
      const body = el('div', { class: 'panel-body' });
      root.append(
        el('h2', {}, [
          el('span', { class: 'name' }, [t(s.lang, mode), el('small', {}, [t(s.lang, mode === 'silo' ? 'siloWhat' : 'teamWhat')])]),
          counter,
        ]),
        body,
      );
      const title = t(s.lang, mode === 'silo' ? 'siloLong' : 'teamLong');
      const view =
        mode === 'silo'
          ? mountSiloPanel(body, layout.silo!, {
              intake: t(s.lang, 'intake'),
              customers: t(s.lang, 'customers'),
              title,
              waiting: t(s.lang, 'waiting'),
            })
          : mountTeamPanel(body, layout.team!, skillList(layout), {
              customers: t(s.lang, 'customers'),
              title,
              held: t(s.lang, 'held'),
              waiting: t(s.lang, 'waiting'),
              skills: t(s.lang, 'skillKey'),
              barMeaning: t(s.lang, 'skillBar'),
            });
      mounted[mode] = { view, counter, body };
    }
  }

  return {
    render(s, clock) {
      if (s.layout !== layout || s.lang !== lang) mount(s);
      for (const mode of ['silo', 'team'] as const) {
        const m = mounted[mode];
        if (!m) continue;
        const run = s.runs[mode];
        m.view.update(run?.replay ?? null, clock.t, clock.speed, { selected: s.selected, onSelect });
        if (run) {
          const arrived = countUpTo(run.replay.arrivals, clock.t);
          const done = countUpTo(run.replay.resolutions, clock.t);
          setText(m.counter, `${t(s.lang, 'inSystem')} ${arrived - done} · ${t(s.lang, 'done')} ${done}`);
        } else {
          setText(m.counter, '…');
        }
      }
    },
  };
}
