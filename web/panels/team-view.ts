// The Kreisverkehr panel: each team a roundabout with its members seated around it.
import type * as d3 from 'd3';
import type { ScenarioLayout } from '../worker/protocol.js';
import { teamGeometry } from './team-geometry.js';
import { teamFrame } from './team-tokens.js';
import { drawTokens } from './token-layer.js';
import { drawRoads, fitFont, setSvgText, svgRoot } from './map-parts.js';
import type { PanelView } from './silo-view.js';

/** Short skill names for the seats: the first letters of the skill id. */
function initials(skill: string): string {
  return skill.split(/[-_ ]+/).map((w) => w[0]?.toUpperCase() ?? '').join('').slice(0, 2);
}

export function mountTeamPanel(root: HTMLElement, team: NonNullable<ScenarioLayout['team']>, labels: { customers: string; title: string; held: string; waiting: string }): PanelView {
  const g = teamGeometry(team);
  const { base, layer, overlay } = svgRoot(root, g.width, g.height, labels.title);
  drawRoads(base, g.roads);
  base.append('text').attr('x', g.source.x).attr('y', g.source.y + 36).attr('font-size', 17).attr('font-weight', 700).text(labels.customers);
  base.append('path').attr('d', 'M-10,-12L8,0L-10,12Z').attr('transform', `translate(${g.source.x},${g.source.y})`).attr('fill', '#111');
  if (team.wipLimit !== null) {
    base.append('text').attr('x', g.held.anchor.x - 12).attr('y', 20).attr('font-size', 15).attr('fill', '#333')
      .text(`${labels.held} ${team.wipLimit}`);
  }
  const counts = new Map<string, d3.Selection<SVGTextElement, unknown, null, undefined>>();
  for (const r of g.teams.values()) {
    const ring = base.append('g').attr('class', 'roundabout').attr('data-unit', r.id);
    ring.append('circle').attr('cx', r.center.x).attr('cy', r.center.y).attr('r', r.radius)
      .attr('fill', 'none').attr('stroke', '#c9c9c9').attr('stroke-width', 30);
    ring.append('circle').attr('cx', r.center.x).attr('cy', r.center.y).attr('r', r.radius)
      .attr('fill', 'none').attr('stroke', '#fff').attr('stroke-width', 1.5).attr('stroke-dasharray', '8 8');
    ring.append('circle').attr('cx', r.center.x).attr('cy', r.center.y).attr('r', r.radius - 16)
      .attr('fill', '#dfeee0').attr('stroke', '#111').attr('stroke-width', 2);
    ring.append('text').attr('x', r.center.x).attr('y', r.center.y + 6).attr('text-anchor', 'middle')
      .attr('font-size', fitFont(r.label, 2 * (r.radius - 16) - 12, 20)).attr('font-weight', 800).text(r.label);
    counts.set(r.id, ring.append('text').attr('x', r.center.x).attr('y', r.center.y - 18).attr('text-anchor', 'middle')
      .attr('font-size', 16).attr('fill', '#333'));
    r.seats.forEach((seat, k) => {
      const skills = Object.entries(r.skills[k] ?? {}).sort((a, b) => b[1] - a[1]);
      const person = ring.append('g').attr('class', 'member').attr('transform', `translate(${seat.x},${seat.y})`);
      person.append('title').text(skills.map(([s, p]) => `${s} ${p}`).join(', '));
      person.append('circle').attr('r', r.seatRadius).attr('fill', '#fff').attr('stroke', '#111').attr('stroke-width', 2);
      person.append('text').attr('text-anchor', 'middle').attr('y', 5).attr('font-size', Math.min(14, r.seatRadius)).attr('font-weight', 700)
        .text(initials(skills[0]?.[0] ?? ''));
    });
  }
  // What the seat letters stand for: each member's strongest skill.
  const skills = new Set<string>();
  for (const r of g.teams.values()) for (const m of r.skills) {
    const best = Object.entries(m).sort((a, b) => b[1] - a[1])[0];
    if (best) skills.add(best[0]);
  }
  base.append('text').attr('class', 'skill-key').attr('x', g.width - 8).attr('y', g.height - 10).attr('text-anchor', 'end')
    .attr('font-size', 15).attr('fill', '#333').text([...skills].map((s) => `${initials(s)} = ${s}`).join(' · '));
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
