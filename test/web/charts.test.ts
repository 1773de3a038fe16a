// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { leadTimeData, leadTimeTable, renderLeadTime } from '../../web/charts/lead-time.js';
import { renderWip, wipTable } from '../../web/charts/wip.js';
import { cfdTable, cumulative, renderCfd } from '../../web/charts/cfd.js';
import { perDay, renderThroughput, throughputTable } from '../../web/charts/throughput.js';
import { renderTable } from '../../web/charts/table.js';
import { svgText } from '../../web/charts/image.js';
import type { ChartState } from '../../web/charts/types.js';
import type { ConcernRecord, HourRow } from '../../src/metrics/types.js';

const state: ChartState = {
  title: 'T',
  labels: {
    silo: 'Ampel',
    team: 'Kreisverkehr',
    count: 'n',
    from: 'von',
    to: 'bis',
    leadHours: 'h',
    hour: 'Stunde',
    day: 'Tag',
    concerns: 'Anliegen',
    arrived: 'angekommen',
    completed: 'erledigt',
    days: 'Tage',
    inSystem: 'im System',
  },
};
const rec = (lead: number | null): ConcernRecord => ({
  id: 'x',
  type: 'move',
  arrival: 0,
  completion: lead,
  lead,
  wait: lead,
  touch: 0,
  handoffs: 0,
  errors: 0,
  failureDemand: false,
});
// Silo: leads of 1..10 h, team: 1..5 h, one open concern that must not count.
const concerns = {
  silo: [...Array.from({ length: 10 }, (_, i) => rec((i + 1) * 60)), rec(null)],
  team: Array.from({ length: 5 }, (_, i) => rec((i + 1) * 60)),
};
const hours = (n: number, perHour: number): HourRow[] =>
  Array.from({ length: n }, (_, hour) => ({ hour, arrived: perHour, started: perHour, completed: perHour - (hour % 2), wip: hour }));
const mount = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};

describe('lead-time histogram', () => {
  const data = leadTimeData(concerns);

  it('bins completed concerns of both organisations on shared edges, with type-7 percentiles', () => {
    expect(data.counts.silo!.reduce((a, b) => a + b, 0)).toBe(10);
    expect(data.counts.team!.reduce((a, b) => a + b, 0)).toBe(5);
    expect(data.counts.silo!.length).toBe(data.edges.length - 1);
    // Type 7: h = (n − 1)·p, e.g. p85 of 1..10 is 8 + 0.65·(9 − 8).
    const m = data.marks.silo!;
    expect(m.p50).toBe(5.5);
    expect(m.p85).toBeCloseTo(8.65, 12);
    expect(m.p95).toBeCloseTo(9.55, 12);
    expect(data.marks.team!.p50).toBe(3);
    expect(data.marks.team!.p85).toBeCloseTo(4.4, 12);
  });

  it('renders one bar per bin and organisation and three marks each', () => {
    const root = mount();
    renderLeadTime(root, data, state);
    const bins = data.edges.length - 1;
    expect(root.querySelectorAll('g.bars.silo rect').length).toBe(bins);
    expect(root.querySelectorAll('g.bars.team rect').length).toBe(bins);
    for (const m of ['silo', 'team']) {
      const xs = ['p50', 'p85', 'p95'].map((k) => Number(root.querySelector(`g.marks.${m} line.${k}`)!.getAttribute('x1')));
      expect(xs[0]).toBeLessThan(xs[1]);
      expect(xs[1]).toBeLessThan(xs[2]);
    }
    expect(root.querySelector('.chart-title')!.textContent).toBe('T');
  });

  it('its table lists every bin with both counts', () => {
    const t = leadTimeTable(data, state);
    expect(t.columns).toEqual(['von (h)', 'bis (h)', 'Ampel', 'Kreisverkehr']);
    expect(t.rows.length).toBe(data.edges.length - 1);
    expect(t.rows.reduce((n, r) => n + Number(r[3]), 0)).toBe(5);
  });
});

describe('WIP, cumulative flow and throughput', () => {
  const h = { silo: hours(48, 5), team: hours(48, 4) };

  it('WIP draws one line per organisation through every hour', () => {
    const root = mount();
    renderWip(root, h, state);
    const d = root.querySelector('path.line.silo')!.getAttribute('d')!;
    expect(d.split('L').length).toBe(48);
    expect(root.querySelector('path.line.team')).not.toBeNull();
    expect(wipTable(h, state).rows[47]).toEqual([47, 47, 47]);
  });

  it('cumulative flow sums arrivals and completions hour by hour', () => {
    const points = cumulative(h.silo);
    expect(points[0]).toEqual({ hour: 1, arrived: 5, completed: 5 });
    expect(points[1]).toEqual({ hour: 2, arrived: 10, completed: 9 });
    expect(points.at(-1)).toEqual({ hour: 48, arrived: 240, completed: 216 });
    const root = mount();
    renderCfd(root, points, 240, state);
    for (const sel of ['path.band.wip', 'path.band.done', 'path.line.arrived', 'path.line.completed'])
      expect(root.querySelector(sel), sel).not.toBeNull();
    expect(cfdTable(points, state).rows[1]).toEqual([2, 10, 9]);
  });

  it('throughput per day adds the completions of 24 hours and draws one bar per day and organisation', () => {
    expect(perDay(h.silo)).toEqual([108, 108]);
    const root = mount();
    renderThroughput(root, { silo: perDay(h.silo), team: perDay(h.team) }, state);
    expect(root.querySelectorAll('g.bars.silo rect').length).toBe(2);
    expect(root.querySelectorAll('g.bars.team rect').length).toBe(2);
    expect(throughputTable({ silo: [1, 2], team: [3, 4] }, state).rows).toEqual([
      [1, 1, 3],
      [2, 2, 4],
    ]);
  });

  it('a chart exports as standalone SVG with its own white background', () => {
    const root = mount();
    renderWip(root, h, state);
    const text = svgText(root.querySelector('svg')!);
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('fill="#fff"');
  });

  it('tables hold text only, even when labels look like markup', () => {
    const root = mount();
    renderTable(root, { columns: ['<b>x</b>'], rows: [['<img src=x onerror=alert(1)>'], [1.5]] }, 'cap', (v) => String(v));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('td')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
