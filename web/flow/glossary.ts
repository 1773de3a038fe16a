// The glossary: every term the page uses, explained in one sentence, behind one button in
// the steps bar (the same sentences are the tooltips of the cards, sliders and tables).
import { t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from '../views/dom.js';

export const TERMS: readonly { term: StringKey; gloss: StringKey }[] = [
  { term: 'seed', gloss: 'gloss.seed' },
  { term: 'replicationsTerm', gloss: 'gloss.replications' },
  { term: 'ci95', gloss: 'gloss.ci95' },
  { term: 'kpi.leadTime.p85', gloss: 'gloss.leadTime.p85' },
  { term: 'kpi.flowEfficiency', gloss: 'gloss.flowEfficiency' },
  { term: 'kpi.failureDemandPerDay', gloss: 'gloss.failureDemandPerDay' },
  { term: 'kpi.firstTimeRightPerDay', gloss: 'gloss.firstTimeRightPerDay' },
  { term: 'kpi.throughputPerDay', gloss: 'gloss.throughputPerDay' },
  { term: 'slider.proficiency', gloss: 'gloss.crossSkill' },
  { term: 'slider.coordination', gloss: 'gloss.coordination' },
  { term: 'handoff', gloss: 'gloss.handoff' },
  { term: 'slider.pickup', gloss: 'gloss.pickup' },
  { term: 'kpi.utilisation.overall', gloss: 'gloss.utilisation.overall' },
  { term: 'chart.wip', gloss: 'gloss.wip' },
  { term: 'simClock', gloss: 'gloss.clock' },
];

export function mountGlossary(host: HTMLElement): (lang: Lang) => void {
  const summary = el('summary', { id: 'glossary-button' });
  const list = el('dl');
  const close = el('button', { type: 'button', class: 'close', id: 'glossary-close' }, ['×']);
  // The list floats over the page (it never widens it); its own button closes it again.
  const details = el('details', { class: 'glossary', id: 'glossary' }, [summary, el('div', { class: 'glossary-pop' }, [close, list])]);
  close.addEventListener('click', () => {
    details.open = false;
  });
  host.append(details);
  let shown: Lang | null = null;
  return (lang) => {
    if (shown === lang) return;
    shown = lang;
    setText(summary, t(lang, 'glossary'));
    close.setAttribute('aria-label', t(lang, 'close'));
    list.replaceChildren(...TERMS.flatMap(({ term, gloss }) => [el('dt', {}, [t(lang, term)]), el('dd', {}, [t(lang, gloss)])]));
  };
}
