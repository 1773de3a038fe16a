// The story's chart: the lead-time distributions (CDF) of both organisations for one
// scenario, as a self-contained SVG string built from the concern records of a real run
// (d3 for scales and path strings only, no DOM). Deterministic: numbers are rounded.
import { line, scaleLinear } from 'd3';

export interface ChartSeries {
  label: string;
  colour: string;
  /** Lead times (minutes) of completed concerns. */
  leads: number[];
  /** Measured concerns still open at the horizon: they count as not resolved at any x. */
  open: number;
  /** The p85 marker: mean over replications of leadTime.p85 (from the run's summary). */
  p85: number;
  p85Label: string;
}

export interface ChartSpec {
  title: string;
  subtitle: string;
  series: ChartSeries[];
}

const WIDTH = 760;
const HEIGHT = 430;
const M = { top: 70, right: 30, bottom: 56, left: 64 };
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';
const r1 = (x: number): string => (Math.round(x * 10) / 10).toString();
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Share of all measured concerns resolved within x minutes, at each x of the grid. */
function cdf(series: ChartSeries, grid: readonly number[]): [number, number][] {
  const sorted = Float64Array.from(series.leads).sort();
  const total = sorted.length + series.open;
  let i = 0;
  return grid.map((x) => {
    while (i < sorted.length && sorted[i] <= x) i++;
    return [x, total === 0 ? 0 : i / total];
  });
}

/** The upper end of the x axis in hours: where every series has resolved 99 % (rounded up). */
function xMaxHours(series: readonly ChartSeries[]): number {
  let max = 1;
  for (const s of series) {
    const sorted = Float64Array.from(s.leads).sort();
    const at = sorted[Math.min(sorted.length - 1, Math.floor(0.99 * (sorted.length + s.open)))] ?? 60;
    max = Math.max(max, at / 60);
  }
  return Math.ceil(max);
}

export function leadTimeChart(spec: ChartSpec): string {
  const hours = xMaxHours(spec.series);
  const x = scaleLinear()
    .domain([0, hours])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - M.bottom, M.top]);
  const steps = 600;
  const grid = Array.from({ length: steps + 1 }, (_, k) => (k / steps) * hours * 60);
  const path = line<[number, number]>()
    .x(([m]) => Number(r1(x(m / 60))))
    .y(([, p]) => Number(r1(y(p))));
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(spec.title)}">`,
  );
  out.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  out.push(`<text x="${M.left}" y="28" ${FONT} font-size="18" font-weight="600" fill="#1a1a1a">${esc(spec.title)}</text>`);
  out.push(`<text x="${M.left}" y="50" ${FONT} font-size="13" fill="#555">${esc(spec.subtitle)}</text>`);
  // Grid and axes.
  for (const t of y.ticks(5)) {
    out.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="#e6e6e6"/>`);
    out.push(
      `<text x="${M.left - 8}" y="${r1(y(t) + 4)}" ${FONT} font-size="12" fill="#555" text-anchor="end">${Math.round(t * 100)} %</text>`,
    );
  }
  for (const t of x.ticks(Math.min(hours, 12))) {
    out.push(`<line x1="${r1(x(t))}" x2="${r1(x(t))}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom + 5}" stroke="#888"/>`);
    out.push(`<text x="${r1(x(t))}" y="${HEIGHT - M.bottom + 20}" ${FONT} font-size="12" fill="#555" text-anchor="middle">${t} h</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}" stroke="#888"/>`);
  out.push(
    `<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 12}" ${FONT} font-size="13" fill="#333" text-anchor="middle">lead time: from the customer's letter to the complete answer</text>`,
  );
  out.push(
    `<text transform="translate(16 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" ${FONT} font-size="13" fill="#333" text-anchor="middle">concerns resolved within</text>`,
  );
  // The curves, their p85 markers and the legend.
  spec.series.forEach((s, i) => {
    out.push(`<path d="${path(cdf(s, grid))}" fill="none" stroke="${s.colour}" stroke-width="2.5"/>`);
    const px = r1(x(Math.min(s.p85, hours * 60) / 60));
    out.push(`<line x1="${px}" x2="${px}" y1="${r1(y(0.85))}" y2="${HEIGHT - M.bottom}" stroke="${s.colour}" stroke-dasharray="4 3"/>`);
    out.push(`<circle cx="${px}" cy="${r1(y(0.85))}" r="4" fill="${s.colour}"/>`);
    out.push(
      `<text x="${Number(px) + 7}" y="${r1(y(0.85) + 16 + i * 16)}" ${FONT} font-size="12" fill="${s.colour}">${esc(s.p85Label)}</text>`,
    );
    const ly = M.top + 14 + i * 20;
    const lx = WIDTH - M.right - 250;
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly + 130}" y2="${ly + 130}" stroke="${s.colour}" stroke-width="3"/>`);
    out.push(`<text x="${lx + 32}" y="${ly + 134}" ${FONT} font-size="13" fill="#1a1a1a">${esc(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
