// Points along a road drawn as a polyline, by the fraction of its length travelled.
export interface Point {
  x: number;
  y: number;
}

export function length(path: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += Math.hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
  return total;
}

/** The point at `fraction` (clamped to [0, 1]) of the way from the first to the last point. */
export function pointAt(path: readonly Point[], fraction: number): Point {
  if (path.length === 0) throw new Error('invariant: a road has at least one point');
  const f = Math.min(1, Math.max(0, fraction));
  let remaining = f * length(path);
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (remaining <= d && d > 0) return { x: a.x + ((b.x - a.x) * remaining) / d, y: a.y + ((b.y - a.y) * remaining) / d };
    remaining -= d;
  }
  return { ...path[path.length - 1] };
}

export function toPathData(path: readonly Point[]): string {
  return path.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}
