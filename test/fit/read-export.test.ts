// Reading a ticket export: delimiters, the Excel-de dialect, timestamps, column names and
// --map, and bad rows kept with their line numbers.
import { describe, expect, it } from 'vitest';
import { resolveColumns, parseMapEntry } from '../../cli/fit/columns.js';
import { detectDelimiter, readExport } from '../../cli/fit/read-export.js';
import { mondayBefore, parseTimestamp } from '../../cli/fit/timestamps.js';

const at = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), +iso.slice(11, 13), +iso.slice(14, 16)) / 60000;

describe('parseTimestamp', () => {
  it('reads ISO 8601 with and without seconds, T or space, with an offset (wall clock as written)', () => {
    expect(parseTimestamp('2026-01-05T08:30')).toBe(at('2026-01-05T08:30'));
    expect(parseTimestamp('2026-01-05 08:30:30')).toBe(at('2026-01-05T08:30') + 0.5);
    expect(parseTimestamp('2026-01-05T08:30:00+01:00')).toBe(at('2026-01-05T08:30'));
    expect(parseTimestamp('2026-01-05T08:30:00.250Z')).toBe(at('2026-01-05T08:30'));
  });
  it('reads German dates dd.mm.yyyy hh:mm[:ss]', () => {
    expect(parseTimestamp('05.01.2026 08:30')).toBe(at('2026-01-05T08:30'));
    expect(parseTimestamp('5.1.2026 8:30:15')).toBe(at('2026-01-05T08:30') + 0.25);
  });
  it('reads bare minutes, with a decimal comma too', () => {
    expect(parseTimestamp('12,5')).toBe(12.5);
    expect(parseTimestamp('90')).toBe(90);
  });
  it('refuses dates that do not exist and text', () => {
    for (const bad of ['31.02.2026 09:00', '2026-13-01T00:00', '2026-01-05T25:00', 'gestern', '05/01/2026 08:30']) {
      expect(parseTimestamp(bad), bad).toBeNull();
    }
  });
  it('mondayBefore: 2026-01-07 (a Wednesday) 12:00 → Monday 2026-01-05 00:00', () => {
    expect(mondayBefore(at('2026-01-07T12:00'))).toBe(at('2026-01-05T00:00'));
    expect(mondayBefore(at('2026-01-05T00:00'))).toBe(at('2026-01-05T00:00'));
  });
});

describe('detectDelimiter', () => {
  it('finds ; tab | and , by the header and the lines after it, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2')).toBe('|');
    expect(detectDelimiter('"x;y",b,c\n"1;2",2,3')).toBe(',');
  });
});

describe('resolveColumns', () => {
  it("finds orgflow's tasks.csv columns, preferring the ISO ones", () => {
    const header = 'concern,type,task,piece,skill,unit,worker,ready,started,finished,mode,replication,readyAt,startedAt,finishedAt'.split(
      ',',
    );
    const map = resolveColumns(header, []);
    expect(map).toMatchObject({
      concern: 0,
      type: 1,
      task: 2,
      piece: 3,
      skill: 4,
      department: 5,
      assignee: 6,
      created: 12,
      started: 13,
      finished: 14,
      mode: 10,
      replication: 11,
    });
  });
  it('finds German ticket-export names', () => {
    const map = resolveColumns(['Ticket-ID', 'Kategorie', 'Schritt', 'Bearbeiter', 'Abteilung', 'Erstellt', 'Begonnen', 'Erledigt'], []);
    expect(map).toEqual({ concern: 0, type: 1, task: 2, assignee: 3, department: 4, created: 5, started: 6, finished: 7 });
  });
  it('--map wins over the usual names', () => {
    const map = resolveColumns(['Nr', 'Start', 'Ende', 'Was'], [parseMapEntry('Nr=concern'), parseMapEntry('Was=task')]);
    expect(map).toMatchObject({ concern: 0, started: 1, finished: 2, task: 3 });
  });
  it('an unknown field, an unknown column or a missing required field is bad usage naming the columns found', () => {
    expect(() => resolveColumns(['Nr', 'Start', 'Ende'], [parseMapEntry('Nr=ticket')])).toThrow(
      /unknown field "ticket"; fields are concern, type/,
    );
    expect(() => resolveColumns(['Nr', 'Start', 'Ende'], [parseMapEntry('Number=concern')])).toThrow(
      /no column "Number"; the columns found are: "Nr", "Start", "Ende"/,
    );
    expect(() => resolveColumns(['Nr', 'Start', 'Ende'], [])).toThrow(
      /cannot tell which column holds concern, task; .*"Nr", "Start", "Ende"/,
    );
  });
});

describe('readExport', () => {
  const text =
    '\ufeffTicket;Schritt;Begonnen;Erledigt\r\nT-1;a;05.01.2026 08:00;05.01.2026 08:10\r\n;a;05.01.2026 08:00;05.01.2026 08:10\r\nT-2;a;05.01.2026 09:00;05.01.2026 08:10\r\nT-3;a;05.01.2026 09:00;\r\n';
  const read = readExport(text, []);

  it('reads the Excel-de dialect: BOM, ";" and CRLF', () => {
    expect(read.delimiter).toBe(';');
    expect(read.header[0]).toBe('Ticket');
    expect(read.total).toBe(4);
  });
  it('keeps every row it cannot use with its line number and reason', () => {
    expect(read.bad).toEqual([
      { line: 3, reason: 'missing concern' },
      { line: 4, reason: 'finished (05.01.2026 08:10) before started (05.01.2026 09:00)' },
    ]);
  });
  it('counts minutes from the Monday 00:00 of the first week; an empty finish is an open piece', () => {
    expect(read.rows.map((r) => [r.line, r.concern, r.started, r.finished])).toEqual([
      [2, 'T-1', 480, 490],
      [5, 'T-3', 540, null],
    ]);
  });
});

describe("readExport on orgflow's tasks.csv", () => {
  const text = [
    'concern,type,task,piece,skill,unit,worker,ready,started,finished,mode,replication,readyAt,startedAt,finishedAt',
    '1,move,intake,intake,,intake,0,1,1,4,silo,0,2026-01-05T00:01:00,2026-01-05T00:01:00,2026-01-05T00:04:00',
    '1,move,update,task,master-data,stamm,1,64,64,70,silo,0,2026-01-05T01:04:00,2026-01-05T01:04:00,2026-01-05T01:10:00',
    '1,move,update,task,master-data,team-a,0,1,1,9,team,0,2026-01-05T00:01:00,2026-01-05T00:01:00,2026-01-05T00:09:00',
    '1,move,intake,intake,,intake,0,2,2,5,silo,1,2026-01-05T00:02:00,2026-01-05T00:02:00,2026-01-05T00:05:00',
  ].join('\n');
  const read = readExport(text, []);

  it('skips and counts the team rows, keeps pieces, units, workers and replications', () => {
    expect(read.otherMode).toBe(1);
    expect(read.bad).toEqual([]);
    expect(read.rows.map((r) => [r.piece, r.task, r.skill, r.department, r.assignee, r.period, r.created, r.finished])).toEqual([
      ['intake', 'intake', 'intake', 'intake', '0', '0', 1, 4],
      ['task', 'update', 'master-data', 'stamm', '1', '0', 64, 70],
      ['intake', 'intake', 'intake', 'intake', '0', '1', 2, 5],
    ]);
  });
  it('an unknown piece is a bad row', () => {
    const bad = readExport(text.replace('1,move,update,task', '1,move,update,rework'), []);
    expect(bad.bad).toEqual([{ line: 3, reason: 'unknown piece "rework" (expected intake, task, misroute, correction)' }]);
  });
});
