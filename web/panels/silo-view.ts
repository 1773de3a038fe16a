// The Ampel panel: static map once per scenario, then one cheap update per frame.
import * as d3 from 'd3';
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Replay } from '../replay/replay.js';
import { siloGeometry, type SiloGeometry } from './silo-geometry.js';
import { lightIsGreen, siloFrame } from './silo-tokens.js';
import { drawTokens, type TokenLayerState } from './token-layer.js';
import type { Frame } from './tokens.js';
import { TOKEN_STEP } from './palette.js';
import { drawPerson, drawRoads, fitFont, setSvgText, svgRoot } from './map-parts.js';

export interface PanelView {
  update(replay: Replay | null, t: number, speed: number, tokens: TokenLayerState): Frame | null;
}

type Sel<E extends Element> = d3.Selection<E, unknown, null, undefined>;

export function mountSiloPanel(
  root: HTMLElement,
  silo: NonNullable<ScenarioLayout['silo']>,
  labels: { intake: string; customers: string; title: string; waiting: string },
  /** The labels' size in viewBox units (legible at the panel's rendered scale). */
  text = 17,
  /** The viewBox's height: the panel's shape at a width of 720. */
  height?: number,
): PanelView {
  const g: SiloGeometry = siloGeometry(silo, text, height);
  const { svg, base, layer, overlay } = svgRoot(root, g.width, g.height, labels.title);
  overlay.attr('font-size', Math.max(18, text));
  drawRoads(base, g.roads);
  // Upwards along the left edge, above the entry arrow: clear of the intake and its label.
  const customersSize = fitFont(labels.customers, g.source.y - 40, Math.max(17, text), text);
  base
    .append('text')
    .attr('class', 'source-label')
    .attr('transform', `translate(${(customersSize * 0.95).toFixed(1)},${g.source.y - 18}) rotate(-90)`)
    .attr('text-anchor', 'start')
    .attr('font-size', customersSize)
    .attr('font-weight', 700)
    .text(labels.customers);
  base.append('path').attr('d', 'M-10,-13L9,0L-10,13Z').attr('transform', `translate(${g.source.x},${g.source.y})`).attr('fill', '#111');

  const queueLabels = new Map<string, Sel<SVGTextElement>>();
  const trays = new Map<string, Sel<SVGRectElement>>();
  const lights = new Map<string, { red: Sel<SVGCircleElement>; green: Sel<SVGCircleElement> }>();
  for (const st of g.stations.values()) {
    const box = base.append('g').attr('class', 'station').attr('data-unit', st.id);
    box
      .append('rect')
      .attr('x', st.x)
      .attr('y', st.y)
      .attr('width', st.w)
      .attr('height', st.h)
      .attr('rx', 8)
      .attr('fill', '#fff')
      .attr('stroke', '#111')
      .attr('stroke-width', 2.5);
    const name = st.id === 'intake' ? labels.intake : st.label;
    box
      .append('text')
      .attr('class', 'station-label')
      .attr('x', st.labelAt.x)
      .attr('y', st.labelAt.y)
      .attr('text-anchor', st.labelAnchor)
      .attr('font-size', fitFont(name, st.labelWidth, Math.max(19, text), text))
      .attr('font-weight', 800)
      .text(name);
    for (const seat of st.seats) drawPerson(box, seat.x, seat.y, st.seatScale);
    if (st.blocked) {
      // The tray for parts waiting on a prerequisite: outlined only while something waits.
      const b = st.blocked;
      trays.set(
        st.id,
        base
          .append('rect')
          .attr('class', 'tray')
          .attr('data-unit', st.id)
          .attr('x', b.anchor.x - 15)
          .attr('y', b.anchor.y - 15)
          .attr('width', TOKEN_STEP * (b.perRow - 1) + 30)
          .attr('height', 30)
          .attr('rx', 6)
          .attr('fill', '#fff4f0')
          .attr('stroke', '#8a2a00')
          .attr('stroke-width', 1.5)
          .attr('stroke-dasharray', '4 3')
          .attr('visibility', 'hidden'),
      );
    }
    queueLabels.set(
      st.id,
      base
        .append('text')
        .attr('class', 'queue-count')
        .attr('x', st.countAt.x)
        .attr('y', st.countAt.y)
        .attr('text-anchor', st.countAnchor)
        .attr('font-size', Math.max(17, text))
        .attr('font-weight', 700)
        .attr('fill', '#222'),
    );
    if (st.light) {
      const l = base
        .append('g')
        .attr('class', 'light')
        .attr('data-unit', st.id)
        .attr('transform', `translate(${st.light.x},${st.light.y})`);
      l.append('rect').attr('x', -11).attr('y', -26).attr('width', 22).attr('height', 52).attr('rx', 6).attr('fill', '#222');
      lights.set(st.id, {
        red: l.append('circle').attr('cy', -12.5).attr('r', 8.5),
        green: l.append('circle').attr('cy', 12.5).attr('r', 8.5),
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
      for (const [id, tray] of trays) {
        const shown = (frame.blocked?.get(id) ?? 0) > 0 ? 'visible' : 'hidden';
        if (tray.attr('visibility') !== shown) tray.attr('visibility', shown);
      }
      drawTokens(layer.node()!, overlay.node()!, frame, tokens);
      return frame;
    },
  };
}
