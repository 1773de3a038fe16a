// Exports and sharing: the CLI's CSV files (built by the worker from all replications),
// the current settings as scenario YAML, and a link that restores them.
import type { AppState } from '../app/state.js';
import { t } from '../i18n/index.js';
import { el, setText } from './dom.js';

export interface ExportActions {
  /** Resolves once the file is handed to the browser (concerns and hours take a moment to recompute). */
  csv(kind: 'summary' | 'concerns' | 'timeseries'): Promise<void>;
  yaml(): Promise<void>;
  link(): Promise<boolean>;
}

export function mountExport(root: HTMLElement, actions: ExportActions): (s: AppState) => void {
  const title = el('h2');
  const buttons = {
    summary: el('button', { type: 'button', id: 'export-summary' }),
    concerns: el('button', { type: 'button', id: 'export-concerns' }),
    timeseries: el('button', { type: 'button', id: 'export-timeseries' }),
  };
  const yaml = el('button', { type: 'button', id: 'export-yaml' });
  const link = el('button', { type: 'button', id: 'copy-link' });
  const note = el('span', { class: 'note', role: 'status' });
  for (const kind of ['summary', 'concerns', 'timeseries'] as const) {
    buttons[kind].addEventListener('click', () => {
      setText(note, t(lang, 'csvPreparing'));
      actions.csv(kind).then(
        () => setText(note, ''),
        (e: unknown) => setText(note, e instanceof Error ? e.message : String(e)),
      );
    });
  }
  yaml.addEventListener(
    'click',
    () => void actions.yaml().catch((e: unknown) => setText(note, e instanceof Error ? e.message : String(e))),
  );
  let lang: AppState['lang'] = 'en';
  link.addEventListener('click', () => void actions.link().then((ok) => setText(note, ok ? t(lang, 'linkCopied') : '')));
  root.append(title, el('div', { class: 'export-buttons' }, [buttons.summary, buttons.concerns, buttons.timeseries, yaml, link, note]));
  return (s) => {
    lang = s.lang;
    setText(title, t(s.lang, 'export'));
    setText(buttons.summary, t(s.lang, 'csvSummary'));
    setText(buttons.concerns, t(s.lang, 'csvConcerns'));
    setText(buttons.timeseries, t(s.lang, 'csvTimeseries'));
    setText(yaml, t(s.lang, 'downloadYaml'));
    setText(link, t(s.lang, 'copyLink'));
    for (const b of Object.values(buttons)) b.disabled = s.status !== 'done';
  };
}
