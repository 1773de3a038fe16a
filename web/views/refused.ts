// The error list of a refused scenario file (one line per issue with line and column) and
// the warnings bar of an accepted one, both worded by the page's i18n from each message's
// code and params. The CLI's English line stays one click away for a bug report.
import type { AppState } from '../app/state.js';
import { t } from '../i18n/index.js';
import { engineMessage } from '../i18n/engine.js';
import { el } from './dom.js';

export function renderRefused(root: HTMLElement, s: AppState): void {
  const r = s.refused;
  root.hidden = r === null;
  root.replaceChildren();
  if (!r) return;
  const l = s.lang;
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t(l, 'close') }, ['×']);
  close.addEventListener('click', () => {
    root.hidden = true;
  });
  root.append(close, el('strong', {}, [`${r.file}: ${t(l, 'invalidFile')}`]));
  if (r.message) root.append(el('p', {}, [r.message]));
  if (r.issues.length > 0) {
    root.append(
      el(
        'ul',
        {},
        r.issues.map((i) =>
          el('li', { 'data-line': i.line, 'data-column': i.column, 'data-code': i.code }, [
            el('span', { class: 'where' }, [
              i.line > 0 ? `${t(l, 'line')} ${i.line}, ${t(l, 'column')} ${i.column}` : (i.source ?? t(l, 'wholeFile')),
            ]),
            ' ',
            engineMessage(l, i),
            el('details', { class: 'cli-line' }, [el('summary', {}, [t(l, 'cliLine')]), el('code', {}, [i.text])]),
          ]),
        ),
      ),
    );
  }
}

/** The warnings of the accepted scenario (headcounts differ, a unit overloaded), in the page's language. */
export function renderWarnings(list: HTMLElement, s: AppState): void {
  list.replaceChildren(...s.warnings.map((w) => el('li', { 'data-code': w.code }, [engineMessage(s.lang, w)])));
  list.hidden = s.warnings.length === 0;
}
