// KPI cards: silo | team | difference (with 95% CI) per metric. Every value element carries
// data-mode, data-metric and, once its run has finished, data-value = String(mean), the
// exact number of the CLI's --json, so tests read what the audience sees.
import * as d3 from 'd3';
import type { Mode } from '../../src/index.js';
import type { ResultView } from '../worker/protocol.js';
import { estimateAt, kpisFor, formatRange, formatValue, type KpiDef } from '../app/kpis.js';
import { t, type Lang } from '../i18n/index.js';

export interface KpiViewState {
  lang: Lang;
  /** The result of the finished run, or null while running. */
  result: ResultView | null;
  /**
   * While running: the numbers before this re-run of the same scenario (a slider moved),
   * shown grey and without data-value, so the cards do not blink between runs.
   */
  stale: ResultView | null;
  modes: readonly Mode[];
  /** "Predict, then reveal": numbers stay covered (and carry no data-value). */
  hidden: boolean;
}

type Column = Mode | 'difference';
const COLUMNS: readonly Column[] = ['silo', 'team', 'difference'];

function summaryFor(result: ResultView | null, column: Column) {
  if (!result) return null;
  return column === 'difference' ? result.difference : (result[column]?.metrics ?? null);
}

/** 'better' | 'worse' when the CI excludes 0, else 'same'. */
export function verdict(def: KpiDef, low: number, high: number): 'better' | 'worse' | 'same' {
  if (def.higherIsBetter === null || !(low > 0 || high < 0)) return 'same';
  return low > 0 === def.higherIsBetter ? 'better' : 'worse';
}

export function renderKpis(root: HTMLElement, s: KpiViewState): void {
  const columns = COLUMNS.filter((c) => (c === 'difference' ? s.modes.length === 2 : s.modes.includes(c)));
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
  cards.attr('aria-label', (d) => t(s.lang, `kpi.${d.metric}` as never));
  cards.select('h3').text((d) => t(s.lang, `kpi.${d.metric}` as never));

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
      .attr('data-metric', def.metric);
    cells.each(function (column) {
      const cell = d3.select(this);
      const e = s.hidden ? null : estimateAt(summaryFor(s.result, column), def.metric);
      const old = e || s.hidden ? null : estimateAt(summaryFor(s.stale, column), def.metric);
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
      cell.select('.kpi-num').text(shown ? formatValue(s.lang, def.unit, shown.mean, difference) : s.hidden ? '?' : '…');
      const range = e && difference ? formatRange(s.lang, def.unit, e.ci95[0], e.ci95[1], true) : '';
      cell.select('.ci-label').text(range ? `${t(s.lang, 'ci95')} ` : '');
      cell.select('.ci-range').text(range);
      cell.attr('data-direction', e && difference ? (e.mean > 0 ? 'up' : e.mean < 0 ? 'down' : 'flat') : null);
      cell.attr('title', range ? `${t(s.lang, 'ci95')} ${range}` : '');
    });
  });
}
