// The top bar: title, scenario picker (each scenario by its title, the chosen one's question
// below), file loading, seed, language, full screen, and the run's progress.
import type { AppState } from '../app/state.js';
import type { ScenarioSource } from '../app/shipped.js';
import { t, type Lang } from '../i18n/index.js';
import { scenarioInfo } from '../flow/catalogue.js';
import { el, setText } from './dom.js';

export interface HeaderActions {
  pick(name: string): void;
  openFile(file: File): void;
  seed(seed: number | null): void;
  lang(lang: Lang): void;
  fullscreen(): void;
}

export function mountHeader(root: HTMLElement, shipped: readonly ScenarioSource[], actions: HeaderActions): (s: AppState) => void {
  const title = el('h1');
  const subtitle = el('p', { class: 'subtitle' });
  const pickLabel = el('label', { for: 'scenario-pick' });
  const pick = el('select', { id: 'scenario-pick' });
  const options = shipped.map((s) => el('option', { value: s.name }));
  // A loaded file is listed as itself while it is shown, so the picker never goes blank.
  const loaded = el('option', { value: '', disabled: true, hidden: true });
  pick.append(...options, loaded);
  pick.addEventListener('change', () => actions.pick(pick.value));
  const question = el('p', { class: 'scenario-question', id: 'scenario-question' });

  const file = el('input', {
    type: 'file',
    id: 'scenario-file',
    accept: '.yaml,.yml,.json,application/json,text/yaml',
    class: 'visually-hidden',
  });
  const fileButton = el('label', { for: 'scenario-file', class: 'button' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) actions.openFile(f);
    file.value = '';
  });

  const seedLabel = el('label', { for: 'seed' });
  const seed = el('input', { id: 'seed', type: 'number', min: 0, step: 1, inputmode: 'numeric' });
  seed.addEventListener('change', () => actions.seed(seed.value === '' ? null : Math.max(0, Math.floor(Number(seed.value)))));

  const lang = el('button', { type: 'button', id: 'lang-toggle' });
  const full = el('button', { type: 'button', id: 'fullscreen' });
  const status = el('div', { class: 'run-status', role: 'status' });
  /** Where the page puts the facilitator's steps (web/flow), next to the other tools. */
  const flowSlot = el('div', { class: 'flow-slot', id: 'flow-slot' });
  const bar = el('progress', { max: 1, value: 0 });

  let lastLang: Lang | null = null;
  lang.addEventListener('click', () => actions.lang(lastLang === 'de' ? 'en' : 'de'));
  full.addEventListener('click', () => actions.fullscreen());

  root.append(
    el('div', { class: 'brand' }, [title, subtitle, question]),
    el('div', { class: 'tools' }, [
      el('span', { class: 'field' }, [pickLabel, pick]),
      fileButton,
      file,
      el('span', { class: 'field' }, [seedLabel, seed]),
      el('span', { class: 'status-box' }, [status, bar]),
      flowSlot,
      lang,
      full,
    ]),
  );

  return (s) => {
    const l = s.lang;
    setText(title, t(l, 'title'));
    const info = s.source ? scenarioInfo(l, s.source) : null;
    setText(subtitle, info ? info.title : t(l, 'noScenarios'));
    setText(question, info?.question ?? '');
    question.title = info?.question ?? '';
    question.hidden = !info?.question;
    shipped.forEach((src, i) => {
      const { title: name, question: asks } = scenarioInfo(l, src);
      setText(options[i], name);
      options[i].title = asks ?? '';
    });
    setText(pickLabel, t(l, 'scenario'));
    setText(fileButton, t(l, 'loadFile'));
    setText(seedLabel, t(l, 'seed'));
    seedLabel.title = t(l, 'gloss.seed');
    status.title = s.status === 'done' ? `${t(l, 'gloss.replications')} ${t(l, 'gloss.seed')}` : '';
    setText(lang, l === 'de' ? 'English' : 'Deutsch');
    lang.setAttribute('aria-label', t(l, 'language'));
    setText(full, t(l, 'fullscreen'));
    const own = s.source && !s.source.shipped ? s.source : null;
    loaded.hidden = own === null;
    setText(loaded, own ? `${info?.title ?? own.file} (${own.file})` : '');
    if (s.source?.shipped && pick.value !== s.source.name) pick.value = s.source.name;
    if (own) loaded.selected = true;
    const seedValue = s.seed ?? s.layout?.seed;
    if (document.activeElement !== seed) seed.value = seedValue === undefined ? '' : String(seedValue);
    const { done, total } = s.progress;
    bar.max = Math.max(1, total);
    bar.value = done;
    bar.hidden = s.status !== 'running';
    setText(
      status,
      s.status === 'running'
        ? `${t(l, 'running')} ${done}/${total}`
        : s.status === 'failed'
          ? `${t(l, 'failed')}: ${s.failure ?? ''}`
          : s.status === 'done' && s.layout
            ? `${s.layout.replications} ${t(l, 'replications')}, ${t(l, 'seed')} ${s.layout.seed}`
            : '',
    );
    lastLang = l;
  };
}
