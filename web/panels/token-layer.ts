// Draws a frame's tokens with a keyed d3 join: only tokens in the system exist in the DOM.
// Per frame only positions change; colour, shape and the error ring are written when they
// change, so a frame costs little style work. A followed customer gets a thick black ring
// and its number.
import * as d3 from 'd3';
import type { Frame, Token, Overflow } from './tokens.js';
import { ERROR_COLOUR, TOKEN_RADIUS, tokenPath, typeColour } from './palette.js';

export interface TokenLayerState {
  selected: string | null;
  onSelect(concern: string): void;
}

/** What was last written into a token's element. */
interface Drawn {
  look: string;
  error: boolean;
  selected: boolean;
  at: string;
  state: string;
}
const drawn = new WeakMap<SVGGElement, Drawn>();

const SVG = 'http://www.w3.org/2000/svg';

/** The tokens' elements by key, per layer: a keyed join that never reorders nodes. */
const elements = new WeakMap<SVGGElement, Map<string, SVGGElement>>();

function createToken(d: Token, s: TokenLayerState): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', 'token');
  g.setAttribute('data-key', d.key);
  g.setAttribute('data-concern', d.concern);
  const ring = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [
    ['class', 'error-ring'],
    ['r', String(TOKEN_RADIUS + 5)],
    ['fill', 'none'],
    ['stroke', ERROR_COLOUR],
    ['stroke-width', '4'],
    ['visibility', 'hidden'],
  ])
    ring.setAttribute(k, v);
  // A larger invisible target, so a moving token is easy to tap on a touch screen.
  const hit = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [
    ['class', 'hit'],
    ['r', String(TOKEN_RADIUS + 8)],
    ['fill', 'transparent'],
  ])
    hit.setAttribute(k, v);
  const body = document.createElementNS(SVG, 'path');
  for (const [k, v] of [
    ['class', 'body'],
    ['stroke', '#111'],
    ['stroke-width', '1.6'],
  ])
    body.setAttribute(k, v);
  g.append(hit, ring, body);
  g.addEventListener('click', (event) => {
    event.stopPropagation();
    s.onSelect(d.concern);
  });
  return g;
}

export function drawTokens(layer: SVGGElement, overlay: SVGGElement, frame: Frame, s: TokenLayerState): void {
  let byKey = elements.get(layer);
  if (!byKey) {
    byKey = new Map();
    elements.set(layer, byKey);
  }
  const seen = new Set<string>();
  for (const d of frame.tokens) {
    seen.add(d.key);
    let node = byKey.get(d.key);
    if (!node) {
      node = createToken(d, s);
      byKey.set(d.key, node);
      layer.append(node);
    }
    const before = drawn.get(node);
    const look = `${d.returning ? 'r' : 'c'}${d.type}`;
    const at = `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`;
    const selected = d.concern === s.selected;
    if (before?.at !== at) node.setAttribute('transform', at);
    if (before?.look !== look) {
      const body = node.lastChild as SVGPathElement;
      body.setAttribute('d', tokenPath(d.returning));
      body.setAttribute('fill', typeColour(d.type));
    }
    if (before?.error !== d.error) node.children[1].setAttribute('visibility', d.error ? 'visible' : 'hidden');
    if (before?.selected !== selected) node.classList.toggle('selected', selected);
    if (before?.at !== at || before.look !== look || before.error !== d.error || before.selected !== selected || before.state !== d.state) {
      if (before?.state !== d.state) node.setAttribute('data-state', d.state);
      drawn.set(node, { look, error: d.error, selected, at, state: d.state });
    }
  }
  for (const [key, node] of byKey) {
    if (!seen.has(key)) {
      node.remove();
      byKey.delete(key);
    }
  }

  const marked = s.selected === null ? [] : frame.tokens.filter((d) => d.concern === s.selected);
  const rings = d3
    .select(overlay)
    .selectAll<SVGGElement, Token>('g.follow')
    .data(marked, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'follow').attr('pointer-events', 'none');
      g.append('circle')
        .attr('r', TOKEN_RADIUS + 10)
        .attr('fill', 'none')
        .attr('stroke', '#000')
        .attr('stroke-width', 5);
      g.append('text')
        .attr('y', -(TOKEN_RADIUS + 18))
        .attr('text-anchor', 'middle')
        .attr('font-size', 22)
        .attr('font-weight', 800)
        .attr('paint-order', 'stroke')
        .attr('stroke', '#fff')
        .attr('stroke-width', 5);
      return g;
    });
  rings.attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`);
  rings.select('text').text((d) => d.concern);

  d3.select(overlay)
    .selectAll<SVGTextElement, Overflow>('text.overflow')
    .data(frame.overflow, (d) => d.key)
    .join((enter) =>
      enter
        .append('text')
        .attr('class', 'overflow')
        .attr('text-anchor', 'middle')
        .attr('font-weight', 800)
        .attr('paint-order', 'stroke')
        .attr('stroke', '#fff')
        .attr('stroke-width', 4),
    )
    .each(function (d) {
      const text = `+${d.count}`;
      if (this.textContent !== text) this.textContent = text;
      this.setAttribute('x', String(d.x));
      this.setAttribute('y', String(d.y));
    });
}
