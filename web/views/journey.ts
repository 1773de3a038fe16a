// "Follow a customer": the chosen concern's journey in both organisations as swimlanes on
// one time axis (hours since the customer arrived): waiting, working, handoffs, errors
// and the lead time.
import * as d3 from 'd3';
import { MODES, type Mode } from '../../src/index.js';
import type { AppState } from '../app/state.js';
import { journeyOf, returnsOf, type JourneyView } from '../replay/journey.js';
import { ERROR_COLOUR, MODE_COLOURS, typeColour } from '../panels/palette.js';
import { formatValue } from '../app/kpis.js';
import { t, type Lang } from '../i18n/index.js';
import { el, setText } from './dom.js';
import { FONT } from '../charts/frame.js';

const W = 1400;
const ROW = 32;
const HEAD = 34;
const KEY = 34;
const FONT_SIZE = 17;

const SPAN_NAME = { queue: 'waitingSpan', held: 'held', handoff: 'handoff', blocked: 'blockedSpan', work: 'working' } as const;
const FILL = { queue: '#d9d9d9', held: '#bdbdbd', handoff: 'url(#hatch)', blocked: 'url(#blocked)', work: '' } as const;

type Row = JourneyView['rows'][number];

/** The unit that did the row's work (or where it waited, if nobody has yet). */
function unitOf(row: Row): string {
  const done = [...row.spans].reverse().find((s) => s.kind === 'work') ?? row.spans.find((s) => s.kind !== 'handoff');
  return done?.unit ?? '';
}

/**
 * The row's name in the audience's words: tasks have ids, not labels, so a task is named by
 * the label of the silo department that does it ("Stammdaten"; in a team "Stammdaten · Team
 * A"); without a silo, by its id.
 */
function rowLabel(row: Row, labels: (unit: string) => string, taskNames: ReadonlyMap<string, string>): string {
  const unit = unitOf(row);
  if (row.task === 'intake' || row.task === unit) return labels(unit || row.task);
  const task = taskNames.get(row.task) ?? row.task;
  if (!unit || labels(unit) === task) return task;
  return `${task} · ${labels(unit)}`;
}

/** Each task's name: the label of the silo department that worked it in this journey. */
function taskNamesOf(journeys: Partial<Record<Mode, JourneyView>>, labels: (unit: string) => string): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of journeys.silo?.rows ?? []) {
    const unit = unitOf(row);
    if (unit && unit !== 'intake' && row.task !== 'intake') names.set(row.task, labels(unit));
  }
  return names;
}

function drawSwimlanes(
  root: HTMLElement,
  journeys: Partial<Record<Mode, JourneyView>>,
  lang: Lang,
  labels: (unit: string) => string,
  typeLabel: string,
): void {
  const modes = MODES.filter((m) => journeys[m]);
  const start = Math.min(...modes.map((m) => journeys[m]!.arrival));
  const end = Math.max(
    start + 60,
    ...modes.flatMap((m) => journeys[m]!.rows.flatMap((r) => r.spans.map((s) => s.end)).filter(Number.isFinite)),
  );
  const rowsTotal = modes.reduce((n, m) => n + journeys[m]!.rows.length, 0);
  const taskNames = taskNamesOf(journeys, labels);
  const names = new Map(modes.flatMap((m) => journeys[m]!.rows.map((r) => [r, rowLabel(r, labels, taskNames)] as const)));
  // The label column is as wide as the longest row name (DejaVu Sans ~0.6 em a glyph).
  const longest = Math.max(8, ...[...names.values()].map((n) => n.length));
  const LABEL = Math.min(620, Math.max(200, Math.ceil(longest * 0.64 * FONT_SIZE) + 28));
  const H = KEY + 10 + modes.length * (HEAD + 8) + rowsTotal * ROW + 34;
  d3.select(root).selectAll('svg').remove();
  const svg = d3
    .select(root)
    .append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('width', W)
    .attr('height', H)
    .attr('font-family', FONT)
    .attr('font-size', FONT_SIZE)
    .attr('role', 'img')
    .attr('aria-label', t(lang, 'follow'));
  const defs = svg.append('defs');
  const hatch = defs
    .append('pattern')
    .attr('id', 'hatch')
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 10)
    .attr('height', 10)
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 10).attr('height', 10).attr('fill', '#fff');
  hatch.append('rect').attr('width', 5).attr('height', 10).attr('fill', '#555');
  const dots = defs.append('pattern').attr('id', 'blocked').attr('patternUnits', 'userSpaceOnUse').attr('width', 8).attr('height', 8);
  dots.append('rect').attr('width', 8).attr('height', 8).attr('fill', '#fde3d9');
  dots.append('circle').attr('cx', 4).attr('cy', 4).attr('r', 1.6).attr('fill', ERROR_COLOUR);

  // The key: what the bars mean.
  const key = svg.append('g').attr('class', 'swim-key').attr('transform', 'translate(8,6)');
  const items: { fill: string; label: string }[] = [
    { fill: FILL.queue, label: t(lang, 'waitingSpan') },
    { fill: FILL.handoff, label: t(lang, 'handoff') },
    { fill: typeColour(modes.map((m) => journeys[m]!.type)[0] ?? 0), label: `${t(lang, 'working')} (${typeLabel})` },
  ];
  if (modes.some((m) => journeys[m]!.rows.some((r) => r.spans.some((s) => s.kind === 'blocked'))))
    items.push({ fill: FILL.blocked, label: t(lang, 'blockedSpan') });
  if (modes.some((m) => journeys[m]!.rows.some((r) => r.spans.some((s) => s.kind === 'held'))))
    items.push({ fill: FILL.held, label: t(lang, 'held') });
  let kx = 0;
  for (const it of items) {
    key
      .append('rect')
      .attr('x', kx)
      .attr('y', 2)
      .attr('width', 34)
      .attr('height', 20)
      .attr('fill', it.fill)
      .attr('stroke', '#111')
      .attr('stroke-width', 1.2);
    key
      .append('text')
      .attr('x', kx + 42)
      .attr('y', 18)
      .attr('font-size', 16)
      .text(it.label);
    kx += 42 + Math.ceil(it.label.length * 0.56 * 16) + 26;
  }
  key
    .append('path')
    .attr('d', `M${kx + 9},2l9,20h-18z`)
    .attr('fill', ERROR_COLOUR);
  key
    .append('text')
    .attr('x', kx + 9)
    .attr('y', 19)
    .attr('text-anchor', 'middle')
    .attr('fill', '#fff')
    .attr('font-weight', 800)
    .attr('font-size', 14)
    .text('!');
  key
    .append('text')
    .attr('x', kx + 26)
    .attr('y', 18)
    .attr('font-size', 16)
    .text(t(lang, 'errorMark'));

  const x = d3
    .scaleLinear()
    .domain([0, (end - start) / 60])
    .range([LABEL, W - 30])
    .nice();
  const axis = svg
    .append('g')
    .attr('class', 'time-axis')
    .attr('transform', `translate(0,${H - 30})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(10)
        .tickFormat((v) => `+${v} h`),
    );
  // d3's axis writes font-size 10: the projector needs more.
  axis.attr('font-size', 15).attr('font-family', FONT);
  let y = KEY + 10;
  for (const mode of modes) {
    const j = journeys[mode]!;
    const colour = MODE_COLOURS[mode];
    const lead = j.leadTime === null ? t(lang, 'open') : formatValue(lang, 'minutes', j.leadTime);
    svg
      .append('rect')
      .attr('x', 0)
      .attr('y', y)
      .attr('width', W)
      .attr('height', HEAD - 4)
      .attr('fill', colour);
    svg
      .append('text')
      .attr('x', 10)
      .attr('y', y + 22)
      .attr('fill', '#fff')
      .attr('font-size', 20)
      .attr('font-weight', 800)
      .text(
        `${t(lang, mode)} · ${t(lang, 'leadTime')} ${lead} · ${j.handoffs} × ${t(lang, 'handoff')} · ${j.errors.length} × ${t(lang, 'errorMark')}`,
      );
    y += HEAD + 4;
    for (const row of j.rows) {
      svg
        .append('text')
        .attr('class', 'row-label')
        .attr('x', 8)
        .attr('y', y + 21)
        .attr('font-size', FONT_SIZE)
        .attr('font-weight', 600)
        .text(names.get(row) ?? row.task);
      const g = svg.append('g').attr('class', `lane ${mode}`);
      for (const s of row.spans) {
        const x0 = x((s.start - start) / 60);
        const x1 = Math.max(x0 + 2, x((Math.min(s.end, end) - start) / 60));
        g.append('rect')
          .attr('class', `span ${s.kind}`)
          .attr('x', x0)
          .attr('y', y + 4)
          .attr('width', x1 - x0)
          .attr('height', ROW - 8)
          .attr('fill', s.kind === 'work' ? typeColour(j.type) : FILL[s.kind])
          .attr('stroke', '#111')
          .attr('stroke-width', 1.2)
          .append('title')
          .text(`${t(lang, SPAN_NAME[s.kind])}: ${labels(s.unit)}${s.to ? ` → ${labels(s.to)}` : ''}`);
      }
      for (const e of j.errors.filter((e) => e.task === row.task || (row.task === 'intake' && e.kind === 'misroute'))) {
        const ex = x((e.at - start) / 60);
        g.append('path')
          .attr('class', `error ${e.kind}`)
          .attr('d', `M${ex},${y + 2}l9,${ROW - 6}h-18z`)
          .attr('fill', ERROR_COLOUR)
          .append('title')
          .text(`${t(lang, 'errorMark')}: ${e.kind}`);
        g.append('text')
          .attr('x', ex)
          .attr('y', y + ROW - 7)
          .attr('text-anchor', 'middle')
          .attr('fill', '#fff')
          .attr('font-weight', 800)
          .text('!');
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
    for (const mode of MODES) {
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
    for (const mode of MODES) {
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
    drawSwimlanes(lanes, journeys, l, (u) => names.get(u) ?? u, typeLabel);
  };
}
