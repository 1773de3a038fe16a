// The charts below the stage: lead-time distribution, WIP over time, cumulative flow per
// organisation, throughput per day. Each with its table and SVG/PNG export. Redrawn only
// when the replayed runs or the language change.
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
import { el } from './dom.js';

interface ChartSpec {
  id: string;
  title: string;
  draw(figure: HTMLElement, s: ChartState): void;
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

export function mountCharts(root: HTMLElement): (s: AppState) => void {
  let drawnRuns: AppState['runs'] | null = null;
  let drawnLang: Lang | null = null;
  return (s) => {
    const complete = s.layout !== null && s.layout.modes.every((m) => s.runs[m]);
    if (!complete || (s.runs === drawnRuns && s.lang === drawnLang)) {
      if (!complete && s.layout !== null) root.replaceChildren();
      return;
    }
    drawnRuns = s.runs;
    drawnLang = s.lang;
    const l = s.lang;
    root.replaceChildren(el('h2', {}, [t(l, 'charts')]));
    const grid = el('div', { class: 'chart-grid' });
    root.append(grid);
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
      spec.draw(figure, st);
      renderTable(tableBox, spec.table(st), spec.title, (v) => (Number.isInteger(v) ? String(v) : formatNumber(l, v, 2)));
      const svg = () => figure.querySelector('svg')!;
      svgButton.addEventListener('click', () => download(`${spec.id}.svg`, svgText(svg()), 'image/svg+xml'));
      pngButton.addEventListener('click', () => void svgToPng(svg()).then((b) => download(`${spec.id}.png`, b)));
    }
  };
}
