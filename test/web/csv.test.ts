// The page's CSV downloads: the same module (src/records) as the CLI's --csv files, so the
// same bytes. Pinned twice: cell rules on hand-made records, and the downloads of a real run
// against the files the CLI writes for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concernsCsv, loadParser, summaryCsv, timeseriesCsv, type Metrics, type ReplicationRecords } from '../../src/index.js';
import { recordsOf } from '../../web/worker/replicate.js';
import { cli, scratch } from '../cli/helpers.js';

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

const rows: ReplicationRecords[] = [
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

describe('CSV downloads', () => {
  it('put silo 0…n−1 before team, flatten every metric under its dotted key, leave NaN empty', () => {
    const lines = summaryCsv('Versicherung, "Umzug"', 42, rows).split('\n');
    expect(lines[0]).toMatch(/^scenario,mode,replication,seed,arrived,completed,open,failureDemand,throughputPerDay,leadTime\.mean,/);
    expect(lines[0]).toContain(',utilisation.byUnit.intake,utilisation.byUnit.stammdaten,headcount,utilisation.byUnit.team-a');
    expect(lines.slice(1, 5).map((l) => l.split(',').slice(2, 5).join(','))).toEqual(['silo,0,42', 'silo,1,42', 'team,0,42', 'team,1,42']);
    expect(lines[1].startsWith('"Versicherung, ""Umzug""",silo,0,42,100,98,2,3,49.5,60,60,90,120,180,30,')).toBe(true);
    // touchTime is NaN: five empty cells; a unit only the other organisation has: an empty cell (keys in order of first appearance).
    expect(lines[1]).toContain(',,,,,0.30000000000000004,');
    expect(lines[1].endsWith(',0.4,0.85,7,')).toBe(true);
    expect(lines[5]).toBe('');
  });

  it('write open concerns as empty cells, booleans as true/false, and quote and defuse text', () => {
    const text = concernsCsv(rows);
    expect(text.split('\n')[0]).toBe('id,type,mode,replication,arrival,completion,lead,wait,touch,handoffs,errors,failureDemand');
    expect(text).toContain("2/1,'=SUM(A1),silo,0,13,,,,0,0,0,true\n");
    expect(text).toContain('3,"a, ""quoted""\nline",silo,0,14,20,6,-1e-9,6,0,0,false\n');
  });

  it('list hours per organisation and replication', () => {
    expect(timeseriesCsv(rows)).toBe(
      'mode,replication,hour,arrived,started,completed,wip\nsilo,0,0,4,4,3,1\nteam,0,0,1,1,0,1\nteam,1,0,3,2,1,2\n',
    );
  });

  it("equal the CLI's --csv files byte for byte for the same run", async () => {
    const dir = scratch();
    const file = 'test/fixtures/cli/small.yaml';
    const result = await cli(['compare', file, '-r', '2', '-q', '--csv', dir]);
    expect(result.code).toBe(0);
    const { parseScenario } = await loadParser();
    const { scenario } = parseScenario(readFileSync(file, 'utf8'), { file, overrides: [{ path: 'run.replications', value: '2' }] });
    if (!scenario) throw new Error('fixture invalid');
    const records = (['team', 'silo'] as const).flatMap((mode) =>
      [1, 0].map((replication) => recordsOf(scenario, { mode, replication }, null)),
    );
    expect(summaryCsv(scenario.name, scenario.seed, records)).toBe(readFileSync(join(dir, 'summary.csv'), 'utf8'));
    expect(concernsCsv(records)).toBe(readFileSync(join(dir, 'concerns.csv'), 'utf8'));
    expect(timeseriesCsv(records)).toBe(readFileSync(join(dir, 'timeseries.csv'), 'utf8'));
  });
});
