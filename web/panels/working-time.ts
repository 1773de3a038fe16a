// Working time on the maps (docs/model.md#working-time): a unit outside its hours is greyed
// with "closed · opens Mon 08:00", a person away (ill, on holiday) is faded with an "away"
// mark. Drawn over a mounted panel's map, found by its data-unit groups; each frame only
// touches the units and people whose state changed.
import type { Mode, OpenHours, ScenarioLayout, SiloLayout, TeamLayout } from '../../src/index.js';
import { nextOpenStart, openAt, weekdayTime } from '../../src/index.js';
import type { Replay } from '../replay/replay.js';
import { awayAt, personKey } from '../replay/absences.js';

export interface WorkingTimeLabels {
  closed: string;
  opens: string;
  away: string;
  /** Monday first. */
  dayLabels: readonly string[];
}

export interface WorkingTimeView {
  update(replay: Replay | null, t: number): void;
}

const SVG = 'http://www.w3.org/2000/svg';
const FADED = '0.22';

function svgEl<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** The middle of a unit: its desk (a rect) or its island (a circle). */
function centreOf(unit: SVGGElement): { x: number; y: number } {
  const rect = unit.querySelector('rect');
  if (unit.classList.contains('station') && rect) {
    const n = (a: string) => Number(rect.getAttribute(a));
    return { x: n('x') + n('width') / 2, y: n('y') + n('height') / 2 };
  }
  const island = unit.querySelector('circle.island') ?? unit.querySelector('circle');
  return { x: Number(island?.getAttribute('cx')), y: Number(island?.getAttribute('cy')) };
}

interface UnitMark {
  group: SVGGElement;
  hours: NonNullable<OpenHours>;
  label: SVGGElement;
  opens: SVGTextElement;
  closed: boolean | null;
}

interface PersonMark {
  person: SVGGElement;
  own: Element[];
  mark: SVGGElement;
  away: boolean;
}

/** The closed units' label and each person's away mark; `hours` by unit id (null: around the clock). */
export function mountWorkingTime(root: HTMLElement, hours: ReadonlyMap<string, OpenHours>, labels: WorkingTimeLabels): WorkingTimeView {
  const svg = root.querySelector('svg');
  const units: UnitMark[] = [];
  const people = new Map<string, PersonMark>();
  if (!svg) return { update() {} };
  const layer = svgEl('g', { class: 'working-time' });
  svg.append(layer);
  for (const group of svg.querySelectorAll<SVGGElement>('g.station[data-unit], g.roundabout[data-unit]')) {
    const id = group.getAttribute('data-unit')!;
    [...group.querySelectorAll<SVGGElement>(':scope > g.person, :scope > g.member')].forEach((person, k) => {
      person.setAttribute('data-worker', String(k));
      const own = [...person.children];
      // display none, not hidden visibility: a hidden mark would still widen the person's box.
      const mark = svgEl('g', { class: 'away-mark', display: 'none' });
      mark.append(
        svgEl('rect', { x: -34, y: -10, width: 68, height: 20, rx: 10, fill: '#8a2a00' }),
        Object.assign(svgEl('text', { y: 5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: '#fff' }), {
          textContent: labels.away,
        }),
      );
      person.append(mark);
      people.set(personKey(id, k), { person, own, mark, away: false });
    });
    const open = hours.get(id) ?? null;
    if (open === null) continue;
    const c = centreOf(group);
    const label = svgEl('g', { class: 'closed-label', 'data-unit': id, visibility: 'hidden' });
    const title = Object.assign(svgEl('text', { x: c.x, y: c.y - 4, 'text-anchor': 'middle', 'font-size': 17, 'font-weight': 800 }), {
      textContent: labels.closed,
    });
    const opens = svgEl('text', { x: c.x, y: c.y + 16, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600 });
    label.append(
      svgEl('rect', { x: c.x - 80, y: c.y - 24, width: 160, height: 48, rx: 8, fill: '#fff', stroke: '#555', opacity: 0.92 }),
      title,
      opens,
    );
    layer.append(label);
    units.push({ group, hours: open, label, opens, closed: null });
  }

  return {
    update(replay, t) {
      for (const u of units) {
        const closed = !openAt(u.hours, t);
        if (closed) {
          const text = `${labels.opens} ${weekdayTime(nextOpenStart(u.hours, t), labels.dayLabels)}`;
          if (u.opens.textContent !== text) u.opens.textContent = text;
        }
        if (closed === u.closed) continue;
        u.closed = closed;
        u.group.setAttribute('data-closed', String(closed));
        u.group.setAttribute('opacity', closed ? '0.4' : '1');
        u.label.setAttribute('visibility', closed ? 'visible' : 'hidden');
      }
      const away = replay ? awayAt(replay, t) : new Set<string>();
      for (const [key, p] of people) {
        const now = away.has(key);
        if (now === p.away) continue;
        p.away = now;
        p.person.setAttribute('data-away', String(now));
        for (const e of p.own) e.setAttribute('opacity', now ? FADED : '1');
        p.mark.setAttribute('display', now ? 'inline' : 'none');
      }
    },
  };
}

/** Each unit's hours in an organisation's layout, by unit id (the ids its map's data-unit carry). */
export function hoursByUnit(layout: ScenarioLayout, mode: Mode): Map<string, OpenHours> {
  // Whichever units the organisation's layout lists: an intake, departments or teams.
  const org: Partial<SiloLayout & TeamLayout> | null = layout[mode];
  const units: { id: string; hours?: OpenHours }[] = [
    ...(org?.intake ? [{ id: 'intake', hours: org.intake.hours }] : []),
    ...(org?.departments ?? []),
    ...(org?.teams ?? []),
  ];
  return new Map(units.map((u) => [u.id, u.hours ?? null]));
}
