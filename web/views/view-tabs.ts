// The stage's two views in the same place: the animation (both maps) or the charts, so the
// charts are one click away on any screen instead of below the fold. Tabs by the WAI-ARIA
// pattern: arrow keys move between them.
import { t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from './dom.js';

export type View = 'stage' | 'charts';

const VIEWS: readonly { view: View; label: StringKey }[] = [
  { view: 'stage', label: 'animation' },
  { view: 'charts', label: 'charts' },
];

export interface ViewTabs {
  render(lang: Lang): void;
  get(): View;
}

export function mountViewTabs(root: HTMLElement, panels: Record<View, HTMLElement>, onChange: (view: View) => void): ViewTabs {
  let current: View = 'stage';
  const buttons = VIEWS.map(({ view }) =>
    el('button', { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': view, 'data-view': view }),
  );
  root.replaceChildren(...buttons);

  function show(view: View, focus = false): void {
    current = view;
    buttons.forEach((b, i) => {
      const on = VIEWS[i].view === view;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on && focus) b.focus();
    });
    for (const { view: v } of VIEWS) panels[v].hidden = v !== view;
    onChange(view);
  }

  buttons.forEach((b, i) => {
    b.addEventListener('click', () => show(VIEWS[i].view));
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      e.preventDefault();
      const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
      show(VIEWS[(i + step + VIEWS.length) % VIEWS.length].view, true);
    });
  });
  show(current);

  return {
    render(lang) {
      buttons.forEach((b, i) => setText(b, t(lang, VIEWS[i].label)));
    },
    get: () => current,
  };
}
