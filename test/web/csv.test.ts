import { describe, expect, it } from 'vitest';
import { concernsCsv, csvField, flattenMetrics, summaryCsv, timeseriesCsv, type ReplicationRows } from '../../web/export/csv.js';
import { csvHeader, csvRows } from '../../cli/output/csv.js';
import { CONCERN_COLUMNS, TIMESERIES_COLUMNS, concernRow, hourRow } from '../../cli/output/records.js';
import { summaryTable } from '../../cli/output/summary.js';
import type { Metrics } from '../../src/metrics/types.js';

const stats = (m: number) => ({ mean: m, p50: m, p85: m * 1.5, p95: m * 2, max: m * 3 });
function metrics(lead: number, units: Record<string, number>): Metrics {
  return {
    arrived: 100,
    completed: 98,
    open: 2,
    failureDemand: 3,
    throughputPerDay: 49.5,
    leadTime: stats(lead),
    waitTime: stats(lead / 2),
    touchTime: stats(NaN),
    flowEfficiency: 0.1 + 0.2,
    handoffsPerConcern: 1.25,
    errorRate: 0.05,
    errors: { order: 1, infoLoss: 2, misroute: 0 },
    wip: 3.3,
    utilisation: { overall: 0.7, byUnit: units },
    headcount: 7,
  };
}

const rows: ReplicationRows[] = [
  {
    mode: 'team',
    replication: 1,
    metrics: metrics(50, { 'team-a': 0.8 }),
    concerns: [],
    hours: [{ hour: 0, arrived: 3, started: 2, completed: 1, wip: 2 }],
  },
  { mode: 'silo', replication: 1, metrics: metrics(70, { intake: 0.5, stammdaten: 0.9 }), concerns: [], hours: [] },
  {
    mode: 'team',
    replication: 0,
    metrics: metrics(40, { 'team-a': 0.75 }),
    concerns: [],
    hours: [{ hour: 0, arrived: 1, started: 1, completed: 0, wip: 1 }],
  },
  {
    mode: 'silo',
    replication: 0,
    metrics: metrics(60, { intake: 0.4, stammdaten: 0.85 }),
    hours: [{ hour: 0, arrived: 4, started: 4, completed: 3, wip: 1 }],
    concerns: [
      {
        id: '1',
        type: 'move',
        arrival: 12.5,
        completion: 80.25,
        lead: 67.75,
        wait: 40,
        touch: 27.75,
        handoffs: 2,
        errors: 1,
        failureDemand: false,
      },
      {
        id: '2/1',
        type: '=SUM(A1)',
        arrival: 13,
        completion: null,
        lead: null,
        wait: null,
        touch: 0,
        handoffs: 0,
        errors: 0,
        failureDemand: true,
      },
      {
        id: '3',
        type: 'a, "quoted"\nline',
        arrival: 14,
        completion: 20,
        lead: 6,
        wait: -1e-9,
        touch: 6,
        handoffs: 0,
        errors: 0,
        failureDemand: false,
      },
    ],
  },
];
const ordered = [...rows].sort((a, b) => (a.mode === b.mode ? a.replication - b.replication : a.mode < b.mode ? -1 : 1));
const format = { excel: false };

describe('CSV export', () => {
  it("summary.csv has the CLI's bytes: leading columns, flattened keys, silo 0…n−1 then team", () => {
    const cli = summaryTable('Versicherung, "Umzug"', 42, ordered);
    expect(summaryCsv('Versicherung, "Umzug"', 42, rows)).toBe(csvHeader(cli.columns, format) + csvRows(cli.rows, format));
  });

  it("concerns.csv has the CLI's bytes: empty open cells, true/false, quoted and defused text", () => {
    const cli =
      csvHeader(CONCERN_COLUMNS, format) +
      csvRows(
        ordered.flatMap((r) => r.concerns.map((c) => concernRow(c, r.mode, r.replication))),
        format,
      );
    expect(concernsCsv(rows)).toBe(cli);
    expect(concernsCsv(rows)).toContain("2/1,'=SUM(A1),silo,0,13,,,,0,0,0,true");
  });

  it("timeseries.csv has the CLI's bytes", () => {
    const cli =
      csvHeader(TIMESERIES_COLUMNS, format) +
      csvRows(
        ordered.flatMap((r) => r.hours.map((h) => hourRow(h, r.mode, r.replication))),
        format,
      );
    expect(timeseriesCsv(rows)).toBe(cli);
  });

  it('flattenMetrics names every leaf by its dotted §6 key', () => {
    const keys = flattenMetrics(metrics(1, { stammdaten: 0.5 })).map(([k]) => k);
    expect(keys).toContain('leadTime.p85');
    expect(keys).toContain('errors.infoLoss');
    expect(keys).toContain('utilisation.byUnit.stammdaten');
  });

  it('csvField quotes separators and line breaks and leaves NaN empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(NaN)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('-3')).toBe("'-3");
  });
});
