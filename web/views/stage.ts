// The two synchronised panels under one clock: Ampel on the left, Kreisverkehr on the
// right, each with its "in system" and "done" counters. Remounted when the layout changes.
import { MODES, type Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Clock } from '../replay/clock.js';
import { countUpTo } from '../replay/replay.js';
import { mountSiloPanel, type PanelView } from '../panels/silo-view.js';
import { mountTeamPanel } from '../panels/team-view.js';
import { skillList } from '../panels/skills.js';
import { hoursByUnit, mountWorkingTime, type WorkingTimeView } from '../panels/working-time.js';
import { t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from './dom.js';

/** How each organisation's panel is titled and drawn: the page's table of organisation kinds. */
interface PanelKind {
  what: StringKey;
  long: StringKey;
  mount(body: HTMLElement, layout: ScenarioLayout, lang: Lang, title: string): PanelView | null;
}

const PANELS: Record<Mode, PanelKind> = {
  silo: {
    what: 'siloWhat',
    long: 'siloLong',
    mount: (body, layout, lang, title) =>
      layout.silo &&
      mountSiloPanel(body, layout.silo, { intake: t(lang, 'intake'), customers: t(lang, 'customers'), title, waiting: t(lang, 'waiting') }),
  },
  team: {
    what: 'teamWhat',
    long: 'teamLong',
    mount: (body, layout, lang, title) =>
      layout.team &&
      mountTeamPanel(body, layout.team, skillList(layout), {
        customers: t(lang, 'customers'),
        title,
        held: t(lang, 'held'),
        waiting: t(lang, 'waiting'),
        skills: t(lang, 'skillKey'),
        barMeaning: t(lang, 'skillBar'),
      }),
  },
};

interface Mounted {
  view: PanelView;
  counter: HTMLElement;
  body: HTMLElement;
  working: WorkingTimeView;
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
    for (const mode of MODES) {
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
        el('h2', {}, [el('span', { class: 'name' }, [t(s.lang, mode), el('small', {}, [t(s.lang, PANELS[mode].what)])]), counter]),
        body,
      );
      const view = PANELS[mode].mount(body, layout, s.lang, t(s.lang, PANELS[mode].long));
      const working = mountWorkingTime(body, hoursByUnit(layout, mode), {
        closed: t(s.lang, 'closed'),
        opens: t(s.lang, 'opens'),
        away: t(s.lang, 'away'),
        dayLabels: t(s.lang, 'dayLabels').split(' '),
      });
      if (view) mounted[mode] = { view, counter, body, working };
    }
  }

  return {
    render(s, clock) {
      if (s.layout !== layout || s.lang !== lang) mount(s);
      for (const mode of MODES) {
        const m = mounted[mode];
        if (!m) continue;
        const run = s.runs[mode];
        m.view.update(run?.replay ?? null, clock.t, clock.speed, { selected: s.selected, onSelect });
        m.working.update(run?.replay ?? null, clock.t);
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
