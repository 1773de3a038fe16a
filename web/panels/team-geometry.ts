// The Kreisverkehr panel's map: each team is a roundabout with its members seated around
// it; concerns waiting in the team circulate on the ring, work sits beside the member doing
// it. Concerns held back by the WIP limit wait on the entry road.
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Point } from './polyline.js';
import type { SlotLine } from './slots.js';

export interface Roundabout {
  id: string;
  label: string;
  center: Point;
  radius: number;
  /** Angle (radians, 0 = right, clockwise on screen) of each member's seat. */
  angles: number[];
  seats: Point[];
  /** Where work sits while a member does it: between the ring and the seat. */
  desks: Point[];
  seatRadius: number;
  skills: Record<string, number>[];
  entry: Point;
}

export interface TeamGeometry {
  width: number;
  height: number;
  source: Point;
  teams: Map<string, Roundabout>;
  held: SlotLine;
  roads: Point[][];
}

export const TEAM_SIZE = { width: 800, height: 500 } as const;

export function teamGeometry(team: NonNullable<ScenarioLayout['team']>): TeamGeometry {
  const { width, height } = TEAM_SIZE;
  const n = team.teams.length;
  const cols = n <= 2 ? n : Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const left = 120;
  const cellW = (width - left - 10) / cols;
  const cellH = (height - 20) / rows;
  const source = { x: 28, y: height / 2 };
  const teams = new Map<string, Roundabout>();
  const roads: Point[][] = [];
  team.teams.forEach((t, i) => {
    const center = { x: left + cellW * ((i % cols) + 0.5), y: 10 + cellH * (Math.floor(i / cols) + 0.5) };
    const radius = Math.max(30, Math.min(cellW, cellH) / 2 - 66);
    const m = t.members.length;
    // Half a step off the vertical, so no seat faces the neighbouring roundabout or the entry.
    const angles = t.members.map((_, k) => -Math.PI / 2 + (2 * Math.PI * (k + 0.5)) / m);
    const seatR = radius + 48;
    const deskR = radius + 21;
    const seats = angles.map((a) => ({ x: center.x + seatR * Math.cos(a), y: center.y + seatR * Math.sin(a) }));
    const desks = angles.map((a) => ({ x: center.x + deskR * Math.cos(a), y: center.y + deskR * Math.sin(a) }));
    const seatRadius = Math.max(7, Math.min(16, (Math.PI * seatR) / Math.max(1, m) - 4));
    const entry = { x: center.x - radius, y: center.y };
    teams.set(t.id, { id: t.id, label: t.label, center, radius, angles, seats, desks, seatRadius, skills: t.members, entry });
    roads.push([source, { x: left - 40, y: source.y }, { x: left - 40, y: center.y }, entry]);
  });
  const held: SlotLine = { anchor: { x: 70, y: source.y - 26 }, along: { x: 0, y: -23 }, across: { x: 23, y: 0 }, perRow: Math.floor((source.y - 50) / 23), rows: 3 };
  return { width, height, source, teams, held, roads };
}

/** A point on a roundabout's ring at `angle` (slightly inside or outside by `lane`). */
export function onRing(r: Roundabout, angle: number, lane = 0): Point {
  const radius = r.radius + lane;
  return { x: r.center.x + radius * Math.cos(angle), y: r.center.y + radius * Math.sin(angle) };
}
