// Lead-time distribution of both organisations (completed concerns of the replayed
// replication): grouped histogram bars per bin, and p50/p85/p95 marks per organisation.
import * as d3 from 'd3';
import { MODES, percentile, type ConcernRecord, type Mode } from '../../src/index.js';
import { chartFrame, drawAxes, legend, SERIES } from './frame.js';
import type { ChartState, TableData } from './types.js';

export interface LeadTimeData {
  /** Bin edges in hours. */
  edges: number[];
  counts: Partial<Record<Mode, number[]>>;
  marks: Partial<Record<Mode, { p50: number; p85: number; p95: number }>>;
}

const BINS = 24;

export function leadTimeData(concerns: Partial<Record<Mode, readonly ConcernRecord[]>>): LeadTimeData {
  const hours: Partial<Record<Mode, Float64Array>> = {};
  for (const mode of MODES) {
    const c = concerns[mode];
    if (c) hours[mode] = Float64Array.from(c.flatMap((r) => (r.lead === null ? [] : [r.lead / 60]))).sort();
  }
  const all = Object.values(hours);
  // The axis ends at the larger p99 so a long tail does not squash the body of the histogram.
  const top = Math.max(1, ...all.map((h) => (h.length ? percentile(h, 0.99) : 0)));
  const step = d3.tickStep(0, top, BINS);
  const edges = d3.range(0, Math.ceil(top / step) * step + step / 2, step);
  const out: LeadTimeData = { edges, counts: {}, marks: {} };
  for (const mode of MODES) {
    const h = hours[mode];
    if (!h) continue;
    const counts = new Array<number>(edges.length - 1).fill(0);
    for (const v of h) counts[Math.min(counts.length - 1, Math.floor(v / step))]++;
    out.counts[mode] = counts;
    out.marks[mode] = { p50: percentile(h, 0.5), p85: percentile(h, 0.85), p95: percentile(h, 0.95) };
  }
  return out;
}

/** The size of the p50/p85/p95 labels (DejaVu Sans bold: about 0.62 em a glyph). */
const MARK_FONT = 16;

export function renderLeadTime(root: Element, d: LeadTimeData, s: ChartState): void {
  const f = chartFrame(root, s.title, s.labels.leadHours, s.labels.count, s.height);
  const modes = MODES.filter((m) => d.counts[m]);
  const x = d3
    .scaleLinear()
    .domain([d.edges[0], d.edges[d.edges.length - 1]])
    .range([0, f.width]);
  const yMax = d3.max(modes.flatMap((m) => d.counts[m]!)) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([0, yMax * 1.15])
    .nice()
    .range([f.height, 0]);
  const bw = (x(d.edges[1]) - x(d.edges[0])) / Math.max(1, modes.length);
  modes.forEach((mode, k) => {
    f.plot
      .append('g')
      .attr('class', `bars ${mode}`)
      .attr('fill', SERIES[mode].colour)
      .selectAll('rect')
      .data(d.counts[mode]!)
      .join('rect')
      .attr('x', (_, i) => x(d.edges[i]) + k * bw + 0.5)
      .attr('width', Math.max(1, bw - 1))
      .attr('y', (c) => y(c))
      .attr('height', (c) => f.height - y(c))
      // Bars side by side; the later series slightly lighter so adjacent bars stay apart.
      .attr('fill-opacity', k === 0 ? 1 : 0.85);
  });
  drawAxes(f, x, y);
  modes.forEach((mode, k) => {
    const g = f.plot.append('g').attr('class', `marks ${mode}`);
    // One row of labels per organisation; within a row a label that would touch its
    // neighbour moves right (a short leader keeps it tied to its line).
    let free = -Infinity;
    (['p50', 'p85', 'p95'] as const).forEach((key) => {
      const v = d.marks[mode]![key];
      if (!Number.isFinite(v) || v > d.edges[d.edges.length - 1]) return;
      g.append('line')
        .attr('class', key)
        .attr('x1', x(v))
        .attr('x2', x(v))
        .attr('y1', 0)
        .attr('y2', f.height)
        .attr('stroke', SERIES[mode].colour)
        .attr('stroke-width', 3)
        .attr('stroke-dasharray', SERIES[mode].dash);
      const width = MARK_FONT * 0.62 * key.length;
      const at = Math.min(f.width - width, Math.max(x(v) + 4, free + 8));
      const y = 18 + k * (MARK_FONT + 8);
      if (at > x(v) + 5)
        g.append('line')
          .attr('class', 'leader')
          .attr('x1', x(v))
          .attr('x2', at)
          .attr('y1', y - MARK_FONT * 0.35)
          .attr('y2', y - MARK_FONT * 0.35)
          .attr('stroke', SERIES[mode].colour)
          .attr('stroke-width', 1.5);
      free = at + width;
      g.append('text')
        .attr('x', at)
        .attr('y', y)
        .attr('font-size', MARK_FONT)
        .attr('font-weight', 700)
        .attr('fill', SERIES[mode].colour)
        .attr('paint-order', 'stroke')
        .attr('stroke', '#fff')
        .attr('stroke-width', 4)
        .text(key);
    });
  });
  legend(
    f,
    modes.map((m) => ({ label: s.labels[m], ...SERIES[m] })),
  );
}

export function leadTimeTable(d: LeadTimeData, s: ChartState): TableData {
  const modes = MODES.filter((m) => d.counts[m]);
  return {
    columns: [`${s.labels.from} (h)`, `${s.labels.to} (h)`, ...modes.map((m) => s.labels[m])],
    rows: d.edges.slice(0, -1).map((e, i) => [e, d.edges[i + 1], ...modes.map((m) => d.counts[m]![i])]),
  };
}
