// Draws a frame's tokens with a keyed d3 join: only tokens in the system exist in the DOM.
// A followed customer gets a thick black ring and its number.
import * as d3 from 'd3';
import type { Frame, Token, Overflow } from './tokens.js';
import { ERROR_COLOUR, tokenPath, typeColour } from './palette.js';

export interface TokenLayerState {
  selected: string | null;
  onSelect(concern: string): void;
}

export function drawTokens(layer: SVGGElement, overlay: SVGGElement, frame: Frame, s: TokenLayerState): void {
  const tokens = d3.select(layer).selectAll<SVGGElement, Token>('g.token')
    .data(frame.tokens, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'token');
      g.append('circle').attr('class', 'error-ring').attr('r', 15).attr('fill', 'none')
        .attr('stroke', ERROR_COLOUR).attr('stroke-width', 4);
      g.append('path').attr('class', 'body').attr('stroke', '#111').attr('stroke-width', 1.6);
      g.on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        s.onSelect(d.concern);
      });
      return g;
    });
  tokens
    .attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
    .attr('data-key', (d) => d.key)
    .attr('data-concern', (d) => d.concern)
    .attr('data-state', (d) => d.state)
    .classed('selected', (d) => d.concern === s.selected);
  tokens.select('.error-ring').attr('visibility', (d) => (d.error ? 'visible' : 'hidden'));
  tokens.select('path.body')
    .attr('d', (d) => tokenPath(d.returning))
    .attr('fill', (d) => typeColour(d.type));

  const marked = frame.tokens.filter((d) => d.concern === s.selected);
  const rings = d3.select(overlay).selectAll<SVGGElement, Token>('g.follow')
    .data(marked, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'follow').attr('pointer-events', 'none');
      g.append('circle').attr('r', 21).attr('fill', 'none').attr('stroke', '#000').attr('stroke-width', 5);
      g.append('text').attr('y', -28).attr('text-anchor', 'middle').attr('font-size', 22).attr('font-weight', 800)
        .attr('paint-order', 'stroke').attr('stroke', '#fff').attr('stroke-width', 5);
      return g;
    });
  rings.attr('transform', (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`);
  rings.select('text').text((d) => d.concern);

  d3.select(overlay).selectAll<SVGTextElement, Overflow>('text.overflow')
    .data(frame.overflow, (d) => d.key)
    .join((enter) => enter.append('text').attr('class', 'overflow').attr('text-anchor', 'middle')
      .attr('font-size', 18).attr('font-weight', 800).attr('paint-order', 'stroke').attr('stroke', '#fff').attr('stroke-width', 4))
    .attr('x', (d) => d.x).attr('y', (d) => d.y)
    .text((d) => `+${d.count}`);
}
