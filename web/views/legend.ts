// The legend: concern types by colour, the error ring, the failure-demand diamond and the
// traffic light. Swatches are small inline SVGs drawn like the tokens themselves.
import type { ScenarioLayout } from '../worker/protocol.js';
import { ERROR_COLOUR, tokenPath, typeColour } from '../panels/palette.js';
import { t, type Lang } from '../i18n/index.js';
import { el } from './dom.js';

const NS = 'http://www.w3.org/2000/svg';

function swatch(draw: (svg: SVGSVGElement) => void): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '-16 -16 32 32');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '28');
  svg.setAttribute('aria-hidden', 'true');
  draw(svg);
  return svg;
}

function shape(svg: SVGSVGElement, name: string, attrs: Record<string, string | number>): void {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  svg.append(node);
}

export function renderLegend(root: HTMLElement, layout: ScenarioLayout | null, lang: Lang): void {
  root.replaceChildren();
  if (!layout) return;
  const items: HTMLElement[] = layout.concernTypes.map((c, i) =>
    el('li', { 'data-type': c.id }, [
      swatch((s) => shape(s, 'path', { d: tokenPath(false), fill: typeColour(i), stroke: '#111', 'stroke-width': 1.6 })),
      c.label,
    ]),
  );
  items.push(
    el('li', { class: 'mark-error' }, [
      swatch((s) => {
        shape(s, 'circle', { r: 13, fill: 'none', stroke: ERROR_COLOUR, 'stroke-width': 4 });
        shape(s, 'path', { d: tokenPath(false), fill: '#ddd', stroke: '#111', 'stroke-width': 1.6 });
      }),
      t(lang, 'errorMark'),
    ]),
    el('li', { class: 'mark-return' }, [
      swatch((s) => shape(s, 'path', { d: tokenPath(true), fill: '#ddd', stroke: '#111', 'stroke-width': 1.6 })),
      t(lang, 'failureDemandMark'),
    ]),
  );
  items.push(
    el('li', { class: 'mark-person' }, [
      swatch((s) => {
        shape(s, 'path', { d: 'M-8,-3C-8,-11 8,-11 8,-3Z', fill: '#4d4d4d' });
        shape(s, 'circle', { cy: -13, r: 3.6, fill: '#4d4d4d' });
        shape(s, 'circle', { cy: 6, r: 8.5, fill: '#ececec', stroke: '#444', 'stroke-width': 1.4 });
      }),
      t(lang, 'personMark'),
    ]),
  );
  if (layout.silo?.split === 'parallel') {
    // A part done before its prerequisite waits in the tray under its department's desk.
    items.push(
      el('li', { class: 'mark-blocked' }, [
        swatch((s) =>
          shape(s, 'path', { d: tokenPath(false), fill: '#ddd', stroke: '#111', 'stroke-width': 2.2, 'stroke-dasharray': '4 2.5' }),
        ),
        t(lang, 'blockedMark'),
      ]),
    );
  }
  if (layout.silo && layout.silo.pickup > 0) {
    items.push(
      el('li', { class: 'mark-light' }, [
        swatch((s) => {
          shape(s, 'rect', { x: -7, y: -15, width: 14, height: 30, rx: 4, fill: '#222' });
          shape(s, 'circle', { cy: -7, r: 5, fill: '#4a1a1a' });
          shape(s, 'circle', { cy: 7, r: 5, fill: '#2bff6a' });
        }),
        t(lang, 'light'),
      ]),
    );
  }
  root.append(el('h2', { class: 'visually-hidden' }, [t(lang, 'legend')]), el('ul', {}, items));
}
