// Reveal: every question with the room's guess next to the run's answer, in the question's
// unit and sign convention.
import type { AppState } from '../app/state.js';
import { formatNumber, t, type Lang, type StringKey } from '../i18n/index.js';
import { el } from '../views/dom.js';
import { answersOf } from './answers.js';
import type { QuestionId } from './state.js';

const ROWS: readonly QuestionId[] = ['leadTime', 'siloErrors', 'teamErrors', 'extraStaff'];

/** A guess or an answer as the room reads it: "−3,5 h", "21 %", "kürzer". */
export function shown(lang: Lang, q: QuestionId, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  switch (q) {
    case 'leadTime':
      return `${v > 0 ? '+' : ''}${formatNumber(lang, v, 1)} h`;
    case 'siloErrors':
    case 'teamErrors':
      return `${formatNumber(lang, v, 0)} %`;
    case 'extraStaff':
      return t(lang, v < 0 ? 'shorter' : v > 0 ? 'longer' : 'aboutSame');
  }
}

export function renderAnswers(root: HTMLElement, s: AppState): void {
  const l = s.lang;
  const answers = answersOf(s.result);
  const head = el('tr', {}, [
    el('th', { scope: 'col' }, [t(l, 'question')]),
    el('th', { scope: 'col' }, [t(l, 'yourGuess')]),
    el('th', { scope: 'col' }, [t(l, 'result')]),
  ]);
  const rows = ROWS.map((q) => {
    const label = t(l, `answer.${q}` as StringKey);
    const answer = q === 'extraStaff' ? t(l, 'answerInWhatIf') : shown(l, q, answers[q]);
    return el('tr', { 'data-question': q }, [
      el('th', { scope: 'row' }, [label]),
      el('td', { class: 'guess' }, [shown(l, q, s.flow.guesses[q])]),
      el('td', { class: 'answer' }, [answer]),
    ]);
  });
  root.replaceChildren(
    el('table', { class: 'answers', id: 'answers' }, [
      el('caption', {}, [t(l, 'answersCaption')]),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]),
  );
}
