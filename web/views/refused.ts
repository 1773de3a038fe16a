// The error list of a refused scenario file: one line per issue with line and column, all
// as text. The previous scenario stays loaded meanwhile.
import type { AppState } from '../app/state.js';
import { t } from '../i18n/index.js';
import { el } from './dom.js';

export function renderRefused(root: HTMLElement, s: AppState): void {
  const r = s.refused;
  root.hidden = r === null;
  root.replaceChildren();
  if (!r) return;
  const l = s.lang;
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'OK' }, ['×']);
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
            el('span', { class: 'where' }, [i.line > 0 ? `${t(l, 'line')} ${i.line}, ${t(l, 'column')} ${i.column}` : i.code]),
            ' ',
            el('code', {}, [i.path]),
            ` ${i.message}`,
            el('div', { class: 'cli-line' }, [i.text]),
          ]),
        ),
      ),
    );
  }
}
