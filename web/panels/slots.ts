// Where the i-th waiting token stands: a line from an anchor in one direction, wrapping into
// further rows; beyond `capacity` tokens the rest are summarised as "+N".
import type { Point } from './polyline.js';

export interface SlotLine {
  anchor: Point;
  /** Step between neighbours in a row. */
  along: Point;
  /** Step between rows. */
  across: Point;
  perRow: number;
  rows: number;
}

export function capacity(line: SlotLine): number {
  return line.perRow * line.rows;
}

/** Rows alternate to both sides of the first row, so a long queue stays centred. */
export function slot(line: SlotLine, i: number): Point {
  const row = Math.floor(i / line.perRow);
  const col = i % line.perRow;
  const side = row === 0 ? 0 : row % 2 === 1 ? (row + 1) / 2 : -row / 2;
  return {
    x: line.anchor.x + col * line.along.x + side * line.across.x,
    y: line.anchor.y + col * line.along.y + side * line.across.y,
  };
}
