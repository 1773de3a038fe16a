// "Follow a customer": the chosen concern's journey in both organisations as swimlanes on
// one time axis (hours since the customer arrived): waiting, working, handoffs, errors
// and the lead time.
import * as d3 from 'd3';
import type { Mode } from '../../src/scenario/types.js';
import type { AppState } from '../app/state.js';
import { journeyOf, returnsOf, type JourneyView } from '../replay/journey.js';
import { ERROR_COLOUR, SILO_COLOUR, TEAM_COLOUR, typeColour } from '../panels/palette.js';
import { formatValue } from '../app/kpis.js';
import { t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';
import { FONT } from '../charts/frame.js';

const W = 1400;
const LABEL = 250;
const ROW = 30;
const HEAD = 34;

const FILL = { queue: '#d9d9d9', held: '#bdbdbd', handoff: 'url(#hatch)', work: '' } as const;

function drawSwimlanes(root: HTMLElement, journeys: Partial<Record<Mode, JourneyView>>, lang: Lang, labels: (unit: string) => string): void {
  const modes = (['silo', 'team'] as const).filter((m) => journeys[m]);
  const start = Math.min(...modes.map((m) => journeys[m]!.arrival));
  const end = Math.max(start + 60, ...modes.flatMap((m) => journeys[m]!.rows.flatMap((r) => r.spans.map((s) => s.end)).filter(Number.isFinite)));
  const rowsTotal = modes.reduce((n, m) => n + journeys[m]!.rows.length, 0);
  const H = 46 + modes.length * (HEAD + 8) + rowsTotal * ROW + 30;
  d3.select(root).selectAll('svg').remove();
  const svg = d3.select(root).append('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('width', W).attr('height', H)
    .attr('font-family', FONT).attr('font-size', 16).attr('role', 'img').attr('aria-label', t(lang, 'follow'));
  const defs = svg.append('defs');
  const hatch = defs.append('pattern').attr('id', 'hatch').attr('patternUnits', 'userSpaceOnUse').attr('width', 10).attr('height', 10)
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 10).attr('height', 10).attr('fill', '#fff');
  hatch.append('rect').attr('width', 5).attr('height', 10).attr('fill', '#555');
  const x = d3.scaleLinear().domain([0, (end - start) / 60]).range([LABEL, W - 30]).nice();
  svg.append('g').attr('transform', `translate(0,${H - 30})`).attr('font-size', 15)
    .call(d3.axisBottom(x).ticks(10).tickFormat((v) => `+${v} h`));
  let y = 10;
  for (const mode of modes) {
    const j = journeys[mode]!;
    const colour = mode === 'silo' ? SILO_COLOUR : TEAM_COLOUR;
    const lead = j.leadTime === null ? t(lang, 'open') : formatValue(lang, 'minutes', j.leadTime);
    svg.append('rect').attr('x', 0).attr('y', y).attr('width', W).attr('height', HEAD - 4).attr('fill', colour);
    svg.append('text').attr('x', 10).attr('y', y + 22).attr('fill', '#fff').attr('font-size', 20).attr('font-weight', 800)
      .text(`${t(lang, mode)} · ${t(lang, 'leadTime')} ${lead} · ${j.handoffs} × ${t(lang, 'handoff')} · ${j.errors.length} × ${t(lang, 'errorMark')}`);
    y += HEAD + 4;
    for (const row of j.rows) {
      const unit = row.spans.find((s) => s.kind !== 'handoff')?.unit ?? '';
      svg.append('text').attr('x', 8).attr('y', y + 20).attr('font-size', 16).attr('font-weight', 600)
        .text(`${row.task}${unit ? ` · ${labels(unit)}` : ''}`);
      const g = svg.append('g').attr('class', `lane ${mode}`);
      for (const s of row.spans) {
        const x0 = x((s.start - start) / 60);
        const x1 = Math.max(x0 + 2, x((Math.min(s.end, end) - start) / 60));
        g.append('rect').attr('class', `span ${s.kind}`).attr('x', x0).attr('y', y + 4).attr('width', x1 - x0).attr('height', ROW - 8)
          .attr('fill', s.kind === 'work' ? typeColour(j.type) : FILL[s.kind]).attr('stroke', '#111').attr('stroke-width', 1.2)
          .append('title').text(`${s.kind} ${labels(s.unit)}${s.to ? ` → ${labels(s.to)}` : ''}`);
      }
      for (const e of j.errors.filter((e) => e.task === row.task || (row.task === 'intake' && e.kind === 'misroute'))) {
        const ex = x((e.at - start) / 60);
        g.append('path').attr('class', `error ${e.kind}`).attr('d', `M${ex},${y + 2}l9,${ROW - 6}h-18z`).attr('fill', ERROR_COLOUR)
          .append('title').text(`${t(lang, 'errorMark')}: ${e.kind}`);
        g.append('text').attr('x', ex).attr('y', y + ROW - 7).attr('text-anchor', 'middle').attr('fill', '#fff').attr('font-weight', 800).text('!');
      }
      y += ROW;
    }
    y += 8;
  }
}

export function mountJourney(root: HTMLElement, onSelect: (id: string | null) => void): (s: AppState) => void {
  const title = el('h2');
  const label = el('label', { for: 'follow-id' });
  const input = el('input', { id: 'follow-id', type: 'text', inputmode: 'numeric', size: 8, autocomplete: 'off' });
  const button = el('button', { type: 'submit' });
  const form = el('form', { class: 'follow-form' }, [label, input, button]);
  const hint = el('p', { class: 'hint' });
  const summary = el('p', { class: 'journey-summary', 'aria-live': 'polite' });
  const related = el('div', { class: 'related' });
  const lanes = el('div', { class: 'swimlanes' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSelect(input.value.trim() === '' ? null : input.value.trim());
  });
  root.append(el('div', { class: 'journey-head' }, [title, form, hint]), summary, related, lanes);
  let drawn: unknown[] = [];
  return (s) => {
    const l = s.lang;
    setText(title, t(l, 'follow'));
    setText(label, t(l, 'followId'));
    setText(button, t(l, 'show'));
    setText(hint, t(l, 'followHint'));
    const key = [s.selected, s.runs, l];
    if (key.every((k, i) => k === drawn[i])) return;
    drawn = key;
    if (document.activeElement !== input) input.value = s.selected ?? '';
    related.replaceChildren();
    lanes.replaceChildren();
    setText(summary, '');
    if (!s.selected) return;
    const journeys: Partial<Record<Mode, JourneyView>> = {};
    for (const mode of ['silo', 'team'] as const) {
      const run = s.runs[mode];
      const j = run ? journeyOf(run.replay, s.selected) : null;
      if (j) journeys[mode] = j;
    }
    if (!journeys.silo && !journeys.team) {
      setText(summary, `${s.selected}: ${t(l, 'notFound')}`);
      return;
    }
    const first = (journeys.silo ?? journeys.team)!;
    const typeLabel = s.layout?.concernTypes[first.type]?.label ?? '';
    setText(summary, `${s.selected} · ${typeLabel}${first.failureDemand ? ` · ${t(l, 'failureDemandMark')}` : ''}`);
    const returns = new Set<string>();
    for (const mode of ['silo', 'team'] as const) {
      const run = s.runs[mode];
      if (run) for (const id of returnsOf(run.replay, s.selected)) returns.add(id);
    }
    const base = s.selected.includes('/') ? s.selected.slice(0, s.selected.lastIndexOf('/')) : null;
    for (const id of [...(base ? [base] : []), ...returns]) {
      const b = el('button', { type: 'button', class: 'related-id' }, [`${id === base ? '←' : t(l, 'returns')} ${id}`]);
      b.addEventListener('click', () => onSelect(id));
      related.append(b);
    }
    const names = new Map<string, string>([['intake', t(l, 'intake')]]);
    for (const d of s.layout?.silo?.departments ?? []) names.set(d.id, d.label);
    for (const tm of s.layout?.team?.teams ?? []) names.set(tm.id, tm.label);
    drawSwimlanes(lanes, journeys, l, (u) => names.get(u) ?? u);
  };
}
