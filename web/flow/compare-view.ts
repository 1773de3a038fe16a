// What if: the pinned run against the run shown now, per organisation, each row in one unit
// ("3,9 h → 9,4 h, +5,5 h"; shares change in percentage points).
import type { Mode, MetricsSummary } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { KPIS, estimateAt, formatDifference, formatValue, type KpiDef } from '../app/kpis.js';
import { t, type StringKey } from '../i18n/index.js';
import { el } from '../views/dom.js';
import type { DerivedView } from './derived.js';
import type { Pinned } from './state.js';
import { answersOf } from './answers.js';
import { shown } from './answers-view.js';

const COMPARED = ['leadTime.mean', 'errorRate', 'firstTimeRightPerDay', 'failureDemandPerDay', 'utilisation.overall'];

function valueOf(def: KpiDef, mode: Mode, result: Pinned['result'] | null, derived: DerivedView | null): number | null {
  const tree = def.derived ? (derived?.[mode] ?? null) : (result?.[mode]?.metrics ?? null);
  return estimateAt(tree as MetricsSummary | null, def.metric)?.mean ?? null;
}

export function renderComparison(root: HTMLElement, s: AppState): void {
  const l = s.lang;
  const pinned = s.flow.pinned;
  if (!pinned) {
    root.replaceChildren(el('p', { class: 'muted' }, [t(l, 'nothingPinned')]));
    return;
  }
  const modes = (s.layout?.modes ?? []).filter((m) => pinned.result[m]);
  const current = s.status === 'done' ? s.result : null;
  const defs = COMPARED.map((m) => KPIS.find((d) => d.metric === m)!);
  const head = el('tr', {}, [el('th', { scope: 'col' }, [t(l, 'metric')]), ...modes.map((m) => el('th', { scope: 'col' }, [t(l, m)]))]);
  const rows = defs.map((def) =>
    el('tr', { 'data-metric': def.metric }, [
      el('th', { scope: 'row', title: t(l, `gloss.${def.metric}` as StringKey) }, [t(l, `kpi.${def.metric}` as StringKey)]),
      ...modes.map((m) => {
        const before = valueOf(def, m, pinned.result, pinned.derived);
        const after = current ? valueOf(def, m, current, s.derived) : null;
        if (before === null) return el('td', {}, ['–']);
        if (after === null) return el('td', { class: 'pending' }, [`${formatValue(l, def.unit, before)} → …`]);
        // One unit per row: the scale of the larger of the two runs.
        const basis = Math.max(Math.abs(before), Math.abs(after));
        const change = formatDifference(l, def.unit, after - before, after - before, after - before, basis).value;
        return el('td', { 'data-mode': m }, [
          `${formatValue(l, def.unit, before, false, basis)} → ${formatValue(l, def.unit, after, false, basis)} (${change})`,
        ]);
      }),
    ]),
  );
  const table = el('table', { class: 'compare', id: 'pin-compare' }, [
    el('caption', {}, [t(l, 'pinnedCaption')]),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
  const parts: Node[] = [table];
  if (s.flow.staffRun && current) {
    const answer = answersOf(current, pinned, true).extraStaff;
    parts.push(
      el('p', { class: 'staff-answer', id: 'staff-answer' }, [
        `${t(l, 'answer.extraStaff')}: ${t(l, 'yourGuess')} ${shown(l, 'extraStaff', s.flow.guesses.extraStaff)} · ${t(l, 'result')} ${shown(l, 'extraStaff', answer)}`,
      ]),
    );
  }
  root.replaceChildren(...parts);
}
