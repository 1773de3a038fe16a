// The Ampel panel's map: customers enter on the left, pass the intake, and a vertical
// distribution road feeds every department's spur; each spur ends at a traffic light, then
// the department's queue, then its desk with one seat per person. Work handed on between
// departments leaves on the right and returns by the ring road along the bottom.
import type { ScenarioLayout } from '../worker/protocol.js';
import type { Point } from './polyline.js';
import type { SlotLine } from './slots.js';

export interface Station {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Seat of each person (the trace's worker index). */
  seats: Point[];
  seatRadius: number;
  queue: SlotLine;
  /** Departments only: the light at the end of the spur and the tokens waiting before it. */
  light: Point | null;
  waiting: SlotLine | null;
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

export const SILO_SIZE = { width: 800, height: 500 } as const;
const TOKEN_STEP = 23;

function seatsIn(x: number, y: number, w: number, h: number, staff: number): { seats: Point[]; r: number } {
  const cols = Math.min(staff, 6);
  const rows = Math.ceil(staff / cols);
  const r = Math.min(11, (w - 12) / cols / 2 - 2, (h - 26) / rows / 2 - 2);
  const seats: Point[] = [];
  for (let i = 0; i < staff; i++) {
    const c = i % cols;
    const row = Math.floor(i / cols);
    seats.push({ x: x + (w / cols) * (c + 0.5), y: y + 24 + ((h - 26) / rows) * (row + 0.5) });
  }
  return { seats, r: Math.max(4, r) };
}

export function siloGeometry(silo: NonNullable<ScenarioLayout['silo']>): SiloGeometry {
  const { width, height } = SILO_SIZE;
  const roadX = 235;
  const lightX = 340;
  const boxX = 575;
  const boxW = 185;
  const ringX = 785;
  const bottomY = height - 14;
  const top = 20;
  const n = silo.departments.length;
  const rowH = (height - top - 40) / n;
  const source = { x: 28, y: height / 2 };
  const stations = new Map<string, Station>();

  if (silo.intake) {
    const h = Math.min(120, 40 + Math.ceil(silo.intake.staff / 6) * 30);
    const x = 70;
    const w = 125;
    const y = height / 2 - h / 2;
    const { seats, r } = seatsIn(x, y, w, h, silo.intake.staff);
    stations.set('intake', {
      id: 'intake', label: '', x, y, w, h, seats, seatRadius: r,
      queue: { anchor: { x: x + w / 2, y: y - 14 }, along: { x: 0, y: -TOKEN_STEP }, across: { x: TOKEN_STEP, y: 0 }, perRow: Math.max(1, Math.floor((y - 14 - top) / TOKEN_STEP)), rows: 5 },
      light: null, waiting: null,
    });
  }
  silo.departments.forEach((d, i) => {
    const cy = top + rowH * (i + 0.5);
    const h = Math.min(100, rowH - 16);
    const y = cy - h / 2;
    const { seats, r } = seatsIn(boxX, y, boxW, h, d.staff);
    const rows = Math.max(1, Math.min(3, Math.floor((rowH - 4) / TOKEN_STEP)));
    stations.set(d.id, {
      id: d.id, label: d.label, x: boxX, y, w: boxW, h, seats, seatRadius: r,
      queue: { anchor: { x: boxX - 14, y: cy }, along: { x: -TOKEN_STEP, y: 0 }, across: { x: 0, y: TOKEN_STEP }, perRow: Math.floor((boxX - 14 - (lightX + 16)) / TOKEN_STEP), rows },
      light: { x: lightX, y: cy },
      waiting: { anchor: { x: lightX - 20, y: cy }, along: { x: -TOKEN_STEP, y: 0 }, across: { x: 0, y: TOKEN_STEP }, perRow: Math.max(1, Math.floor((lightX - 20 - (roadX + 4)) / TOKEN_STEP) + 1), rows },
    });
  });

  const ys = silo.departments.map((d) => stations.get(d.id)!.y + stations.get(d.id)!.h / 2);
  const roads: Point[][] = [
    [{ x: roadX, y: Math.min(...ys, source.y) }, { x: roadX, y: bottomY }],
    [{ x: ringX, y: Math.min(...ys) }, { x: ringX, y: bottomY }, { x: roadX, y: bottomY }],
    ...ys.map((y) => [{ x: roadX, y }, { x: lightX, y }]),
    ...ys.map((y) => [{ x: boxX + boxW, y }, { x: ringX, y }]),
  ];
  const intake = stations.get('intake');
  roads.push(intake
    ? [source, { x: intake.x, y: source.y }, { x: intake.x + intake.w, y: source.y }, { x: roadX, y: source.y }]
    : [source, { x: roadX, y: source.y }]);
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
    { x: a.x + a.w, y: ay }, { x: g.ringX, y: ay }, { x: g.ringX, y: g.bottomY },
    { x: g.roadX, y: g.bottomY }, { x: g.roadX, y: end.y }, end,
  ];
}
