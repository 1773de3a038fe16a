// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderKpis, verdict } from '../../web/views/kpi-cards.js';
import { KPIS, estimateAt, formatRange, formatValue } from '../../web/app/kpis.js';
import type { ResultView } from '../../web/worker/protocol.js';
import type { Estimate, MetricsSummary } from '../../src/metrics/types.js';
import type { DerivedSummary, DerivedView } from '../../web/flow/derived.js';

const est = (mean: number, w = 1): Estimate => ({ mean, ci95: [mean - w, mean + w] });
const stats = (m: number) => ({ mean: est(m), p50: est(m), p85: est(m * 1.4), p95: est(m * 2), max: est(m * 3) });
function summary(lead: number, flow: number): MetricsSummary {
  return {
    arrived: est(100),
    completed: est(98),
    open: est(2),
    failureDemand: est(3),
    throughputPerDay: est(240.123456789),
    leadTime: stats(lead),
    waitTime: stats(lead - 20),
    touchTime: stats(20),
    flowEfficiency: est(flow, 0.01),
    handoffsPerConcern: est(1.5, 0.1),
    errorRate: est(0.18, 0.02),
    errors: { order: est(1), infoLoss: est(2), misroute: est(0) },
    wip: est(5),
    utilisation: { overall: est(0.7123, 0.01), byUnit: {} },
    headcount: est(7, 0),
  };
}
const result: ResultView = {
  silo: { scenario: 's', mode: 'silo', seed: 7, replications: 20, metrics: summary(212.4, 0.1) },
  team: { scenario: 's', mode: 'team', seed: 7, replications: 20, metrics: summary(100.5, 0.3) },
  difference: summary(-111.9, 0.2),
};

const derivedOf = (right: number, back: number): DerivedSummary => ({
  firstTimeRightPerDay: est(right),
  failureDemandPerDay: est(back),
  failureDemandShare: est(back / 250, 0.001),
});
const derived: DerivedView = { silo: derivedOf(200, 14), team: derivedOf(241, 0), difference: derivedOf(41, -14) };
const CLI_KPIS = KPIS.filter((d) => !d.derived);

const mount = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};

describe('KPI cards', () => {
  it('let a title wrap after its slash, and keep its text when the language changes', () => {
    const root = mount();
    renderKpis(root, { lang: 'en', result, derived, modes: ['silo', 'team'], stale: null, hidden: false });
    const title = () => root.querySelector('[data-kpi="throughputPerDay"] h3')!;
    expect(title().textContent).toBe('Completed/day');
    expect(title().innerHTML).toBe('Completed/<wbr>day');
    renderKpis(root, { lang: 'de', result, derived, modes: ['silo', 'team'], stale: null, hidden: false });
    expect(title().innerHTML).toBe('Erledigt/<wbr>Tag');
    expect(root.querySelector('[data-kpi="flowEfficiency"] h3')!.innerHTML).toBe('Flusseffizienz');
  });

  it('carry data-mode, data-metric and data-value = String(mean) for every KPI and column', () => {
    const root = mount();
    renderKpis(root, { lang: 'de', result, derived, modes: ['silo', 'team'], stale: null, hidden: false });
    const cells = [...root.querySelectorAll<HTMLElement>('[data-metric]:not([data-derived])')];
    expect(cells.length).toBe(CLI_KPIS.length * 3);
    for (const cell of cells) {
      const { mode, metric, value } = cell.dataset;
      const tree = mode === 'difference' ? result.difference : result[mode as 'silo' | 'team']!.metrics;
      expect(value, `${mode} ${metric}`).toBe(String(estimateAt(tree, metric!)!.mean));
    }
    expect(root.querySelector('[data-mode="silo"][data-metric="leadTime.p85"]')!.getAttribute('data-value')).toBe(String(212.4 * 1.4));
    expect(root.querySelector('[data-mode="silo"][data-metric="throughputPerDay"]')!.getAttribute('data-value')).toBe('240.123456789');
  });

  it('show the derived first-time-right and failure-demand figures next to the throughput, marked data-derived', () => {
    const root = mount();
    renderKpis(root, { lang: 'en', result, derived, modes: ['silo', 'team'], stale: null, hidden: false });
    const cell = (mode: string, metric: string) => root.querySelector(`[data-mode="${mode}"][data-metric="${metric}"]`)!;
    expect(cell('team', 'firstTimeRightPerDay').getAttribute('data-value')).toBe('241');
    expect(cell('team', 'firstTimeRightPerDay').getAttribute('data-derived')).toBe('true');
    expect(cell('difference', 'firstTimeRightPerDay').getAttribute('data-verdict')).toBe('better');
    expect(cell('difference', 'failureDemandPerDay').getAttribute('data-verdict')).toBe('better');
    expect(cell('silo', 'failureDemandPerDay').querySelector('.kpi-num')!.textContent).toBe('14.0');
    // Without derived figures (a run still computing) the derived cards wait, the others do not.
    renderKpis(root, { lang: 'en', result, derived: null, modes: ['silo', 'team'], stale: null, hidden: false });
    expect(root.querySelectorAll('[data-derived][data-value]').length).toBe(0);
    expect(root.querySelectorAll('[data-value]').length).toBe(CLI_KPIS.length * 3);
  });

  it('show no data-value before the run has finished', () => {
    const root = mount();
    renderKpis(root, { lang: 'en', result: null, modes: ['silo', 'team'], stale: null, hidden: false });
    expect(root.querySelectorAll('[data-metric]').length).toBe(KPIS.length * 3);
    expect(root.querySelectorAll('[data-value]').length).toBe(0);
    renderKpis(root, { lang: 'en', result, derived, modes: ['silo', 'team'], stale: null, hidden: false });
    expect(root.querySelectorAll('[data-value]').length).toBe(KPIS.length * 3);
    renderKpis(root, { lang: 'en', result: null, modes: ['silo', 'team'], stale: null, hidden: false });
    expect(root.querySelectorAll('[data-value]').length).toBe(0);
  });

  it('keep the previous numbers grey, without data-value or verdict, while a re-run computes', () => {
    const root = mount();
    renderKpis(root, { lang: 'en', result, modes: ['silo', 'team'], stale: null, hidden: false });
    const cell = (): Element => root.querySelector('[data-mode="silo"][data-metric="leadTime.p85"]')!;
    const before = cell().querySelector('.kpi-num')!.textContent;
    renderKpis(root, { lang: 'en', result: null, modes: ['silo', 'team'], stale: result, hidden: false });
    expect(cell().querySelector('.kpi-num')!.textContent).toBe(before);
    expect(cell().classList.contains('pending')).toBe(true);
    expect(root.querySelectorAll('[data-value]').length).toBe(0);
    expect(root.querySelectorAll('[data-verdict]').length).toBe(0);
    renderKpis(root, { lang: 'en', result: null, modes: ['silo', 'team'], stale: result, hidden: true });
    expect(cell().querySelector('.kpi-num')!.textContent).toBe('?');
  });

  it('stay covered, without data-value, until the prediction is revealed', () => {
    const root = mount();
    renderKpis(root, { lang: 'de', result, modes: ['silo', 'team'], stale: null, hidden: true });
    expect(root.querySelectorAll('[data-value]').length).toBe(0);
    expect(root.querySelector('[data-mode="team"] .kpi-num')!.textContent).toBe('?');
  });

  it('show the difference with its 95% CI and a verdict only when the CI excludes 0', () => {
    const root = mount();
    renderKpis(root, { lang: 'de', result, modes: ['silo', 'team'], stale: null, hidden: false });
    const lead = root.querySelector('[data-mode="difference"][data-metric="leadTime.mean"]')!;
    expect(lead.getAttribute('data-verdict')).toBe('better');
    expect(lead.querySelector('.kpi-ci')!.textContent).toBe('95%-KI -1,9 bis -1,8 h'); // the card's largest number, 212 min, reads in hours
    expect(lead.querySelector('.kpi-who')!.textContent).toBe('Δ besser');
    const throughput = KPIS.find((d) => d.metric === 'throughputPerDay')!;
    const leadTime = KPIS.find((d) => d.metric === 'leadTime.mean')!;
    expect(verdict(throughput, -1, 2)).toBe('same');
    expect(verdict(throughput, 1, 2)).toBe('better');
    expect(verdict(leadTime, 1, 2)).toBe('worse');
  });

  it('a single-organisation scenario has no difference column', () => {
    const root = mount();
    renderKpis(root, {
      lang: 'en',
      result: { silo: result.silo, team: null, difference: null },
      modes: ['silo'],
      stale: null,
      hidden: false,
    });
    expect(root.querySelectorAll('[data-mode="difference"]').length).toBe(0);
    expect(root.querySelectorAll('[data-mode="silo"][data-value]').length).toBe(CLI_KPIS.length);
  });

  it('formats minutes, shares and counts for the room', () => {
    expect(formatValue('de', 'minutes', 45)).toBe('45 min');
    expect(formatValue('de', 'minutes', 212.4)).toBe('3,5 h');
    expect(formatValue('en', 'minutes', -111.9, true)).toBe('-112 min');
    expect(formatValue('en', 'minutes', 5000)).toBe('3.5 d');
    expect(formatValue('de', 'share', 0.183)).toBe('18 %');
    expect(formatValue('en', 'share', 0.05, true)).toBe('+5.0 pp');
    expect(formatValue('de', 'share', 0.05, true)).toBe('+5,0 Pp.');
  });

  it('writes an interval with both bounds in one unit and a word between them, never an ellipsis', () => {
    expect(formatRange('en', 'minutes', -112.9, -110.9, true)).toBe('-113 to -111 min');
    expect(formatRange('de', 'minutes', -130, -110, true)).toBe('-2,2 bis -1,8 h');
    expect(formatRange('en', 'share', 0.72, 0.8, true)).toBe('+72 to +80 pp');
    expect(formatRange('en', 'perDay', -12.34, -11.2, true)).toBe('-12.3 to -11.2');
    expect(formatRange('de', 'count', -1.31, -1.3, true)).toBe('-1,31 bis -1,30');
  });
});

describe('one unit per card', () => {
  it('reads every value of a card in the scale of its largest number', () => {
    const root = document.createElement('div');
    document.body.append(root);
    // Silo 212 min, team 30 min, Δ −182 min: all in hours, as the largest (212 min) reads.
    const lead = (m: number): Estimate => ({ mean: m, ci95: [m - 6, m + 6] });
    const tree = (m: number) => ({ leadTime: { mean: lead(m) } }) as unknown as MetricsSummary;
    const r: ResultView = {
      silo: { scenario: 's', mode: 'silo', seed: 1, replications: 2, metrics: tree(212) },
      team: { scenario: 's', mode: 'team', seed: 1, replications: 2, metrics: tree(30) },
      difference: tree(-182),
    };
    renderKpis(root, { lang: 'de', result: r, modes: ['silo', 'team'], stale: null, hidden: false });
    const text = (mode: string) => root.querySelector(`[data-mode="${mode}"][data-metric="leadTime.mean"] .kpi-num`)!.textContent;
    expect([text('silo'), text('team'), text('difference')]).toEqual(['3,5 h', '0,5 h', '-3,0 h']);
    expect(root.querySelector('[data-mode="difference"][data-metric="leadTime.mean"] .ci-range')!.textContent).toBe('-3,1 bis -2,9 h');
  });
});
