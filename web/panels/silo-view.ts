// The Ampel panel: static map once per scenario, then one cheap update per frame.
import * as d3 from 'd3';
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Replay } from '../replay/replay.js';
import { siloGeometry, type SiloGeometry } from './silo-geometry.js';
import { lightIsGreen, siloFrame } from './silo-tokens.js';
import { drawTokens, type TokenLayerState } from './token-layer.js';
import type { Frame } from './tokens.js';
import { drawRoads, fitFont, setSvgText, svgRoot } from './map-parts.js';

export interface PanelView {
  update(replay: Replay | null, t: number, speed: number, tokens: TokenLayerState): Frame | null;
}

export function mountSiloPanel(root: HTMLElement, silo: NonNullable<ScenarioLayout['silo']>, labels: { intake: string; customers: string; title: string; waiting: string }): PanelView {
  const g: SiloGeometry = siloGeometry(silo);
  const { svg, base, layer, overlay } = svgRoot(root, g.width, g.height, labels.title);
  drawRoads(base, g.roads);
  base.append('text').attr('x', 6).attr('y', g.source.y - 46).attr('text-anchor', 'start')
    .attr('font-size', 17).attr('font-weight', 700).text(labels.customers);
  base.append('path').attr('d', 'M-10,-12L8,0L-10,12Z').attr('transform', `translate(${g.source.x},${g.source.y})`).attr('fill', '#111');

  const queueLabels = new Map<string, d3.Selection<SVGTextElement, unknown, null, undefined>>();
  const lights = new Map<string, { red: d3.Selection<SVGCircleElement, unknown, null, undefined>; green: d3.Selection<SVGCircleElement, unknown, null, undefined> }>();
  for (const st of g.stations.values()) {
    const box = base.append('g').attr('class', 'station').attr('data-unit', st.id);
    box.append('rect').attr('x', st.x).attr('y', st.y).attr('width', st.w).attr('height', st.h).attr('rx', 8)
      .attr('fill', '#fff').attr('stroke', '#111').attr('stroke-width', 2.5);
    const name = st.id === 'intake' ? labels.intake : st.label;
    box.append('text').attr('x', st.x + 8).attr('y', st.y + 19).attr('font-size', fitFont(name, st.w - 14, 18)).attr('font-weight', 800)
      .text(name);
    for (const seat of st.seats) {
      box.append('circle').attr('cx', seat.x).attr('cy', seat.y).attr('r', st.seatRadius + 2)
        .attr('fill', '#e6e6e6').attr('stroke', '#555').attr('stroke-width', 1.5);
    }
    const q = st.queue.anchor;
    // The count of the waiting line: above the intake, below a department's desk.
    queueLabels.set(st.id, base.append('text').attr('class', 'queue-count')
      .attr('x', st.id === 'intake' ? q.x + 20 : st.x + st.w).attr('y', st.id === 'intake' ? st.y - 4 : st.y + st.h + 17)
      .attr('text-anchor', st.id === 'intake' ? 'start' : 'end').attr('font-size', 16).attr('font-weight', 700).attr('fill', '#333'));
    if (st.light) {
      const l = base.append('g').attr('class', 'light').attr('data-unit', st.id).attr('transform', `translate(${st.light.x},${st.light.y})`);
      l.append('rect').attr('x', -9).attr('y', -22).attr('width', 18).attr('height', 44).attr('rx', 5).attr('fill', '#222');
      lights.set(st.id, {
        red: l.append('circle').attr('cy', -11).attr('r', 7),
        green: l.append('circle').attr('cy', 11).attr('r', 7),
      });
    }
  }
  svg.on('click', null);

  let wasGreen: boolean | null = null;
  return {
    update(replay, t, speed, tokens) {
      const green = lightIsGreen(t, silo.pickup, Math.max(1, speed * 0.35));
      if (green !== wasGreen) {
        for (const l of lights.values()) {
          l.red.attr('fill', green ? '#4a1a1a' : '#ff2a1a');
          l.green.attr('fill', green ? '#2bff6a' : '#143d22');
        }
        wasGreen = green;
      }
      if (!replay) return null;
      const frame = siloFrame(g, replay, t, { pickup: silo.pickup, delayMean: silo.delayMean });
      for (const [id, label] of queueLabels) {
        const n = frame.queued.get(id) ?? 0;
        setSvgText(label.node()!, n > 0 ? `${n} ${labels.waiting}` : '');
      }
      drawTokens(layer.node()!, overlay.node()!, frame, tokens);
      return frame;
    },
  };
}
