// The Kreisverkehr panel's map: each team is a roundabout; its members sit together on the
// island in the middle, each at a desk facing its side of the ring. Concerns waiting in
// the team circulate on the ring; work sits on the desk of the member doing it. Customers
// reach each roundabout by its own road from the top (no road passes through another
// team), and concerns held back by the WIP limit wait on the entry road.
//
// Like the Ampel map, the viewBox has the panel's shape at 1920×1080 (one unit ≈ one pixel);
// the roundabouts are as large as the grid of teams allows.
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Point } from './polyline.js';
import type { SlotLine } from './slots.js';
import { TOKEN_STEP } from './palette.js';

export interface Roundabout {
  id: string;
  label: string;
  center: Point;
  /** Radius of the ring's centre line. */
  radius: number;
  /** Angle (radians, 0 = right, clockwise on screen) of each member's place on the ring. */
  angles: number[];
  /** Where each member's glyph (person, desk, skill bars) is drawn: the desk's centre. */
  seats: Point[];
  /** Where work sits while a member does it: on the member's desk, on the island. */
  desks: Point[];
  /** Size of the member glyphs (1 = full size). */
  personScale: number;
  skills: Record<string, number>[];
  /** Where the entry road meets the ring (its top). */
  entry: Point;
  /** The team's name above the ring, left of the entry road; the waiting count right of it. */
  labelAt: Point;
  labelWidth: number;
  countAt: Point;
}

export interface TeamGeometry {
  width: number;
  height: number;
  source: Point;
  teams: Map<string, Roundabout>;
  held: SlotLine;
  roads: Point[][];
}

export const TEAM_SIZE = { width: 720, height: 560 } as const;

/** Half the width of the ring road; waiting tokens drive in two lanes at ±RING_LANE. */
export const RING_HALF = 19;
export const RING_LANE = 8;

const FEEDER_X = 50;
const AREA = { x0: 66, x1: 716, y0: 4, y1: 556 };
/** Above each row of roundabouts: the corridor road, then the team's name and count. */
const CORRIDOR = 24;
const MAX_RADIUS = 230;

/** Room above a ring for two lines of labels (name, then the waiting count) of size `text`. */
const labelLine = (text: number): number => Math.max(48, 2 * text * 1.15 + 10);

/** The grid (columns) that gives the largest roundabouts, and that radius. */
function grid(n: number, LABEL_LINE: number): { cols: number; rows: number; radius: number } {
  let best = { cols: 1, rows: n, radius: 0 };
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const cellW = (AREA.x1 - AREA.x0) / cols;
    const cellH = (AREA.y1 - AREA.y0) / rows;
    const radius = Math.min(MAX_RADIUS, cellW / 2 - RING_HALF - 6, (cellH - CORRIDOR - LABEL_LINE - 8) / 2 - RING_HALF);
    if (radius > best.radius) best = { cols, rows, radius };
  }
  return best;
}

/** A member's skill bars (scale 1): one per skill, under the desk. */
export const BAR = { width: 46, height: 8, gap: 3, top: 22 } as const;

/** The member glyph at scale 1, around its desk (0, 0): person above, skill bars below. */
export function memberBox(skillRows: number): { width: number; top: number; bottom: number } {
  return { width: BAR.width + 4, top: -43, bottom: BAR.top + skillRows * (BAR.height + BAR.gap) - BAR.gap };
}

/**
 * Where the members sit on the island: glyphs on a circle around the centre (each in the
 * direction of its angle), as large as they fit without touching each other or the ring.
 * Returns each member's desk, where the token of its work sits.
 */
function placeMembers(center: Point, radius: number, angles: readonly number[], skillRows: number): { desks: Point[]; scale: number } {
  const island = radius - RING_HALF - 3;
  const box = memberBox(skillRows);
  const place = (scale: number, rho: number): Point[] =>
    angles.map((a) => ({
      x: center.x + rho * Math.cos(a),
      y: center.y + rho * Math.sin(a),
    }));
  const apart = (scale: number, mids: Point[]): boolean => {
    const w = box.width * scale + 4;
    const h = (box.bottom - box.top) * scale + 4;
    for (let i = 0; i < mids.length; i++) {
      for (let j = i + 1; j < mids.length; j++) {
        if (Math.abs(mids[i].x - mids[j].x) < w && Math.abs(mids[i].y - mids[j].y) < h) return false;
      }
    }
    return true;
  };
  const inside = (scale: number, mids: Point[]): boolean => {
    const w = (box.width * scale) / 2;
    const h = ((box.bottom - box.top) * scale) / 2;
    return mids.every((m) => [-w, w].every((dx) => [-h, h].every((dy) => Math.hypot(m.x + dx - center.x, m.y + dy - center.y) <= island)));
  };
  const desksOf = (scale: number, mids: Point[]): Point[] => {
    // From the middle of the glyph's box to its desk.
    const shift = (-(box.top + box.bottom) / 2) * scale;
    return mids.map((m) => ({ x: m.x, y: m.y - shift }));
  };
  for (let scale = 1.5; scale >= 0.5; scale -= 0.05) {
    for (let rho = 0; rho <= island; rho += 2) {
      const mids = place(scale, angles.length === 1 ? 0 : rho);
      if (!apart(scale, mids)) continue;
      if (inside(scale, mids)) return { desks: desksOf(scale, mids), scale };
      break;
    }
  }
  const mids = place(0.5, island * 0.6);
  return { desks: desksOf(0.5, mids), scale: 0.5 };
}

/** `text`: the labels' size in viewBox units (see siloGeometry). */
export function teamGeometry(team: NonNullable<ScenarioLayout['team']>, text = 17): TeamGeometry {
  const { width, height } = TEAM_SIZE;
  const n = team.teams.length;
  const LABEL_LINE = labelLine(text);
  const { cols, rows, radius: gridRadius } = grid(Math.max(1, n), LABEL_LINE);
  const radius = Math.max(40, gridRadius);
  const cellW = (AREA.x1 - AREA.x0) / cols;
  const rowH = CORRIDOR + LABEL_LINE + 2 * (radius + RING_HALF) + 8;
  // Rows of roundabouts centred in the height they leave free.
  const top = AREA.y0 + Math.max(0, (AREA.y1 - AREA.y0 - rowH * rows) / 2);
  const source = { x: 16, y: 0 };
  const teams = new Map<string, Roundabout>();
  const roads: Point[][] = [];
  const corridors: number[] = [];
  team.teams.forEach((t, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, n - row * cols);
    // A last row with fewer teams is centred.
    const offset = ((cols - inRow) * cellW) / 2;
    const center = { x: AREA.x0 + offset + cellW * ((i % cols) + 0.5), y: top + rowH * row + CORRIDOR + LABEL_LINE + radius + RING_HALF };
    const corridorY = top + rowH * row + CORRIDOR / 2;
    corridors[row] = corridorY;
    const m = t.members.length;
    // Half a step off the vertical, so no desk sits where the entry road meets the ring.
    const angles = t.members.map((_, k) => -Math.PI / 2 + (2 * Math.PI * (k + 0.5)) / m);
    const skillRows = Math.max(1, ...t.members.map((mm) => Object.values(mm).filter((p) => p > 0).length));
    const { desks, scale: personScale } = placeMembers(center, radius, angles, skillRows);
    const seats = desks;
    const entry = { x: center.x, y: center.y - radius };
    // Name and waiting count stacked left of the entry road, above the ring.
    const ringTop = center.y - radius - RING_HALF;
    teams.set(t.id, {
      id: t.id,
      label: t.label,
      center,
      radius,
      angles,
      seats,
      desks,
      personScale,
      skills: t.members,
      entry,
      labelAt: { x: center.x - 18, y: ringTop - 9 - text * 1.15 },
      labelWidth: cellW / 2 - 24,
      countAt: { x: center.x - 18, y: ringTop - 7 },
    });
    roads.push([{ x: center.x, y: corridorY }, entry]);
  });
  // Customers come in at the top left, onto the first row's corridor.
  source.y = corridors[0];
  for (let row = 0; row < rows; row++) {
    const xs = [...teams.values()].filter((_, i) => Math.floor(i / cols) === row).map((r) => r.center.x);
    if (xs.length)
      roads.push([
        { x: row === 0 ? source.x : FEEDER_X, y: corridors[row] },
        { x: Math.max(...xs), y: corridors[row] },
      ]);
  }
  // Concerns held back by the WIP limit queue down a lane off the entry (a second file to its left).
  const heldTop = corridors[0] + 34;
  const heldRoom = Math.max(...corridors.slice(1), heldTop + 8 * TOKEN_STEP);
  const held: SlotLine = {
    anchor: { x: FEEDER_X, y: heldTop },
    along: { x: 0, y: TOKEN_STEP },
    across: { x: -TOKEN_STEP, y: 0 },
    perRow: Math.max(1, Math.floor((Math.min(height - 60, heldRoom) - heldTop) / TOKEN_STEP) + 1),
    rows: 2,
  };
  const feederEnd = Math.max(
    corridors[corridors.length - 1],
    team.wipLimit !== null ? held.anchor.y + TOKEN_STEP * (held.perRow - 1) + 14 : corridors[0],
  );
  if (feederEnd > corridors[0])
    roads.push([
      { x: FEEDER_X, y: corridors[0] },
      { x: FEEDER_X, y: feederEnd },
    ]);
  return { width, height, source, teams, held, roads };
}

/** A point on a roundabout's ring at `angle` (slightly inside or outside by `lane`). */
export function onRing(r: Roundabout, angle: number, lane = 0): Point {
  const radius = r.radius + lane;
  return { x: r.center.x + radius * Math.cos(angle), y: r.center.y + radius * Math.sin(angle) };
}
