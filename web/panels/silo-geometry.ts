// The Ampel panel's map: customers enter on the left, pass the intake, and a vertical
// distribution road feeds every department's spur; each spur ends at a traffic light, then
// the department's queue, then its desk with one seat per person. Work handed on between
// departments leaves on the right and returns by the ring road along the bottom. A part
// that finished before its prerequisite (order error) waits in a tray under its desk.
//
// The map is drawn in a viewBox of the panel's shape at 1920×1080 (about 720×620 px), so
// one unit is about one pixel on the projector and the departments share all of its height.
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Point } from './polyline.js';
import type { SlotLine } from './slots.js';
import { TOKEN_STEP } from './palette.js';

export interface Station {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Seat of each person (the trace's worker index): where the work token sits. */
  seats: Point[];
  /** Size of a seat's person glyph (1 = full size). */
  seatScale: number;
  queue: SlotLine;
  /** Departments only: the light at the end of the spur and the tokens waiting before it. */
  light: Point | null;
  waiting: SlotLine | null;
  /** Departments only: parts waiting for a prerequisite after an order error. */
  blocked: SlotLine | null;
  /** Where the label (baseline) and the queue count stand. */
  labelAt: Point;
  labelAnchor: 'start' | 'end';
  labelWidth: number;
  countAt: Point;
  countAnchor: 'start' | 'middle' | 'end';
}

export interface SiloGeometry {
  width: number;
  height: number;
  source: Point;
  stations: Map<string, Station>;
  /** Roads to draw (static). */
  roads: Point[][];
  roadX: number;
  ringX: number;
  bottomY: number;
}

/** The viewBox at 1920×1080; the page gives the map the height of its panel's shape (see stage.ts). */
export const SILO_SIZE = { width: 720, height: 620 } as const;

/** A seat: the person glyph above, the work token on the desk below (see map-parts). */
export const SEAT = { width: 44, height: 60 } as const;

/** Seats in rows inside a box, as large as fit (a full-size seat needs SEAT). */
function seatsIn(x: number, y: number, w: number, h: number, staff: number): { seats: Point[]; scale: number } {
  let best = { cols: staff, rows: 1, scale: 0 };
  for (let rows = 1; rows <= staff; rows++) {
    const cols = Math.ceil(staff / rows);
    const scale = Math.min(1, (w - 8) / cols / SEAT.width, (h - 8) / rows / SEAT.height);
    if (scale > best.scale + 1e-9) best = { cols, rows, scale };
  }
  const { cols, rows, scale } = best;
  const seats: Point[] = [];
  for (let i = 0; i < staff; i++) {
    const c = i % cols;
    const row = Math.floor(i / cols);
    const inRow = row === rows - 1 ? staff - row * cols : cols;
    const cellW = w / inRow;
    // The desk (token) sits in the lower part of its cell, the person above it.
    seats.push({ x: x + cellW * (c + 0.5), y: y + (h / rows) * row + (h / rows) * 0.5 + SEAT.height * scale * 0.22 });
  }
  return { seats, scale: Math.max(0.35, scale) };
}

/**
 * `text` is the size of the map's labels in viewBox units: as large as the panel's rendered
 * scale needs for legible text (see LEGIBLE_PX in map-parts), so the rows leave room for it.
 */
export function siloGeometry(silo: NonNullable<ScenarioLayout['silo']>, text = 17, height: number = SILO_SIZE.height): SiloGeometry {
  const { width } = SILO_SIZE;
  const roadX = 204;
  const lightX = 344;
  const boxX = 508;
  const boxW = 170;
  const ringX = 700;
  const bottomY = height - 18;
  const top = 6;
  const n = silo.departments.length;
  const rowH = (bottomY - 22 - top) / n;
  const source = { x: 16, y: height / 2 };
  const stations = new Map<string, Station>();

  if (silo.intake) {
    const x = 96;
    const w = 84;
    const h = 112;
    const y = source.y - h / 2;
    const { seats, scale } = seatsIn(x, y, w, h, silo.intake.staff);
    const anchor = { x: x + w / 2, y: y - 44 };
    stations.set('intake', {
      id: 'intake',
      label: '',
      x,
      y,
      w,
      h,
      seats,
      seatScale: scale,
      queue: {
        anchor,
        along: { x: 0, y: -TOKEN_STEP },
        across: { x: TOKEN_STEP, y: 0 },
        perRow: Math.max(1, Math.floor((anchor.y - top - 12) / TOKEN_STEP) + 1),
        rows: 3,
      },
      light: null,
      waiting: null,
      blocked: null,
      labelAt: { x, y: y - 9 },
      labelAnchor: 'start',
      labelWidth: w + 20,
      countAt: { x: x + w / 2, y: y + h + 22 },
      countAnchor: 'middle',
    });
  }
  silo.departments.forEach((d, i) => {
    const cy = top + rowH * (i + 0.5);
    // Label above, then below the box the tray and, under it, the queue count.
    const h = Math.max(40, Math.min(130, rowH - 2 * text - 56));
    const y = cy - h / 2;
    const { seats, scale } = seatsIn(boxX, y, boxW, h, d.staff);
    const rows = Math.max(1, Math.min(5, Math.floor((rowH - 6) / TOKEN_STEP)));
    const queueAnchor = { x: boxX - 22, y: cy };
    const waitAnchor = { x: lightX - 26, y: cy };
    stations.set(d.id, {
      id: d.id,
      label: d.label,
      x: boxX,
      y,
      w: boxW,
      h,
      seats,
      seatScale: scale,
      queue: {
        anchor: queueAnchor,
        along: { x: -TOKEN_STEP, y: 0 },
        across: { x: 0, y: TOKEN_STEP },
        perRow: Math.floor((queueAnchor.x - (lightX + 30)) / TOKEN_STEP) + 1,
        rows,
      },
      light: { x: lightX, y: cy },
      waiting: {
        anchor: waitAnchor,
        along: { x: -TOKEN_STEP, y: 0 },
        across: { x: 0, y: TOKEN_STEP },
        perRow: Math.max(1, Math.floor((waitAnchor.x - (roadX + 8)) / TOKEN_STEP) + 1),
        rows,
      },
      blocked: { anchor: { x: boxX + 16, y: y + h + 19 }, along: { x: TOKEN_STEP, y: 0 }, across: { x: 0, y: 0 }, perRow: 2, rows: 1 },
      labelAt: { x: boxX + boxW, y: y - 9 },
      labelAnchor: 'end',
      labelWidth: boxX + boxW - (lightX + 30),
      countAt: { x: boxX + boxW, y: y + h + 36 + text * 0.8 },
      countAnchor: 'end',
    });
  });

  const ys = silo.departments.map((d) => stations.get(d.id)!.y + stations.get(d.id)!.h / 2);
  const roads: Point[][] = [
    [
      { x: roadX, y: Math.min(...ys, source.y) },
      { x: roadX, y: bottomY },
    ],
    [
      { x: ringX, y: Math.min(...ys) },
      { x: ringX, y: bottomY },
      { x: roadX, y: bottomY },
    ],
    ...ys.map((y) => [
      { x: roadX, y },
      { x: lightX, y },
    ]),
    ...ys.map((y) => [
      { x: boxX + boxW, y },
      { x: ringX, y },
    ]),
  ];
  const intake = stations.get('intake');
  roads.push(
    intake
      ? [source, { x: intake.x, y: source.y }, { x: intake.x + intake.w, y: source.y }, { x: roadX, y: source.y }]
      : [source, { x: roadX, y: source.y }],
  );
  return { width, height, source, stations, roads, roadX, ringX, bottomY };
}

/** The road a handoff travels from `from` to the waiting place before `to`'s light. */
export function lane(g: SiloGeometry, from: string, to: string): Point[] {
  const a = g.stations.get(from);
  const b = g.stations.get(to);
  if (!a || !b) return [g.source, g.source];
  const end = b.waiting ? b.waiting.anchor : { x: b.x, y: b.y + b.h / 2 };
  const ay = a.y + a.h / 2;
  if (from === 'intake') return [{ x: a.x + a.w, y: ay }, { x: g.roadX, y: ay }, { x: g.roadX, y: end.y }, end];
  return [
    { x: a.x + a.w, y: ay },
    { x: g.ringX, y: ay },
    { x: g.ringX, y: g.bottomY },
    { x: g.roadX, y: g.bottomY },
    { x: g.roadX, y: end.y },
    end,
  ];
}
