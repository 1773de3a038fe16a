// KPI cards: silo | team | difference (with 95% CI) per metric. Every value element carries
// data-mode, data-metric and, once its run has finished, data-value = String(mean), the
// exact number of the CLI's --json, so tests read what the audience sees. Figures the page
// derives (first-time-right throughput, failure demand) carry data-derived as well.
import * as d3 from 'd3';
import type { Mode, MetricsSummary } from '../../src/index.js';
import type { ResultView } from '../worker/protocol.js';
import type { DerivedView } from '../flow/derived.js';
import { kpisFor, estimateAt, formatDifference, formatValue, type KpiDef } from '../app/kpis.js';
import { t, type Lang, type StringKey } from '../i18n/index.js';

export interface KpiViewState {
  lang: Lang;
  /** The result of the finished run, or null while running. */
  result: ResultView | null;
  /** The derived figures of the finished run (null while running or for an older worker answer). */
  derived?: DerivedView | null;
  /**
   * While running: the numbers before this re-run of the same scenario (a slider moved),
   * shown grey and without data-value, so the cards do not blink between runs.
   */
  stale: ResultView | null;
  staleDerived?: DerivedView | null;
  modes: readonly Mode[];
  /** "Predict, then reveal": numbers stay covered (and carry no data-value). */
  hidden: boolean;
}

type Column = Mode | 'difference';
const COLUMNS: readonly Column[] = ['silo', 'team', 'difference'];

function summaryFor(def: KpiDef, result: ResultView | null, derived: DerivedView | null | undefined, column: Column): unknown {
  if (def.derived) return derived?.[column] ?? null;
  if (!result) return null;
  return column === 'difference' ? result.difference : (result[column]?.metrics ?? null);
}

/** 'better' | 'worse' when the CI excludes 0, else 'same'. */
export function verdict(def: KpiDef, low: number, high: number): 'better' | 'worse' | 'same' {
  if (def.higherIsBetter === null || !(low > 0 || high < 0)) return 'same';
  return low > 0 === def.higherIsBetter ? 'better' : 'worse';
}

const titleKey = (def: KpiDef): StringKey => `kpi.${def.metric}` as StringKey;
const glossKey = (def: KpiDef): StringKey => `gloss.${def.metric}` as StringKey;

/**
 * The row names once, left of the cards (Ampel, Kreisverkehr, Δ and what its colours mean),
 * so that every card's width goes to its numbers; the cards keep their names for screen
 * readers (visually hidden).
 */
function renderLegend(root: HTMLElement, s: KpiViewState, columns: readonly Column[]): void {
  let legend = root.querySelector<HTMLDivElement>(':scope > .kpi-legend');
  if (!legend) {
    legend = document.createElement('div');
    legend.className = 'kpi-legend';
    legend.setAttribute('aria-hidden', 'true');
    root.prepend(legend);
  }
  const rows = columns.map((c) => {
    const row = document.createElement('span');
    row.className = `kpi-row-name ${c}`;
    row.textContent = c === 'difference' ? `Δ ${t(s.lang, 'team')} − ${t(s.lang, 'silo')}` : t(s.lang, c);
    return row;
  });
  const ci = document.createElement('span');
  ci.className = 'kpi-row-ci';
  ci.textContent = t(s.lang, 'ci95');
  const key = document.createElement('span');
  key.className = 'kpi-row-key';
  key.textContent = `${t(s.lang, 'better')} ▲▼ ${t(s.lang, 'worse')}`;
  legend.replaceChildren(...rows, ...(columns.includes('difference') ? [ci, key] : []));
}

/**
 * A card's title, with a line break allowed after each "/": in a narrow card "Completed/day"
 * wraps as "Completed/" and "day" rather than inside a word (browsers do not break after a
 * slash that a letter follows).
 */
function setTitle(h3: HTMLElement, title: string): void {
  if (h3.textContent === title) return;
  const parts = title.split('/');
  h3.replaceChildren(...parts.flatMap((part, i) => (i < parts.length - 1 ? [`${part}/`, document.createElement('wbr')] : [part])));
}

export function renderKpis(root: HTMLElement, s: KpiViewState): void {
  const columns = COLUMNS.filter((c) => (c === 'difference' ? s.modes.length === 2 : s.modes.includes(c)));
  renderLegend(root, s, columns);
  const cards = d3
    .select(root)
    .selectAll<HTMLDivElement, KpiDef>('div.kpi')
    .data(kpisFor([s.result ?? s.stale].flatMap((r) => (r ? [r.silo?.metrics ?? null, r.team?.metrics ?? null] : []))), (d) => d.metric)
    .join((enter) => {
      const card = enter.append('div').attr('class', 'kpi').attr('role', 'group');
      card.append('h3');
      card.append('div').attr('class', 'kpi-values');
      return card;
    });
  cards.attr('aria-label', (d) => t(s.lang, titleKey(d))).attr('data-kpi', (d) => d.metric);
  cards
    .select<HTMLHeadingElement>('h3')
    .each(function (d) {
      setTitle(this, t(s.lang, titleKey(d)));
    })
    .attr('title', (d) => t(s.lang, glossKey(d)));

  cards.select<HTMLDivElement>('.kpi-values').each(function (def) {
    const cells = d3
      .select(this)
      .selectAll<HTMLDivElement, Column>('div.kpi-v')
      .data(columns, (c) => c)
      .join((enter) => {
        const cell = enter.append('div').attr('class', (c) => `kpi-v ${c}`);
        cell.append('span').attr('class', 'kpi-who');
        cell.append('span').attr('class', 'kpi-num');
        const ci = cell.append('span').attr('class', 'kpi-ci');
        ci.append('span').attr('class', 'ci-label');
        ci.append('span').attr('class', 'ci-range');
        return cell;
      })
      .attr('data-mode', (c) => c)
      .attr('data-metric', def.metric)
      .attr('data-derived', def.derived ? 'true' : null);
    const estimates = new Map(
      columns.map((column) => {
        const e = s.hidden ? null : estimateAt(summaryFor(def, s.result, s.derived, column) as MetricsSummary | null, def.metric);
        const old =
          e || s.hidden ? null : estimateAt(summaryFor(def, s.stale, s.staleDerived, column) as MetricsSummary | null, def.metric);
        return [column, { e, old }] as const;
      }),
    );
    // One unit per card: the scale (min, h, d) of its largest number, interval bounds included.
    const basis = Math.max(
      0,
      ...[...estimates.values()].flatMap(({ e, old }) => {
        const x = e ?? old;
        return x ? [x.mean, ...x.ci95].map(Math.abs).filter(Number.isFinite) : [];
      }),
    );
    cells.each(function (column) {
      const cell = d3.select(this);
      const { e, old } = estimates.get(column)!;
      const difference = column === 'difference';
      const v = e && difference ? verdict(def, e.ci95[0], e.ci95[1]) : null;
      cell
        .attr('data-value', e ? String(e.mean) : null)
        .classed('pending', !e)
        .attr('data-verdict', v);
      // The difference row names its verdict next to the Δ; its interval gets a line of its own.
      const who = difference ? (v && v !== 'same' ? `Δ ${t(s.lang, v)}` : 'Δ') : t(s.lang, column);
      cell
        .select('.kpi-who')
        .text(who)
        .attr('title', difference ? `${t(s.lang, 'difference')} (${t(s.lang, 'team')} − ${t(s.lang, 'silo')})` : null);
      const shown = e ?? old;
      // A difference and its interval share one unit (minutes, hours or days; percentage points).
      const text =
        shown && difference
          ? formatDifference(s.lang, def.unit, shown.mean, shown.ci95[0], shown.ci95[1], basis)
          : { value: shown ? formatValue(s.lang, def.unit, shown.mean, false, basis) : s.hidden ? '?' : '…', range: '' };
      cell.select('.kpi-num').text(text.value);
      const range = e && difference ? text.range : '';
      cell.select('.ci-label').text(range ? `${t(s.lang, 'ci95')} ` : '');
      // An empty interval line keeps its height (a no-break space): covered or re-running cards
      // must not change the page's height, or the maps and the playback bar would jump.
      cell.select('.ci-range').text(range || '\u00a0');
      cell.attr('data-direction', e && difference ? (e.mean > 0 ? 'up' : e.mean < 0 ? 'down' : 'flat') : null);
      cell.attr('title', range ? `${t(s.lang, 'ci95')} ${range} · ${t(s.lang, 'gloss.ci95')}` : null);
    });
  });
}
