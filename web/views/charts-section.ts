// The charts, the stage's second view: lead-time distribution, WIP over time, cumulative flow
// per organisation, throughput per day. Each with its table and SVG/PNG export. Drawn only
// while shown, and again only when the replayed runs or the language change; the time charts
// follow the animation clock (a cursor, the future veiled), which per frame moves one line.
import { MODES, type Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { t, formatNumber, type Lang } from '../i18n/index.js';
import { leadTimeData, leadTimeTable, renderLeadTime } from '../charts/lead-time.js';
import { renderWip, wipTable } from '../charts/wip.js';
import { cfdTable, cumulative, renderCfd } from '../charts/cfd.js';
import { perDay, renderThroughput, throughputTable } from '../charts/throughput.js';
import { renderTable } from '../charts/table.js';
import { download, svgText, svgToPng } from '../charts/image.js';
import type { ChartState, TableData } from '../charts/types.js';
import type { Cursor } from '../charts/frame.js';
import { el } from './dom.js';

interface ChartSpec {
  id: string;
  title: string;
  /** Draws the chart; a time chart returns its cursor. */
  draw(figure: HTMLElement, s: ChartState): Cursor | void;
  table(s: ChartState): TableData;
}

function chartState(lang: Lang, title: string): ChartState {
  return {
    title,
    labels: {
      silo: t(lang, 'silo'),
      team: t(lang, 'team'),
      count: t(lang, 'count'),
      from: t(lang, 'from'),
      to: t(lang, 'to'),
      leadHours: `${t(lang, 'leadTime')} (h)`,
      hour: t(lang, 'hour'),
      day: t(lang, 'day'),
      concerns: t(lang, 'concerns'),
      arrived: t(lang, 'arrived'),
      completed: t(lang, 'completed'),
      days: lang === 'de' ? 'Tage' : 'Days',
      inSystem: t(lang, 'inSystem'),
    },
  };
}

function specs(s: AppState): ChartSpec[] {
  const modes = MODES.filter((m) => s.runs[m]);
  const concerns = Object.fromEntries(modes.map((m) => [m, s.runs[m]!.concerns]));
  const hours = Object.fromEntries(modes.map((m) => [m, s.runs[m]!.hours]));
  const lead = leadTimeData(concerns);
  const daily = Object.fromEntries(modes.map((m) => [m, perDay(s.runs[m]!.hours)]));
  const flows = Object.fromEntries(modes.map((m) => [m, cumulative(s.runs[m]!.hours)])) as Partial<
    Record<Mode, ReturnType<typeof cumulative>>
  >;
  const cfdMax = Math.max(1, ...modes.map((m) => flows[m]!.at(-1)?.arrived ?? 0));
  const l = s.lang;
  const list: ChartSpec[] = [
    {
      id: 'lead-time',
      title: t(l, 'chart.leadTime'),
      draw: (f, st) => renderLeadTime(f, lead, st),
      table: (st) => leadTimeTable(lead, st),
    },
    { id: 'wip', title: t(l, 'chart.wip'), draw: (f, st) => renderWip(f, hours, st), table: (st) => wipTable(hours, st) },
  ];
  for (const m of modes) {
    list.push({
      id: `cfd-${m}`,
      title: `${t(l, 'chart.cfd')}: ${t(l, m)}`,
      draw: (f, st) => renderCfd(f, flows[m]!, cfdMax, st),
      table: (st) => cfdTable(flows[m]!, st),
    });
  }
  list.push({
    id: 'throughput',
    title: t(l, 'chart.throughput'),
    draw: (f, st) => renderThroughput(f, daily, st),
    table: (st) => throughputTable(daily, st),
  });
  return list;
}

export interface Charts {
  render(s: AppState): void;
  /** The charts' view was shown or hidden. */
  visible(on: boolean): void;
  /** The animation clock's minute. */
  clock(minute: number): void;
}

export function mountCharts(root: HTMLElement): Charts {
  let drawnRuns: AppState['runs'] | null = null;
  let drawnLang: Lang | null = null;
  let latest: AppState | null = null;
  let shown = false;
  let minute = 0;
  let cursors: Cursor[] = [];

  function draw(s: AppState): void {
    const complete = s.layout !== null && s.layout.modes.every((m) => s.runs[m]);
    if (!complete || (s.runs === drawnRuns && s.lang === drawnLang)) {
      if (!complete && s.layout !== null && !s.runsStale) {
        root.replaceChildren();
        drawnRuns = null;
        cursors = [];
      }
      return;
    }
    drawnRuns = s.runs;
    drawnLang = s.lang;
    const l = s.lang;
    root.replaceChildren(el('h2', { class: 'visually-hidden' }, [t(l, 'charts')]));
    const grid = el('div', { class: 'chart-grid' });
    root.append(grid);
    cursors = [];
    for (const spec of specs(s)) {
      const st = chartState(l, spec.title);
      const figure = el('div', { class: 'chart-figure' });
      const tableBox = el('div', { class: 'chart-table' });
      const details = el('details', {}, [el('summary', {}, [t(l, 'asTable')]), tableBox]);
      const svgButton = el('button', { type: 'button', 'data-export': 'svg' }, ['SVG']);
      const pngButton = el('button', { type: 'button', 'data-export': 'png' }, ['PNG']);
      const card = el('figure', { class: 'chart', id: `chart-${spec.id}`, 'data-chart': spec.id }, [
        figure,
        el('figcaption', {}, [details, el('span', { class: 'chart-export' }, [svgButton, pngButton])]),
      ]);
      grid.append(card);
      const cursor = spec.draw(figure, st);
      if (cursor) cursors.push(cursor);
      renderTable(tableBox, spec.table(st), spec.title, (v) => (Number.isInteger(v) ? String(v) : formatNumber(l, v, 2)));
      const svg = () => figure.querySelector('svg')!;
      svgButton.addEventListener('click', () => download(`${spec.id}.svg`, svgText(svg()), 'image/svg+xml'));
      pngButton.addEventListener('click', () => void svgToPng(svg()).then((b) => download(`${spec.id}.png`, b)));
    }
    for (const c of cursors) c(minute);
  }

  return {
    render(s) {
      latest = s;
      const stale = s.runsStale || s.status === 'running';
      if (root.classList.contains('stale') !== stale) root.classList.toggle('stale', stale);
      if (shown) draw(s);
    },
    visible(on) {
      shown = on;
      if (on && latest) draw(latest);
    },
    clock(m) {
      minute = m;
      if (shown) for (const c of cursors) c(m);
    },
  };
}
