// Work in progress over time: concerns in the system at the end of each hour, per
// organisation (replayed replication). A growing line means the organisation is unstable.
import * as d3 from 'd3';
import { MODES, type HourRow, type Mode } from '../../src/index.js';
import { chartFrame, drawAxes, legend, SERIES, timeCursor, type Cursor } from './frame.js';
import type { ChartState, TableData } from './types.js';

export type HoursByMode = Partial<Record<Mode, readonly HourRow[]>>;

const modesOf = (h: HoursByMode): Mode[] => MODES.filter((m) => h[m]);

export function renderWip(root: Element, hours: HoursByMode, s: ChartState): Cursor {
  const f = chartFrame(root, s.title, s.labels.days, s.labels.concerns, s.height);
  const modes = modesOf(hours);
  const n = d3.max(modes, (m) => hours[m]!.length) ?? 1;
  const x = d3
    .scaleLinear()
    .domain([0, n / 24])
    .range([0, f.width]);
  const y = d3
    .scaleLinear()
    .domain([0, (d3.max(modes.flatMap((m) => hours[m]!.map((r) => r.wip))) ?? 1) * 1.1])
    .nice()
    .range([f.height, 0]);
  drawAxes(f, x, y);
  for (const mode of modes) {
    const line = d3
      .line<HourRow>()
      .x((r) => x((r.hour + 1) / 24))
      .y((r) => y(r.wip));
    f.plot
      .append('path')
      .attr('class', `line ${mode}`)
      .attr('d', line(hours[mode]!.slice()) ?? '')
      .attr('fill', 'none')
      .attr('stroke', SERIES[mode].colour)
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', SERIES[mode].dash);
  }
  legend(
    f,
    modes.map((m) => ({ label: s.labels[m], ...SERIES[m] })),
  );
  return timeCursor(f, x);
}

export function wipTable(hours: HoursByMode, s: ChartState): TableData {
  const modes = modesOf(hours);
  const n = d3.max(modes, (m) => hours[m]!.length) ?? 0;
  return {
    columns: [s.labels.hour, ...modes.map((m) => s.labels[m])],
    rows: d3.range(n).map((h) => [h, ...modes.map((m) => hours[m]![h]?.wip ?? '')]),
  };
}
