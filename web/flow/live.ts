// A polite live region that announces only what changed between two finished runs ("Lead
// time (mean), traffic light: 3.9 h → 9.4 h"), instead of re-reading every KPI card.
import type { MetricsSummary } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { KPIS, estimateAt, formatValue } from '../app/kpis.js';
import { t, type StringKey } from '../i18n/index.js';
import { el } from '../views/dom.js';
import { numbersHidden } from './state.js';

/** The KPI texts of a finished run, keyed "mode metric". */
export function kpiTexts(s: Pick<AppState, 'lang' | 'result' | 'derived' | 'layout'>): Map<string, { label: string; text: string }> {
  const out = new Map<string, { label: string; text: string }>();
  for (const mode of s.layout?.modes ?? []) {
    for (const def of KPIS) {
      const tree = def.derived ? (s.derived?.[mode] ?? null) : (s.result?.[mode]?.metrics ?? null);
      const e = estimateAt(tree as MetricsSummary | null, def.metric);
      if (e)
        out.set(`${mode} ${def.metric}`, {
          label: `${t(s.lang, `kpi.${def.metric}` as StringKey)}, ${t(s.lang, mode)}`,
          text: formatValue(s.lang, def.unit, e.mean),
        });
    }
  }
  return out;
}

/** What to announce: each changed text as "label: before → after". */
export function changes(
  before: Map<string, { label: string; text: string }>,
  after: Map<string, { label: string; text: string }>,
): string[] {
  const out: string[] = [];
  for (const [k, now] of after) {
    const was = before.get(k);
    if (was && was.text !== now.text) out.push(`${now.label}: ${was.text} → ${now.text}`);
  }
  return out;
}

export function mountLive(kpiSection: HTMLElement): (s: AppState) => void {
  // The cards themselves stop announcing: every re-render re-read all of them.
  kpiSection.removeAttribute('aria-live');
  const region = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'live-changes' });
  document.body.append(region);
  let last: Map<string, { label: string; text: string }> | null = null;
  let lang: string | null = null;
  return (s) => {
    // The strip is a named region of its own (panels and charts have theirs).
    const name = t(s.lang, 'kpis');
    if (kpiSection.getAttribute('aria-label') !== name) kpiSection.setAttribute('aria-label', name);
    if (s.status !== 'done' || !s.derived || numbersHidden(s.flow)) return;
    const now = kpiTexts(s);
    // A new language or the first run is no change to announce.
    const said = last && lang === s.lang ? changes(last, now) : [];
    last = now;
    lang = s.lang;
    if (said.length > 0) region.textContent = said.join('. ');
  };
}
