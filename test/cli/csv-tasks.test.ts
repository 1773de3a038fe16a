// tasks.csv: one row per piece of work, checked against the trace of the same run, the
// scenario's skills and units, calendar timestamps from --start, and the --excel dialect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, fixture, scratch } from './helpers.js';

const TASK_COLUMNS = [
  'concern',
  'type',
  'task',
  'piece',
  'skill',
  'unit',
  'worker',
  'ready',
  'started',
  'finished',
  'mode',
  'replication',
  'readyAt',
  'startedAt',
  'finishedAt',
];
const SKILLS: Record<string, string> = { 'update-address': 'master-data', answer: 'benefits' };
const dir = scratch();

interface Event {
  mode: string;
  replication: number;
  type: string;
  at: number;
  concern: string;
  concernType?: string;
  task?: string;
  piece?: string;
  unit?: string;
  worker?: number;
}

/** Whole seconds after Monday 2026-01-05 00:00, as the file should write them. */
function stamp(minutes: number, start = Date.UTC(2026, 0, 5)): string {
  return new Date(start + Math.round(minutes * 60) * 1000).toISOString().slice(0, 19);
}

describe('compare --csv DIR writes tasks.csv', () => {
  const out = join(dir, 'compare');
  let header: string[];
  let rows: Record<string, string>[];
  let events: Event[];
  beforeAll(async () => {
    const r = await cli(['compare', fixture('small.yaml'), '-r', '2', '--csv', out, '--trace', join(out, 'trace.jsonl')]);
    expect(r.code).toBe(0);
    ({ header, records: rows } = csvRecords(readFileSync(join(out, 'tasks.csv'), 'utf8')));
    events = readFileSync(join(out, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Event);
  });

  it('has exactly the declared columns', () => {
    expect(header).toEqual(TASK_COLUMNS);
  });

  it('has one row per finished piece of the trace, in the order pieces finish, silo before team', () => {
    const finished = events.filter((e) => e.type === 'finished');
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => [r.mode, r.replication, r.concern, r.task, r.piece, r.unit, r.worker, r.finished])).toEqual(
      finished.map((e) => [e.mode, String(e.replication), e.concern, e.task, e.piece, e.unit, String(e.worker), String(e.at)]),
    );
    expect(rows.map((r) => `${r.mode}${r.replication}`)).toEqual(
      [...rows.map((r) => `${r.mode}${r.replication}`)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it('every started piece that finished has a row, with its start time; pieces in hand at the horizon have none', () => {
    for (const mode of ['silo', 'team']) {
      const started = events.filter((e) => e.mode === mode && e.type === 'started').length;
      const finished = events.filter((e) => e.mode === mode && e.type === 'finished').length;
      expect(rows.filter((r) => r.mode === mode)).toHaveLength(finished);
      expect(started - finished).toBeGreaterThanOrEqual(0);
    }
    const starts = new Set(
      events
        .filter((e) => e.type === 'started')
        .map((e) => `${e.mode}${e.replication} ${e.concern} ${e.task} ${e.piece} ${e.worker} ${e.at}`),
    );
    for (const r of rows)
      expect(starts.has(`${r.mode}${r.replication} ${r.concern} ${r.task} ${r.piece} ${r.worker} ${r.started}`)).toBe(true);
  });

  it('ready ≤ started ≤ finished, and ready is when the piece was queued there (or its start, taken up without queueing)', () => {
    const queued = new Set(
      events.filter((e) => e.type === 'queued').map((e) => `${e.mode}${e.replication} ${e.concern} ${e.task} ${e.piece} ${e.unit} ${e.at}`),
    );
    for (const r of rows) {
      expect(Number(r.ready)).toBeLessThanOrEqual(Number(r.started));
      expect(Number(r.started)).toBeLessThanOrEqual(Number(r.finished));
      const wasQueued = queued.has(`${r.mode}${r.replication} ${r.concern} ${r.task} ${r.piece} ${r.unit} ${r.ready}`);
      expect(wasQueued || r.ready === r.started).toBe(true);
    }
    // The team continues a concern's next task without queueing when the same member can do it.
    expect(rows.some((r) => r.mode === 'team' && r.ready === r.started)).toBe(true);
    expect(rows.some((r) => r.mode === 'silo' && Number(r.ready) < Number(r.started))).toBe(true);
  });

  it("type is the concern's type, skill the task's skill (none for intake and misroute pieces)", () => {
    const types = new Map(events.filter((e) => e.type === 'arrived').map((e) => [`${e.mode}${e.replication} ${e.concern}`, e.concernType]));
    for (const r of rows) {
      expect(r.type).toBe(types.get(`${r.mode}${r.replication} ${r.concern}`));
      expect(r.skill).toBe(r.piece === 'intake' || r.piece === 'misroute' ? '' : SKILLS[r.task]);
    }
    expect(new Set(rows.map((r) => r.piece))).toEqual(new Set(['task', 'correction']));
  });

  it("silo rows' units are departments, team rows' units teams", () => {
    expect(new Set(rows.filter((r) => r.mode === 'silo').map((r) => r.unit))).toEqual(new Set(['stammdaten', 'leistung']));
    expect(new Set(rows.filter((r) => r.mode === 'team').map((r) => r.unit))).toEqual(new Set(['team-a']));
  });

  it('readyAt, startedAt and finishedAt are the same instants from Monday 2026-01-05 00:00, to the second', () => {
    for (const r of rows) {
      expect(r.readyAt).toBe(stamp(Number(r.ready)));
      expect(r.startedAt).toBe(stamp(Number(r.started)));
      expect(r.finishedAt).toBe(stamp(Number(r.finished)));
    }
    expect(rows.some((r) => r.finishedAt.startsWith('2026-01-07'))).toBe(true);
  });
});

describe('tasks.csv with an intake, misroutes and --start', () => {
  const out = join(dir, 'intake');
  let rows: Record<string, string>[];
  beforeAll(async () => {
    const r = await cli([
      'run',
      'scenarios/versicherung.yaml',
      '--mode',
      'silo',
      '-r',
      '1',
      '--set',
      'time.horizon=3d',
      '-q',
      '--csv',
      out,
      '--start',
      '2025-12-29T00:00',
    ]);
    expect(r.code).toBe(0);
    rows = csvRecords(readFileSync(join(out, 'tasks.csv'), 'utf8')).records;
  });

  it('intake and misroute pieces have no skill, corrections the skill of their task', () => {
    expect(new Set(rows.map((r) => r.piece))).toEqual(new Set(['intake', 'task', 'misroute', 'correction']));
    for (const r of rows) {
      if (r.piece === 'intake' || r.piece === 'misroute') expect(r.skill).toBe('');
      else expect(r.skill).not.toBe('');
    }
    const corrections = rows.filter((r) => r.piece === 'correction');
    const skillOf = new Map(rows.filter((r) => r.piece === 'task').map((r) => [r.task, r.skill]));
    for (const r of corrections) expect(r.skill).toBe(skillOf.get(r.task));
  });

  it('timestamps count from the given Monday, across the new year', () => {
    for (const r of rows) expect(r.finishedAt).toBe(stamp(Number(r.finished), Date.UTC(2025, 11, 29)));
    expect(rows[0].readyAt.startsWith('2025-12-29T')).toBe(true);
    expect(rows.some((r) => r.finishedAt.startsWith('2025-12-31T'))).toBe(true);
  });
});

describe('--start', () => {
  it.each([
    ['2026-01-06T00:00', 'not a Monday 00:00'],
    ['2026-01-05T08:00', 'not a Monday 00:00'],
    ['2026-02-30T00:00', 'not a valid date'],
    ['next monday', 'expected a timestamp'],
  ])('refuses %s with exit 2', async (start, message) => {
    const r = await cli(['run', fixture('small.yaml'), '--mode', 'team', '-r', '1', '--csv', join(dir, 'refused'), '--start', start]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('--start');
  });
});

describe('tasks.csv with --excel', () => {
  const plain = join(dir, 'plain');
  const excel = join(dir, 'excel');
  beforeAll(async () => {
    expect((await cli(['run', fixture('small.yaml'), '--mode', 'silo', '-r', '1', '--csv', plain])).code).toBe(0);
    expect((await cli(['run', fixture('small.yaml'), '--mode', 'silo', '-r', '1', '--csv', excel, '--excel'])).code).toBe(0);
  });

  it('starts with the BOM, separates with ";" and writes the same cells with a decimal comma', () => {
    const bytes = readFileSync(join(excel, 'tasks.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const a = csvRecords(readFileSync(join(plain, 'tasks.csv'), 'utf8'));
    const b = csvRecords(bytes.toString('utf8').slice(1), ';');
    expect(b.header).toEqual(TASK_COLUMNS);
    expect(b.records).toHaveLength(a.records.length);
    a.records.forEach((row, i) => {
      for (const column of ['ready', 'started', 'finished']) expect(b.records[i][column]).toBe(row[column].replace('.', ','));
      for (const column of ['concern', 'task', 'skill', 'unit', 'worker', 'readyAt', 'finishedAt'])
        expect(b.records[i][column]).toBe(row[column]);
    });
  });
});
