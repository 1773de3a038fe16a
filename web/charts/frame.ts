// The common frame of every chart: an SVG with a title, inner plot area and axes styled for
// a projector. Styles are attributes, not CSS, so an exported SVG or PNG looks the same.
import * as d3 from 'd3';

export const CHART = { width: 900, height: 380, margin: { top: 66, right: 62, bottom: 58, left: 78 } } as const;
export const FONT = 'DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

export type Svg = d3.Selection<SVGSVGElement, unknown, null, undefined>;
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;

export interface Frame {
  svg: Svg;
  plot: G;
  width: number;
  height: number;
  /** The whole drawing's height (the viewBox is CHART.width wide). */
  outerHeight: number;
}

/**
 * `height`: the viewBox's height, so the chart takes the shape of the place it is shown in
 * (CHART.height by default, e.g. for an export without a page around it).
 */
export function chartFrame(root: Element, title: string, xLabel: string, yLabel: string, height: number = CHART.height): Frame {
  d3.select(root).selectAll('svg').remove();
  const { width: W, margin: m } = CHART;
  const H = height;
  const svg = d3
    .select(root)
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('width', W)
    .attr('height', H)
    .attr('font-family', FONT)
    .attr('font-size', 16)
    .attr('role', 'img')
    .attr('aria-label', title);
  svg.append('rect').attr('width', W).attr('height', H).attr('fill', '#fff');
  svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', m.left)
    .attr('y', 28)
    .attr('font-size', 22)
    .attr('font-weight', 800)
    .attr('fill', '#111')
    .text(title);
  svg
    .append('text')
    .attr('class', 'x-label')
    .attr('x', m.left + (W - m.left - m.right) / 2)
    .attr('y', H - 10)
    .attr('text-anchor', 'middle')
    .attr('font-size', 17)
    .attr('fill', '#111')
    .text(xLabel);
  svg
    .append('text')
    .attr('class', 'y-label')
    .attr('transform', `translate(20,${m.top + (H - m.top - m.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 17)
    .attr('fill', '#111')
    .text(yLabel);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  return { svg, plot, width: W - m.left - m.right, height: H - m.top - m.bottom, outerHeight: H };
}

export function drawAxes(f: Frame, x: d3.AxisScale<number>, y: d3.AxisScale<number>, xTicks = 8): void {
  const xa = f.plot.append('g').attr('class', 'x-axis').attr('transform', `translate(0,${f.height})`).call(d3.axisBottom(x).ticks(xTicks));
  const ya = f.plot.append('g').attr('class', 'y-axis').call(d3.axisLeft(y).ticks(6));
  for (const a of [xa, ya]) {
    a.attr('font-size', 15).attr('font-family', FONT);
    a.selectAll('line, path').attr('stroke', '#111');
  }
}

/** Colour-blind-safe series marks: colour and dash pattern differ. */
export const SERIES = {
  silo: { colour: '#D55E00', dash: null },
  team: { colour: '#0072B2', dash: '10 5' },
} as const;

export function legend(f: Frame, entries: { label: string; colour: string; dash: string | null }[]): void {
  const g = f.svg
    .append('g')
    .attr('class', 'legend')
    // A line of its own under the title: a long title (German) never runs into it.
    .attr('transform', `translate(${CHART.margin.left},34)`);
  entries.forEach((e, i) => {
    const item = g.append('g').attr('transform', `translate(${i * 190},0)`);
    item
      .append('line')
      .attr('x1', 0)
      .attr('x2', 34)
      .attr('y1', 10)
      .attr('y2', 10)
      .attr('stroke', e.colour)
      .attr('stroke-width', 5)
      .attr('stroke-dasharray', e.dash);
    item.append('text').attr('x', 42).attr('y', 16).attr('font-size', 17).attr('fill', '#111').text(e.label);
  });
}

/** Moves a chart's time cursor to the animation clock's minute. */
export type Cursor = (minute: number) => void;

/**
 * The animation clock on a time chart: a line at the playback time and a veil over what has
 * not happened yet. `dayToX` maps days since the start to the plot's x. Per frame only two
 * attributes change.
 */
export function timeCursor(f: Frame, dayToX: (day: number) => number): Cursor {
  const g = f.plot.append('g').attr('class', 'cursor').attr('pointer-events', 'none');
  const veil = g
    .append('rect')
    .attr('class', 'future')
    .attr('y', 0)
    .attr('height', f.height)
    .attr('fill', '#fff')
    .attr('fill-opacity', 0.7);
  const line = g.append('line').attr('y1', 0).attr('y2', f.height).attr('stroke', '#111').attr('stroke-width', 2.5);
  let drawn = '';
  return (minute) => {
    const x = Math.max(0, Math.min(f.width, dayToX(minute / 1440)));
    const at = x.toFixed(1);
    if (at === drawn) return;
    drawn = at;
    veil.attr('x', at).attr('width', (f.width - x).toFixed(1));
    line.attr('x1', at).attr('x2', at);
  };
}
