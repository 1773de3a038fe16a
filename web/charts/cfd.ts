// Cumulative flow of one organisation: arrived and completed concerns, cumulated per hour.
// The vertical gap between the curves is the work in progress, the horizontal gap the
// lead time. With thousands of concerns that gap is a hair's breadth on the left axis, so
// the gap itself (in the system) is drawn too, as a band on an axis of its own on the right.
import * as d3 from 'd3';
import type { HourRow } from '../../src/index.js';
import { CHART, chartFrame, drawAxes, legend, timeCursor, type Cursor } from './frame.js';
import type { ChartState, TableData } from './types.js';

export interface CfdPoint {
  hour: number;
  arrived: number;
  completed: number;
}

export function cumulative(hours: readonly HourRow[]): CfdPoint[] {
  let arrived = 0;
  let completed = 0;
  return hours.map((r) => {
    arrived += r.arrived;
    completed += r.completed;
    return { hour: r.hour + 1, arrived, completed };
  });
}

const ARRIVED = '#E69F00';
const COMPLETED = '#1A1A1A';

/** `yMax` lets both organisations' diagrams share one scale. */
export function renderCfd(root: Element, points: readonly CfdPoint[], yMax: number, s: ChartState): Cursor {
  const f = chartFrame(root, s.title, s.labels.days, s.labels.concerns, s.height);
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, points.length) / 24])
    .range([0, f.width]);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, yMax)])
    .nice()
    .range([f.height, 0]);
  const data = [{ hour: 0, arrived: 0, completed: 0 }, ...points];
  f.plot
    .append('path')
    .attr('class', 'band done')
    .attr(
      'd',
      d3
        .area<CfdPoint>()
        .x((p) => x(p.hour / 24))
        .y0(f.height)
        .y1((p) => y(p.completed))(data) ?? '',
    )
    .attr('fill', '#9a9a9a')
    .attr('fill-opacity', 0.35);
  // The gap (arrived − completed) on its own scale, the lower third of the plot.
  const gapMax = Math.max(1, d3.max(data, (p) => p.arrived - p.completed) ?? 1);
  const gap = d3
    .scaleLinear()
    .domain([0, gapMax])
    .nice(4)
    .range([f.height, f.height * 0.62]);
  f.plot
    .append('path')
    .attr('class', 'band wip')
    .attr(
      'd',
      d3
        .area<CfdPoint>()
        .x((p) => x(p.hour / 24))
        .y0(f.height)
        .y1((p) => gap(p.arrived - p.completed))(data) ?? '',
    )
    .attr('fill', ARRIVED)
    .attr('fill-opacity', 0.6)
    .attr('stroke', '#8a5a00')
    .attr('stroke-width', 1.5);
  const ga = f.plot
    .append('g')
    .attr('class', 'y-axis gap')
    .attr('transform', `translate(${f.width},0)`) // Its 0 is the plot's baseline; written there it would sit on the last day's label.
    .call(d3.axisRight(gap).tickValues(gap.ticks(3).filter((v) => v > 0)));
  ga.attr('font-size', 15).selectAll('line, path').attr('stroke', '#8a5a00');
  f.svg
    .append('text')
    .attr('class', 'gap-label')
    .attr('transform', `translate(${CHART.width - 8},${CHART.margin.top + f.height * 0.81}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 15)
    .attr('fill', '#6b4600')
    .text(s.labels.inSystem);
  f.plot
    .append('path')
    .attr('class', 'line arrived')
    .attr(
      'd',
      d3
        .line<CfdPoint>()
        .x((p) => x(p.hour / 24))
        .y((p) => y(p.arrived))(data) ?? '',
    )
    .attr('fill', 'none')
    .attr('stroke', ARRIVED)
    .attr('stroke-width', 3)
    .attr('stroke-dasharray', '10 5');
  f.plot
    .append('path')
    .attr('class', 'line completed')
    .attr(
      'd',
      d3
        .line<CfdPoint>()
        .x((p) => x(p.hour / 24))
        .y((p) => y(p.completed))(data) ?? '',
    )
    .attr('fill', 'none')
    .attr('stroke', COMPLETED)
    .attr('stroke-width', 3);
  drawAxes(f, x, y);
  legend(f, [
    { label: s.labels.arrived, colour: ARRIVED, dash: '10 5' },
    { label: s.labels.completed, colour: COMPLETED, dash: null },
  ]);
  return timeCursor(f, x);
}

export function cfdTable(points: readonly CfdPoint[], s: ChartState): TableData {
  return {
    columns: [s.labels.hour, s.labels.arrived, s.labels.completed],
    rows: points.map((p) => [p.hour, p.arrived, p.completed]),
  };
}
