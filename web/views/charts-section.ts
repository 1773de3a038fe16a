// The charts, the stage's second view: lead-time distribution, WIP over time, cumulative flow
// per organisation, throughput per day. Each with its table and SVG/PNG export. Drawn only
// while shown, and again only when the replayed runs or the language change; the time charts
// follow the animation clock (a cursor, the future veiled), which per frame moves one line.
import { MODES, type Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { t, formatNumber, type Lang, type StringKey } from '../i18n/index.js';
import { leadTimeData, leadTimeTable, renderLeadTime } from '../charts/lead-time.js';
import { renderWip, wipTable } from '../charts/wip.js';
import { cfdTable, cumulative, renderCfd } from '../charts/cfd.js';
import { perDay, renderThroughput, throughputTable } from '../charts/throughput.js';
import { renderTable } from '../charts/table.js';
import { download, svgText, svgToPng } from '../charts/image.js';
import type { ChartState, TableData } from '../charts/types.js';
import { CHART, type Cursor } from '../charts/frame.js';
import { el, setText } from './dom.js';

interface ChartSpec {
  id: string;
  /** Charts of one group are shown together (the two organisations' cumulative flows). */
  group: string;
  title: string;
  /** Draws the chart; a time chart returns its cursor. */
  draw(figure: HTMLElement, s: ChartState): Cursor | void;
  table(s: ChartState): TableData;
}

function chartState(lang: Lang, title: string, height?: number): ChartState {
  return {
    title,
    height,
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
      group: 'lead-time',
      title: t(l, 'chart.leadTime'),
      draw: (f, st) => renderLeadTime(f, lead, st),
      table: (st) => leadTimeTable(lead, st),
    },
    { id: 'wip', group: 'wip', title: t(l, 'chart.wip'), draw: (f, st) => renderWip(f, hours, st), table: (st) => wipTable(hours, st) },
  ];
  for (const m of modes) {
    list.push({
      id: `cfd-${m}`,
      group: 'cfd',
      title: `${t(l, 'chart.cfd')}: ${t(l, m)}`,
      draw: (f, st) => renderCfd(f, flows[m]!, cfdMax, st),
      table: (st) => cfdTable(flows[m]!, st),
    });
  }
  list.push({
    id: 'throughput',
    group: 'throughput',
    title: t(l, 'chart.throughput'),
    draw: (f, st) => renderThroughput(f, daily, st),
    table: (st) => throughputTable(daily, st),
  });
  return list;
}

/** The chart groups, in the order of their buttons, with the button's text. */
const GROUPS: readonly { group: string; label: StringKey }[] = [
  { group: 'lead-time', label: 'chart.leadTime' },
  { group: 'wip', label: 'chart.wip' },
  { group: 'cfd', label: 'chart.cfd' },
  { group: 'throughput', label: 'chart.throughput' },
];

export interface Charts {
  render(s: AppState): void;
  /** The charts' view was shown or hidden. */
  visible(on: boolean): void;
  /** The animation clock's minute. */
  clock(minute: number): void;
}

interface Card {
  spec: ChartSpec;
  figure: HTMLElement;
  card: HTMLElement;
  tableBox: HTMLElement;
  /** What the figure was drawn for: the runs, the language and its shape. */
  drawn: { runs: AppState['runs']; lang: Lang; height: number } | null;
  cursor: Cursor | null;
}

/**
 * The chart's viewBox height for its figure's shape: the width is always CHART.width units,
 * so text keeps its size relative to the figure's width.
 */
function shapeOf(figure: HTMLElement): number {
  const w = figure.clientWidth;
  const h = figure.clientHeight;
  if (w === 0 || h === 0) return CHART.height;
  return Math.round(Math.min(900, Math.max(300, (CHART.width * h) / w)));
}

/**
 * The charts, one group at a time (chosen by a row of buttons) and as large as the stage: a
 * projector shows a chart's labels at the size of the map's. Charts are drawn only when shown,
 * at the shape of their place, and again only when the runs, the language or that shape change.
 */
export function mountCharts(root: HTMLElement): Charts {
  let latest: AppState | null = null;
  let shown = false;
  let minute = 0;
  let group = GROUPS[0].group;
  let cards: Card[] = [];
  let built: { runs: AppState['runs']; lang: Lang } | null = null;
  const picks = el('div', { class: 'chart-picks', role: 'group' });
  const grid = el('div', { class: 'chart-grid' });
  const heading = el('h2', { class: 'visually-hidden' });
  root.replaceChildren(heading, picks, grid);
  const buttons = GROUPS.map((g) => {
    const b = el('button', { type: 'button', id: `chart-pick-${g.group}`, 'data-group': g.group, 'aria-pressed': 'false' });
    b.addEventListener('click', () => {
      group = g.group;
      show();
    });
    return b;
  });
  picks.append(...buttons);

  /** Builds the cards of the current runs (their figures stay empty until shown). */
  function build(s: AppState): void {
    built = { runs: s.runs, lang: s.lang };
    const l = s.lang;
    heading.textContent = t(l, 'charts');
    GROUPS.forEach((g, i) => setText(buttons[i], t(l, g.label)));
    cards = specs(s).map((spec) => {
      const figure = el('div', { class: 'chart-figure' });
      const tableBox = el('div', { class: 'chart-table' });
      const details = el('details', {}, [el('summary', {}, [t(l, 'asTable')]), tableBox]);
      const svgButton = el('button', { type: 'button', 'data-export': 'svg' }, ['SVG']);
      const pngButton = el('button', { type: 'button', 'data-export': 'png' }, ['PNG']);
      // Named by its title: a figure is otherwise named by its caption ("As table SVG PNG").
      const card = el(
        'figure',
        { class: 'chart', id: `chart-${spec.id}`, 'data-chart': spec.id, 'data-group': spec.group, 'aria-label': spec.title },
        [figure, el('figcaption', {}, [details, el('span', { class: 'chart-export' }, [svgButton, pngButton])])],
      );
      // The table (hundreds of rows) is built when first opened, not after every re-run.
      details.addEventListener('toggle', () => {
        if (!details.open || tableBox.childElementCount > 0) return;
        const st = chartState(l, spec.title);
        renderTable(tableBox, spec.table(st), spec.title, (v) => (Number.isInteger(v) ? String(v) : formatNumber(l, v, 2)));
      });
      const svg = () => figure.querySelector('svg')!;
      svgButton.addEventListener('click', () => download(`${spec.id}.svg`, svgText(svg()), 'image/svg+xml'));
      pngButton.addEventListener('click', () => void svgToPng(svg()).then((b) => download(`${spec.id}.png`, b)));
      return { spec, figure, card, tableBox, drawn: null, cursor: null };
    });
    grid.replaceChildren(...cards.map((c) => c.card));
  }

  /** Shows the chosen group and draws what it needs (when the view is shown). */
  function show(): void {
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(GROUPS[i].group === group)));
    const visibleCards = cards.filter((c) => c.spec.group === group);
    grid.dataset.count = String(visibleCards.length);
    for (const c of cards) c.card.hidden = c.spec.group !== group;
    if (!shown || !latest) return;
    for (const c of visibleCards) {
      const height = shapeOf(c.figure);
      const d = c.drawn;
      if (d && d.runs === built?.runs && d.lang === built.lang && Math.abs(d.height - height) / height < 0.04) continue;
      c.cursor = c.spec.draw(c.figure, chartState(latest.lang, c.spec.title, height)) ?? null;
      c.drawn = { runs: built!.runs, lang: built!.lang, height };
      c.cursor?.(minute);
    }
  }

  new ResizeObserver(() => {
    if (shown) show();
  }).observe(grid);

  return {
    render(s) {
      latest = s;
      const stale = s.runsStale || s.status === 'running';
      if (root.classList.contains('stale') !== stale) root.classList.toggle('stale', stale);
      const complete = s.layout !== null && s.layout.modes.every((m) => s.runs[m]);
      if (complete && (s.runs !== built?.runs || s.lang !== built.lang)) build(s);
      else if (!complete && s.layout !== null && !s.runsStale && cards.length > 0) {
        cards = [];
        built = null;
        grid.replaceChildren();
      }
      show();
    },
    visible(on) {
      shown = on;
      show();
    },
    clock(m) {
      minute = m;
      if (!shown) return;
      for (const c of cards) if (!c.card.hidden) c.cursor?.(m);
    },
  };
}
