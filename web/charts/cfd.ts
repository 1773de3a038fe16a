// Cumulative flow of one organisation: arrived and completed concerns, cumulated per hour.
// The vertical gap between the curves is the work in progress, the horizontal gap the
// lead time.
import * as d3 from 'd3';
import type { HourRow } from '../../src/index.js';
import { chartFrame, drawAxes, legend } from './frame.js';
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
export function renderCfd(root: Element, points: readonly CfdPoint[], yMax: number, s: ChartState): void {
  const f = chartFrame(root, s.title, s.labels.days, s.labels.concerns);
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
    .attr('class', 'band wip')
    .attr(
      'd',
      d3
        .area<CfdPoint>()
        .x((p) => x(p.hour / 24))
        .y0((p) => y(p.completed))
        .y1((p) => y(p.arrived))(data) ?? '',
    )
    .attr('fill', ARRIVED)
    .attr('fill-opacity', 0.45);
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
    .attr('fill-opacity', 0.5);
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
}

export function cfdTable(points: readonly CfdPoint[], s: ChartState): TableData {
  return {
    columns: [s.labels.hour, s.labels.arrived, s.labels.completed],
    rows: points.map((p) => [p.hour, p.arrived, p.completed]),
  };
}
