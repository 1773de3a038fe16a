// Pieces both panel maps share: the SVG with its layers, and roads drawn as asphalt with a
// dashed centre line.
import * as d3 from 'd3';
import { toPathData, type Point } from './polyline.js';

/**
 * Map text renders at least this large on screen (CSS px): legible from the back of a room on a
 * 1280×720 projector. The views draw labels at the size in viewBox units that gives it.
 */
export const LEGIBLE_PX = 16.5;

export function svgRoot(root: HTMLElement, width: number, height: number, title: string) {
  d3.select(root).selectAll('svg').remove();
  const svg = d3
    .select(root)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', title)
    .attr('font-family', 'DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif');
  const base = svg.append('g').attr('class', 'map');
  const layer = svg.append('g').attr('class', 'tokens');
  const overlay = svg.append('g').attr('class', 'overlay');
  return { svg, base, layer, overlay };
}

export function drawRoads(base: d3.Selection<SVGGElement, unknown, null, undefined>, roads: readonly Point[][]): void {
  const g = base.append('g').attr('class', 'roads').attr('fill', 'none').attr('stroke-linecap', 'round').attr('stroke-linejoin', 'round');
  for (const r of roads) g.append('path').attr('d', toPathData(r)).attr('stroke', '#c9c9c9').attr('stroke-width', 22);
  for (const r of roads)
    g.append('path').attr('d', toPathData(r)).attr('stroke', '#fff').attr('stroke-width', 1.5).attr('stroke-dasharray', '8 8');
}

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

/**
 * One person: head and shoulders behind a desk; the token of the work sits on the desk, at
 * (x, y). The glyph spans about 44 × 60 units at scale 1 (SEAT in silo-geometry).
 */
export function drawPerson(parent: G, x: number, y: number, scale: number): G {
  const g = parent
    .append('g')
    .attr('class', 'person')
    .attr('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(3)})`);
  g.append('path').attr('d', 'M-15,-14C-15,-29 15,-29 15,-14Z').attr('fill', '#4d4d4d');
  g.append('circle').attr('cy', -35).attr('r', 7.5).attr('fill', '#4d4d4d');
  g.append('circle').attr('r', 17).attr('fill', '#ececec').attr('stroke', '#444').attr('stroke-width', 1.8);
  return g;
}

/** A font size at which `text` fits into `width` (DejaVu Sans bold averages ~0.62 em a glyph). */
export function fitFont(text: string, width: number, max: number, min = 11): number {
  return Math.max(min, Math.min(max, width / (0.62 * Math.max(1, text.length))));
}

/** Writes text only when it changed (a frame should not touch unchanged nodes). */
export function setSvgText(node: SVGTextElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
