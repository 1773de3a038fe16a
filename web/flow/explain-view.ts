// Explain: per department and team, utilisation, queue, errors, and the reason in one
// sentence made from those numbers.
import type { Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { formatValue } from '../app/kpis.js';
import { fill, formatNumber, t, type Lang, type StringKey } from '../i18n/index.js';
import { el } from '../views/dom.js';
import { reasonOf, unitFigures, type UnitFigures, type UnitInfo } from './explain.js';

type Policies = { silo?: { departments?: { policy?: string }[] } };

/** The units of each organisation, as the explain table lists them. */
const UNITS: Record<Mode, (s: AppState) => UnitInfo[]> = {
  silo(s) {
    const silo = s.layout?.silo;
    if (!silo) return [];
    const written = (s.values?.current.organisations as Policies | undefined)?.silo?.departments ?? [];
    return [
      ...(silo.intake ? [{ id: 'intake', label: t(s.lang, 'intake'), people: silo.intake.staff, shortestFirst: false }] : []),
      ...silo.departments.map((d, i) => ({
        id: d.id,
        label: d.label,
        people: d.staff,
        shortestFirst: written[i]?.policy === 'shortest-first',
      })),
    ];
  },
  team: (s) => (s.layout?.team?.teams ?? []).map((tm) => ({ id: tm.id, label: tm.label, people: tm.members.length, shortestFirst: false })),
};

const UNIT_HEADING: Record<Mode, StringKey> = { silo: 'department', team: 'teamUnit' };

export function sentence(lang: Lang, f: UnitFigures): string {
  const reason = reasonOf(f);
  return fill(t(lang, `reason.${reason}` as StringKey), {
    unit: f.label,
    util: Number.isFinite(f.utilisation) ? formatValue(lang, 'share', f.utilisation) : '–',
    queue: formatNumber(lang, f.queue, 1),
    wait: Number.isFinite(f.wait) ? formatValue(lang, 'minutes', f.wait) : '–',
    n: String(reason === 'infoLoss' ? f.errors.infoLoss : f.errors.order),
  });
}

export function renderExplain(root: HTMLElement, s: AppState): void {
  const l = s.lang;
  const sections: Node[] = [];
  for (const mode of s.layout?.modes ?? []) {
    const replay = s.runs[mode]?.replay;
    const summary = s.result?.[mode]?.metrics;
    if (!replay || !summary || !s.layout) {
      sections.push(el('p', { class: 'muted' }, [`${t(l, mode)}: ${t(l, 'running')}`]));
      continue;
    }
    const utilisation = Object.fromEntries(Object.entries(summary.utilisation.byUnit).map(([id, e]) => [id, e.mean]));
    const figures = unitFigures(replay, UNITS[mode](s), utilisation, { from: s.layout.warmup, to: s.layout.horizon });
    const head = el('tr', {}, [
      el('th', { scope: 'col' }, [t(l, UNIT_HEADING[mode])]),
      el('th', { scope: 'col', title: t(l, 'gloss.utilisation.overall') }, [t(l, 'kpi.utilisation.overall')]),
      el('th', { scope: 'col', title: t(l, 'gloss.queue') }, [t(l, 'queueLength')]),
      el('th', { scope: 'col', title: t(l, 'gloss.failureDemandPerDay') }, [t(l, 'wrongReplies')]),
      el('th', { scope: 'col', title: t(l, 'gloss.handoff') }, [t(l, 'contextLost')]),
    ]);
    const rows = figures.flatMap((f) => [
      el('tr', { 'data-unit': f.id }, [
        el('th', { scope: 'row' }, [`${f.label} (${f.people})`]),
        el('td', {}, [Number.isFinite(f.utilisation) ? formatValue(l, 'share', f.utilisation) : '–']),
        el('td', {}, [formatNumber(l, f.queue, 1)]),
        el('td', {}, [String(f.errors.order)]),
        el('td', {}, [String(f.errors.infoLoss + f.errors.misroute)]),
      ]),
      el('tr', { class: 'reason', 'data-reason-for': f.id }, [el('td', { colspan: 5 }, [sentence(l, f)])]),
    ]);
    sections.push(
      el('table', { class: 'explain', 'data-mode': mode }, [
        el('caption', {}, [`${t(l, `${mode}Long` as StringKey)}`]),
        el('thead', {}, [head]),
        el('tbody', {}, rows),
      ]),
    );
  }
  sections.push(el('p', { class: 'muted' }, [t(l, 'explainNote')]));
  root.replaceChildren(...sections);
}
