// Throughput per simulated day (completed concerns, replayed replication), grouped bars of
// both organisations.
import * as d3 from 'd3';
import { MODES, type HourRow, type Mode } from '../../src/index.js';
import { chartFrame, legend, SERIES, timeCursor, type Cursor } from './frame.js';
import type { ChartState, TableData } from './types.js';

export type DailyByMode = Partial<Record<Mode, number[]>>;

export function perDay(hours: readonly HourRow[]): number[] {
  const days: number[] = [];
  for (const r of hours) {
    const d = Math.floor(r.hour / 24);
    days[d] = (days[d] ?? 0) + r.completed;
  }
  return Array.from(days, (v) => v ?? 0);
}

const modesOf = (d: DailyByMode): Mode[] => MODES.filter((m) => d[m]);

export function renderThroughput(root: Element, daily: DailyByMode, s: ChartState): Cursor {
  const f = chartFrame(root, s.title, s.labels.day, s.labels.completed, s.height);
  const modes = modesOf(daily);
  const n = d3.max(modes, (m) => daily[m]!.length) ?? 0;
  const x = d3
    .scaleBand<number>()
    .domain(d3.range(1, n + 1))
    .range([0, f.width])
    .padding(0.2);
  const y = d3
    .scaleLinear()
    .domain([0, (d3.max(modes.flatMap((m) => daily[m]!)) ?? 1) * 1.15])
    .nice()
    .range([f.height, 0]);
  const bw = x.bandwidth() / Math.max(1, modes.length);
  modes.forEach((mode, k) => {
    f.plot
      .append('g')
      .attr('class', `bars ${mode}`)
      .attr('fill', SERIES[mode].colour)
      .selectAll('rect')
      .data(daily[mode]!)
      .join('rect')
      .attr('x', (_, i) => (x(i + 1) ?? 0) + k * bw)
      .attr('width', Math.max(1, bw - 1))
      .attr('y', (v) => y(v))
      .attr('height', (v) => f.height - y(v));
  });
  const xa = f.plot
    .append('g')
    .attr('class', 'x-axis')
    .attr('transform', `translate(0,${f.height})`)
    .call(d3.axisBottom(x).tickValues(x.domain().filter((d) => n <= 20 || d % 2 === 1)));
  const ya = f.plot.append('g').attr('class', 'y-axis').call(d3.axisLeft(y).ticks(6));
  for (const a of [xa, ya]) a.attr('font-size', 15).selectAll('line, path').attr('stroke', '#111');
  legend(
    f,
    modes.map((m) => ({ label: s.labels[m], ...SERIES[m] })),
  );
  // Day d's band starts half a gap before its bar: the clock's day fraction runs across it.
  const start = (x(1) ?? 0) - (x.step() * x.paddingInner()) / 2;
  return timeCursor(f, (day) => start + day * x.step());
}

export function throughputTable(daily: DailyByMode, s: ChartState): TableData {
  const modes = modesOf(daily);
  const n = d3.max(modes, (m) => daily[m]!.length) ?? 0;
  return {
    columns: [s.labels.day, ...modes.map((m) => s.labels[m])],
    rows: d3.range(n).map((d) => [d + 1, ...modes.map((m) => daily[m]![d] ?? '')]),
  };
}
