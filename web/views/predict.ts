// "Predict, then reveal": the room guesses how many hours shorter the roundabout's lead
// time is before any KPI is shown; the reveal puts the guess next to the result.
import type { AppState } from '../app/state.js';
import { estimateAt } from '../app/kpis.js';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';

/** Hours by which the team's mean lead time is shorter than the silo's (negative: longer). */
export function shorterByHours(s: AppState): number | null {
  const e = estimateAt(s.result?.difference ?? null, 'leadTime.mean');
  return e ? -e.mean / 60 : null;
}

function describe(lang: Lang, hours: number): string {
  return `${formatNumber(lang, Math.abs(hours), 1)} h ${t(lang, hours >= 0 ? 'shorter' : 'longer')}`;
}

export function mountPredict(root: HTMLElement, onChange: (p: AppState['predict']) => void): (s: AppState) => void {
  const question = el('label', { for: 'guess', class: 'question' });
  const guess = el('input', { id: 'guess', type: 'number', step: 0.5, inputmode: 'decimal' });
  const reveal = el('button', { type: 'button', id: 'reveal' });
  const outcome = el('div', { class: 'outcome', 'aria-live': 'polite' });
  let current: AppState['predict'] = { on: false, guessHours: null, revealed: false };
  reveal.addEventListener('click', () => {
    const v = guess.value === '' ? null : Number(guess.value);
    onChange({ ...current, guessHours: v, revealed: true });
  });
  // One row: question, guess, reveal and (once revealed) the outcome, so the maps stay in view.
  root.append(el('div', { class: 'predict-row' }, [question, guess, reveal, outcome]));
  return (s) => {
    current = s.predict;
    root.hidden = !s.predict.on;
    if (!s.predict.on) return;
    const l = s.lang;
    setText(question, t(l, 'predictQuestion'));
    setText(reveal, t(l, 'reveal'));
    reveal.disabled = s.status !== 'done' || s.predict.revealed;
    guess.disabled = s.predict.revealed;
    const result = shorterByHours(s);
    if (!s.predict.revealed || result === null) {
      outcome.replaceChildren();
      return;
    }
    const g = s.predict.guessHours;
    outcome.replaceChildren(
      el('span', { class: 'guess' }, [`${t(l, 'yourGuess')}: ${g === null ? '–' : describe(l, g)}`]),
      el('span', { class: 'result' }, [`${t(l, 'result')}: ${describe(l, result)}`]),
    );
  };
}
