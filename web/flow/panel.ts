// The facilitator's flow on screen: a row of steps (scenario → predict → reveal → what if →
// explain) and one floating panel with the step's content and the facilitator's notes. The
// panel floats over the page (fixed), so nothing it shows moves the maps or the playback bar.
import type { AppState } from '../app/state.js';
import type { Override } from '../worker/protocol.js';
import { t, type Lang, type StringKey } from '../i18n/index.js';
import { el, setText } from '../views/dom.js';
import { FLOW_STEPS, numbersHidden, type FlowState, type FlowStep, type Guesses } from './state.js';
import { mountPredictForm } from './predict-form.js';
import { renderAnswers } from './answers-view.js';
import { renderComparison } from './compare-view.js';
import { renderExplain } from './explain-view.js';
import { busiestDepartment } from './staff.js';
import { scenarioInfo } from './catalogue.js';

export interface FlowActions {
  set(patch: Partial<FlowState>): void;
  /** Stops the animation (the room guesses without seeing it). */
  pause(): void;
  /** Plays the animation from the start. */
  replay(): void;
  /** Re-runs with these overrides (what if). */
  run(overrides: Override[]): void;
}

const key = (k: string): StringKey => k as StringKey;

export function mountFlow(stepsHost: HTMLElement, actions: FlowActions): (s: AppState) => void {
  let state: AppState | null = null;
  const flow = (): FlowState => state!.flow;
  const go = (step: FlowStep): void => {
    const f = flow();
    if (step === 'predict') actions.pause();
    if (step === 'reveal' && f.step !== 'reveal') actions.replay();
    actions.set({ step, folded: false, answersShown: step === 'reveal' ? false : f.answersShown });
  };

  // The steps, as an ordered list of buttons; the current one carries aria-current="step".
  const stepButtons = FLOW_STEPS.map((step, i) => {
    const b = el('button', { type: 'button', 'data-step': step, id: `flow-step-${step}` }, [
      el('span', { class: 'n' }, [String(i + 1)]),
      el('span', { class: 'name' }),
    ]);
    b.addEventListener('click', () => go(step));
    return b;
  });
  const stepsNav = el('nav', { class: 'flow-steps', id: 'flow-steps' }, [
    el(
      'ol',
      {},
      stepButtons.map((b) => el('li', {}, [b])),
    ),
  ]);
  stepsHost.replaceChildren(stepsNav);

  const title = el('h2', { id: 'flow-panel-title' });
  const fold = el('button', { type: 'button', class: 'fold', id: 'flow-fold', 'aria-expanded': 'true', 'aria-controls': 'flow-body' });
  fold.addEventListener('click', () => actions.set({ folded: !flow().folded }));
  const body = el('div', { class: 'flow-body', id: 'flow-body' });
  const next = el('button', { type: 'button', class: 'primary', id: 'flow-next' });
  next.addEventListener('click', () => {
    const i = FLOW_STEPS.indexOf(flow().step);
    if (i < FLOW_STEPS.length - 1) go(FLOW_STEPS[i + 1]);
  });
  const notesSummary = el('summary');
  const notesText = el('p');
  const notes = el('details', { class: 'flow-notes', id: 'flow-notes' }, [notesSummary, notesText]);
  const panel = el('section', { class: 'flow-panel', id: 'flow-panel', 'aria-labelledby': 'flow-panel-title' }, [
    el('div', { class: 'flow-head' }, [title, fold]),
    body,
    el('div', { class: 'flow-foot' }, [notes, next]),
  ]);
  document.body.append(panel);

  const form = mountPredictForm(
    (g: Partial<Guesses>) => actions.set({ guesses: { ...flow().guesses, ...g } }),
    () => go('reveal'),
  );
  const revealBox = el('div', { class: 'reveal-box' });
  const showAnswers = el('button', { type: 'button', class: 'primary', id: 'show-answers' });
  showAnswers.addEventListener('click', () => actions.set({ answersShown: true }));
  const pin = el('button', { type: 'button', id: 'pin-run' });
  pin.addEventListener('click', () => {
    const s = state!;
    if (flow().pinned) actions.set({ pinned: null, staffRun: false });
    else if (s.result) actions.set({ pinned: { result: s.result, derived: s.derived, overrides: s.overrides }, staffRun: false });
  });
  const staff = el('button', { type: 'button', id: 'try-staff' });
  staff.addEventListener('click', () => {
    const s = state!;
    const busiest = busiestDepartment(s);
    if (!busiest || !s.result) return;
    actions.set({ pinned: { result: s.result, derived: s.derived, overrides: s.overrides }, staffRun: true });
    actions.run([...s.overrides.filter((o) => o.path !== busiest.path), { path: busiest.path, value: String(busiest.staff + 1) }]);
  });
  const whatIfBox = el('div', { class: 'whatif-box' });
  const pickText = el('p');
  const revealText = el('p');
  const whatIfText = el('p');
  const buttons = el('div', { class: 'buttons' }, [pin, staff]);
  const explainBox = el('div', { class: 'explain-box' });

  return (s) => {
    state = s;
    const f = s.flow;
    const l: Lang = s.lang;
    document.body.dataset.flowStep = f.step;
    document.body.toggleAttribute('data-numbers-hidden', numbersHidden(f));
    stepsNav.setAttribute('aria-label', t(l, 'flow'));
    FLOW_STEPS.forEach((step, i) => {
      setText(stepButtons[i].querySelector('.name')!, t(l, key(`step.${step}`)));
      // The facilitator's note of each step is its button's tooltip, so it can be read ahead.
      stepButtons[i].title = t(l, key(`notes.${step}`));
      stepButtons[i].setAttribute('aria-label', `${i + 1} ${t(l, key(`step.${step}`))}`);
      if (step === f.step) stepButtons[i].setAttribute('aria-current', 'step');
      else stepButtons[i].removeAttribute('aria-current');
    });
    setText(title, t(l, key(`step.${f.step}.title`)));
    // Scenario is the page as everyone uses it: no panel over the maps, exports or sliders.
    panel.hidden = f.step === 'pick';
    panel.classList.toggle('center', f.step === 'predict');
    panel.classList.toggle('wide', f.step === 'explain' || f.step === 'whatif');
    // The clock runs around the clock: its tooltip says so (the scenario has no working hours).
    document.getElementById('sim-time')?.setAttribute('title', t(l, 'gloss.clock'));
    panel.classList.toggle('folded', f.folded);
    fold.setAttribute('aria-expanded', String(!f.folded));
    fold.setAttribute('aria-label', t(l, f.folded ? 'unfold' : 'fold'));
    setText(fold, f.folded ? '▴' : '▾');
    body.hidden = f.folded;
    notes.hidden = f.folded;
    setText(notesSummary, t(l, 'notes'));
    setText(notesText, t(l, key(`notes.${f.step}`)));
    const last = f.step === FLOW_STEPS[FLOW_STEPS.length - 1];
    next.hidden = last || f.step === 'predict' || f.folded;
    const nextStep = FLOW_STEPS[Math.min(FLOW_STEPS.length - 1, FLOW_STEPS.indexOf(f.step) + 1)];
    setText(next, `${t(l, 'next')}: ${t(l, key(`step.${nextStep}`))}`);

    const busiest = busiestDepartment(s);
    const content: Node[] = [];
    switch (f.step) {
      case 'pick':
        setText(pickText, t(l, 'pickIntro'));
        content.push(pickText);
        break;
      case 'predict':
        form.render(
          l,
          f.guesses,
          busiest?.label ?? t(l, 'silo'),
          s.status === 'done',
          s.source ? scenarioInfo(l, s.source).question : null,
        );
        content.push(form.node);
        break;
      case 'reveal':
        if (!f.answersShown) {
          setText(showAnswers, t(l, 'showAnswers'));
          showAnswers.disabled = s.status !== 'done';
          setText(revealText, t(l, 'revealIntro'));
          content.push(revealText, showAnswers);
        } else {
          renderAnswers(revealBox, s);
          content.push(revealBox);
        }
        break;
      case 'whatif':
        setText(pin, t(l, f.pinned ? 'unpin' : 'pin'));
        pin.setAttribute('aria-pressed', String(f.pinned !== null));
        pin.disabled = !f.pinned && s.status !== 'done';
        setText(staff, t(l, 'tryStaff').replace('{unit}', busiest?.label ?? ''));
        staff.hidden = busiest === null;
        staff.disabled = s.status !== 'done';
        renderComparison(whatIfBox, s);
        setText(whatIfText, t(l, 'whatIfIntro'));
        content.push(whatIfText, buttons, whatIfBox);
        break;
      case 'explain':
        renderExplain(explainBox, s);
        content.push(explainBox);
        break;
    }
    if (content.length !== body.childNodes.length || content.some((n, i) => body.childNodes[i] !== n)) body.replaceChildren(...content);
  };
}
