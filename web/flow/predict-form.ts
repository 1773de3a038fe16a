// The room's questions while the numbers are covered: the roundabout's lead time against the
// traffic light's (in hours, negative = shorter, as the Δ card will show it), both error
// rates (per cent), and what one more person in the busiest department does.
import type { Guesses, QuestionId } from './state.js';
import { t, type Lang } from '../i18n/index.js';
import { el, setText } from '../views/dom.js';

export interface PredictForm {
  node: HTMLElement;
  render(lang: Lang, guesses: Guesses, department: string, ready: boolean, scenarioQuestion: string | null): void;
}

const NUMERIC: readonly { id: Exclude<QuestionId, 'extraStaff'>; step: number; min?: number; max?: number }[] = [
  { id: 'leadTime', step: 0.5 },
  { id: 'siloErrors', step: 1, min: 0, max: 100 },
  { id: 'teamErrors', step: 1, min: 0, max: 100 },
];

export function mountPredictForm(onGuess: (g: Partial<Guesses>) => void, onReveal: () => void): PredictForm {
  const rows = NUMERIC.map((q) => {
    const input = el('input', {
      id: `guess-${q.id}`,
      type: 'number',
      step: q.step,
      min: q.min,
      max: q.max,
      inputmode: 'decimal',
      'data-question': q.id,
    });
    const label = el('label', { for: input.id });
    const hint = el('span', { class: 'hint', id: `${input.id}-hint` });
    input.setAttribute('aria-describedby', hint.id);
    input.addEventListener('input', () => onGuess({ [q.id]: input.value === '' ? null : Number(input.value) }));
    return { q, input, label, hint, row: el('div', { class: 'question' }, [label, el('span', { class: 'answer-box' }, [input, hint])]) };
  });
  const staffLegend = el('legend');
  const choices = ([-1, 0, 1] as const).map((v) => {
    const input = el('input', {
      type: 'radio',
      name: 'guess-extraStaff',
      id: `guess-extraStaff-${v + 1}`,
      value: v,
      'data-question': 'extraStaff',
    });
    const label = el('label', { for: input.id });
    input.addEventListener('change', () => input.checked && onGuess({ extraStaff: v }));
    return { v, input, label };
  });
  const staff = el('fieldset', { class: 'question choice' }, [
    staffLegend,
    ...choices.flatMap((c) => [el('span', {}, [c.input, c.label])]),
  ]);
  const reveal = el('button', { type: 'button', id: 'reveal', class: 'primary' });
  reveal.addEventListener('click', onReveal);
  const intro = el('p', { class: 'intro' });
  const asked = el('p', { class: 'scenario-asks', id: 'predict-scenario-question' });
  const node = el('form', { class: 'predict-form', id: 'predict-form' }, [asked, intro, ...rows.map((r) => r.row), staff, reveal]);
  node.addEventListener('submit', (e) => {
    e.preventDefault();
    onReveal();
  });
  return {
    node,
    render(lang, guesses, department, ready, scenarioQuestion) {
      setText(asked, scenarioQuestion ?? '');
      asked.hidden = !scenarioQuestion;
      setText(intro, t(lang, 'predictIntro'));
      for (const r of rows) {
        setText(r.label, t(lang, `question.${r.q.id}`));
        setText(r.hint, t(lang, `question.${r.q.id}.hint`));
        const v = guesses[r.q.id];
        if (document.activeElement !== r.input) r.input.value = v === null ? '' : String(v);
      }
      setText(staffLegend, t(lang, 'question.extraStaff').replace('{unit}', department));
      for (const c of choices) {
        setText(c.label, t(lang, c.v < 0 ? 'shorter' : c.v > 0 ? 'longer' : 'aboutSame'));
        c.input.checked = guesses.extraStaff === c.v;
      }
      setText(reveal, t(lang, 'reveal'));
      reveal.disabled = !ready;
    },
  };
}
