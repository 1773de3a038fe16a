// The Kreisverkehr panel: each team a roundabout, its members together on the island. A
// member is a person at a desk with one bar per skill under it (a full bar: full speed; the colours
// are named in the key below the map, each skill by the Ampel department that does it).
import type * as d3 from 'd3';
import type { ScenarioLayout } from '../worker/protocol.js';
import { BAR, RING_HALF, teamGeometry } from './team-geometry.js';
import { teamFrame } from './team-tokens.js';
import { drawTokens } from './token-layer.js';
import { drawPerson, drawRoads, fitFont, setSvgText, svgRoot } from './map-parts.js';
import type { SkillInfo } from './skills.js';
import type { PanelView } from './silo-view.js';

type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export interface TeamLabels {
  customers: string;
  title: string;
  held: string;
  waiting: string;
  /** Heading of the skill key, and how to read a bar. */
  skills: string;
  barMeaning: string;
}

/**
 * A member: a person at a desk (as in the Ampel; the token of its work sits on the desk) and
 * under the desk one bar per skill it has, filled to its proficiency.
 */
function drawMember(
  parent: G,
  desk: { x: number; y: number },
  scale: number,
  skills: Record<string, number>,
  order: readonly SkillInfo[],
): void {
  const g = drawPerson(parent, desk.x, desk.y, scale).attr('class', 'member');
  const mine = order.filter((s) => (skills[s.id] ?? 0) > 0);
  g.append('title').text(mine.map((s) => `${s.label} ${Math.round(skills[s.id] * 100)} %`).join(' · '));
  mine.forEach((s, i) => {
    const by = BAR.top + i * (BAR.height + BAR.gap);
    g.append('rect')
      .attr('class', 'skill-track')
      .attr('x', -BAR.width / 2)
      .attr('y', by)
      .attr('width', BAR.width)
      .attr('height', BAR.height)
      .attr('fill', '#fff')
      .attr('stroke', '#444')
      .attr('stroke-width', 1);
    g.append('rect')
      .attr('class', 'skill-bar')
      .attr('data-skill', s.id)
      .attr('x', -BAR.width / 2)
      .attr('y', by)
      .attr('width', BAR.width * Math.min(1, skills[s.id]))
      .attr('height', BAR.height)
      .attr('fill', s.colour);
  });
}

/** The key under the map: what each bar colour stands for (HTML, so it wraps; text only). */
function skillKey(skills: readonly SkillInfo[], labels: TeamLabels): HTMLElement {
  const key = document.createElement('p');
  key.className = 'skill-key';
  const head = document.createElement('span');
  head.className = 'skill-key-head';
  head.textContent = labels.skills;
  key.append(head);
  for (const s of skills) {
    const item = document.createElement('span');
    item.className = 'skill-item';
    item.dataset.skill = s.id;
    const swatch = document.createElement('span');
    swatch.className = 'skill-swatch';
    swatch.style.background = s.colour;
    item.append(swatch, document.createTextNode(s.label));
    key.append(item);
  }
  const meaning = document.createElement('span');
  meaning.className = 'skill-key-meaning';
  meaning.textContent = labels.barMeaning;
  key.append(meaning);
  return key;
}

export function mountTeamPanel(
  root: HTMLElement,
  team: NonNullable<ScenarioLayout['team']>,
  skills: readonly SkillInfo[],
  labels: TeamLabels,
  /** The labels' size in viewBox units (legible at the panel's rendered scale). */
  text = 17,
): PanelView {
  const g = teamGeometry(team, text);
  const { base, layer, overlay } = svgRoot(root, g.width, g.height, labels.title);
  overlay.attr('font-size', Math.max(18, text));
  drawRoads(base, g.roads);
  // Above the entry road, or under it when the roundabouts leave no room at the top.
  base
    .append('text')
    .attr('x', 2)
    .attr('y', g.source.y - 18 >= 16 ? g.source.y - 18 : g.source.y + 32)
    .attr('font-size', fitFont(labels.customers, 120, Math.max(17, text), text))
    .attr('font-weight', 700)
    .text(labels.customers);
  base.append('path').attr('d', 'M-10,-13L9,0L-10,13Z').attr('transform', `translate(${g.source.x},${g.source.y})`).attr('fill', '#111');
  if (team.wipLimit !== null) {
    // Below the lane where held concerns wait.
    const y = g.held.anchor.y + g.held.along.y * g.held.perRow + 10;
    base
      .append('text')
      .attr('class', 'wip-limit')
      .attr('x', 2)
      .attr('y', Math.min(g.height - 4, y))
      .attr('font-size', Math.max(14, text))
      .attr('font-weight', 700)
      .attr('fill', '#222')
      .text(`${labels.held} ${team.wipLimit}`);
  }
  const counts = new Map<string, d3.Selection<SVGTextElement, unknown, null, undefined>>();
  // A name too long for the room left of the entry road (at a legible size) stands centred over
  // the road, haloed, with the count under it; otherwise both stay left of the road.
  const wide = (label: string, r: { labelWidth: number }): boolean => label.length * 0.62 * text > r.labelWidth;
  for (const r of g.teams.values()) {
    const ring = base.append('g').attr('class', 'roundabout').attr('data-unit', r.id);
    ring
      .append('circle')
      .attr('cx', r.center.x)
      .attr('cy', r.center.y)
      .attr('r', r.radius)
      .attr('fill', 'none')
      .attr('stroke', '#c9c9c9')
      .attr('stroke-width', 2 * RING_HALF);
    ring
      .append('circle')
      .attr('cx', r.center.x)
      .attr('cy', r.center.y)
      .attr('r', r.radius)
      .attr('fill', 'none')
      .attr('stroke', '#fff')
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '8 8');
    ring
      .append('circle')
      .attr('class', 'island')
      .attr('cx', r.center.x)
      .attr('cy', r.center.y)
      .attr('r', r.radius - RING_HALF)
      .attr('fill', '#e3f0e4')
      .attr('stroke', '#111')
      .attr('stroke-width', 2);
    ring
      .append('text')
      .attr('class', 'team-label')
      .attr('x', wide(r.label, r) ? r.center.x : r.labelAt.x)
      .attr('y', r.labelAt.y)
      .attr('text-anchor', wide(r.label, r) ? 'middle' : 'end')
      .attr('paint-order', 'stroke')
      .attr('stroke', '#f4f4f2')
      .attr('stroke-width', 6)
      .attr('font-size', fitFont(r.label, r.labelWidth, Math.max(20, text), text))
      .attr('font-weight', 800)
      .text(r.label);
    counts.set(
      r.id,
      ring
        .append('text')
        .attr('class', 'queue-count')
        .attr('x', wide(r.label, r) ? r.center.x : r.countAt.x)
        .attr('y', r.countAt.y)
        .attr('text-anchor', wide(r.label, r) ? 'middle' : 'end')
        .attr('paint-order', 'stroke')
        .attr('stroke', '#f4f4f2')
        .attr('stroke-width', 6)
        .attr('font-size', Math.max(16, text))
        .attr('font-weight', 700)
        .attr('fill', '#222'),
    );
    r.seats.forEach((seat, k) => drawMember(ring, seat, r.personScale, r.skills[k] ?? {}, skills));
  }
  root.append(skillKey(skills, labels));
  return {
    update(replay, t, speed, tokens) {
      if (!replay) return null;
      const frame = teamFrame(g, replay, t, speed);
      for (const [id, label] of counts) {
        const n = frame.queued.get(id) ?? 0;
        setSvgText(label.node()!, n > 0 ? `${n} ${labels.waiting}` : '');
      }
      drawTokens(layer.node()!, overlay.node()!, frame, tokens);
      return frame;
    },
  };
}
