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
import { t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from './dom.js';
import { LEGIBLE_PX } from '../panels/map-parts.js';
import { hoursByUnit, mountWorkingTime, type WorkingTimeView } from '../panels/working-time.js';

/** How each organisation's panel is titled and drawn: the page's table of organisation kinds. */
interface PanelKind {
  what: StringKey;
  long: StringKey;
  mount(body: HTMLElement, layout: ScenarioLayout, lang: Lang, title: string, fit: Fit): PanelView | null;
  /** Whether the map takes its panel's shape (its viewBox height follows the panel). */
  shaped: boolean;
}

const PANELS: Record<Mode, PanelKind> = {
  silo: {
    what: 'siloWhat',
    long: 'siloLong',
    shaped: true,
    mount: (body, layout, lang, title, fit) =>
      layout.silo &&
      mountSiloPanel(
        body,
        layout.silo,
        { intake: t(lang, 'intake'), customers: t(lang, 'customers'), title, waiting: t(lang, 'waiting') },
        fit.text,
        fit.height ?? undefined,
      ),
  },
  team: {
    what: 'teamWhat',
    long: 'teamLong',
    shaped: false,
    mount: (body, layout, lang, title, fit) =>
      layout.team &&
      mountTeamPanel(
        body,
        layout.team,
        skillList(layout),
        {
          customers: t(lang, 'customers'),
          title,
          held: t(lang, 'held'),
          waiting: t(lang, 'waiting'),
          skills: t(lang, 'skillKey'),
          barMeaning: t(lang, 'skillBar'),
        },
        fit.text,
      ),
  },
};

/** How a map was drawn for its panel's size. */
interface Fit {
  /** The labels' size in viewBox units. */
  text: number;
  /** The viewBox's height (a map that takes its panel's shape), or null for the default. */
  height: number | null;
}

interface Mounted {
  view: PanelView;
  counter: HTMLElement;
  body: HTMLElement;
  fit: Fit;
  working: WorkingTimeView;
}

export interface Stage {
  render(s: AppState, clock: Clock): void;
  /** While a re-run computes: the last picture stays, dimmed. */
  dim(stale: boolean): void;
}

/**
 * How to draw the map in `body`: at its panel's shape (a width of 720 units and the panel's
 * aspect, within bounds) and with labels that render at LEGIBLE_PX at the map's scale.
 */
function fitFor(body: HTMLElement, shaped: boolean): Fit {
  const svg = body.querySelector('svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width === 0 || svg.clientWidth === 0) return { text: 17, height: null };
  const height = shaped ? Math.round(Math.min(820, Math.max(560, (box.width * svg.clientHeight) / svg.clientWidth))) : null;
  const k = Math.min(svg.clientWidth / box.width, svg.clientHeight / (height ?? box.height));
  return { text: k > 0 ? Math.min(MAX_TEXT, Math.max(17, LEGIBLE_PX / k)) : 17, height };
}

/**
 * The largest labels the maps have room for (viewBox units): a map squeezed smaller than a
 * 1024×768 window leaves them (the page then shows them below LEGIBLE_PX rather than overlapping).
 */
const MAX_TEXT = 34;

const near = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) / b <= 0.03);

export function mountStage(roots: Record<Mode, HTMLElement>, onSelect: (concern: string) => void): Stage {
  const stage = roots.silo.parentElement;
  let layout: ScenarioLayout | null = null;
  let lang: Lang | null = null;
  const mounted: Partial<Record<Mode, Mounted>> = {};
  let last: { s: AppState; clock: Clock } | null = null;

  function mountMode(s: AppState, mode: Mode, fit: Fit): void {
    const root = roots[mode];
    root.replaceChildren();
    root.className = `panel ${mode}`;
    delete mounted[mode];
    const org = s.layout?.[mode];
    root.hidden = !org;
    if (!s.layout || !org) return;
    const counter = el('span', { class: 'counter', 'data-mode': mode });
    const body = el('div', { class: 'panel-body' });
    root.append(
      el('h2', {}, [el('span', { class: 'name' }, [t(s.lang, mode), el('small', {}, [t(s.lang, PANELS[mode].what)])]), counter]),
      body,
    );
    const view = PANELS[mode].mount(body, s.layout, s.lang, t(s.lang, PANELS[mode].long), fit);
    const working = mountWorkingTime(body, hoursByUnit(s.layout, mode), {
      closed: t(s.lang, 'closed'),
      opens: t(s.lang, 'opens'),
      away: t(s.lang, 'away'),
      dayLabels: t(s.lang, 'dayLabels').split(' '),
    });
    if (view) mounted[mode] = { view, counter, body, fit, working };
  }

  /** Redraws a map whose rendered scale needs other label sizes (a resize, the first mount). */
  function fit(): boolean {
    if (!last) return false;
    let changed = false;
    for (const mode of MODES) {
      const m = mounted[mode];
      // A hidden view (the charts are shown) keeps its maps as they are.
      if (!m || m.body.clientWidth === 0) continue;
      const want = fitFor(m.body, PANELS[mode].shaped);
      if (near(want.text, m.fit.text) && near(want.height, m.fit.height)) continue;
      mountMode(last.s, mode, want);
      changed = true;
    }
    return changed;
  }

  function mount(s: AppState): void {
    layout = s.layout;
    lang = s.lang;
    for (const mode of MODES) mountMode(s, mode, mounted[mode]?.fit ?? { text: 17, height: null });
  }

  let fitting = false;
  new ResizeObserver(() => {
    if (fitting) return;
    fitting = true;
    requestAnimationFrame(() => {
      fitting = false;
      if (fit() && last) draw(last.s, last.clock);
    });
  }).observe(roots.silo.parentElement ?? document.body);

  function draw(s: AppState, clock: Clock): void {
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
  }

  return {
    dim(stale) {
      if (stage && stage.classList.contains('stale') !== stale) stage.classList.toggle('stale', stale);
    },
    render(s, clock) {
      last = { s, clock };
      if (s.layout !== layout || s.lang !== lang) {
        mount(s);
        fit();
      }
      draw(s, clock);
    },
  };
}
