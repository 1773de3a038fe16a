// orgflow fit on a hand-made ticket export in a ticket system's shape (German column names,
// Excel-de dialect: BOM, ";", CRLF, dd.mm.yyyy hh:mm, decimal commas) with messy rows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, STACK_LINE, cli, scratch } from './helpers.js';

const TICKETS = join(ROOT, 'test/fixtures/fit/tickets-excel-de.csv');
const dir = scratch();

describe('orgflow fit on a ticket export', () => {
  it('lists every unusable row with its line number, counts them, and writes a valid scenario', async () => {
    const out = join(dir, 'fitted.yaml');
    const r = await cli(['fit', TICKETS, '--out', out]);
    expect(r.stderr.split('\n').slice(0, 5)).toEqual([
      `${TICKETS}: 4 of 632 rows cannot be used (0.6 %):`,
      `${TICKETS}:12: unreadable time in started: "31.02.2026 09:00"`,
      `${TICKETS}:27: finished (02.02.2026 13:19) before started (02.02.2026 13:22)`,
      `${TICKETS}:42: missing concern`,
      `${TICKETS}:63: unreadable time in finished: "gestern"`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const check = await cli(['validate', out]);
    expect(check.stdout).toBe(`${out}: ok\n`);
    const fitted = parse(readFileSync(out, 'utf8')) as {
      concerns: { id: string; tasks: { id: string; after?: string[] }[] }[];
      organisations: { silo: { departments: { id: string; staff: number }[]; split: string } };
    };
    expect(fitted.concerns.map((c) => c.id).sort()).toEqual(['Adressänderung', 'Beschwerde', 'Kündigung']);
    const complaint = fitted.concerns.find((c) => c.id === 'Beschwerde')!;
    expect(complaint.tasks.map((t) => [t.id, t.after ?? []])).toEqual([
      ['Erfassung', []],
      ['Prüfung', ['Erfassung']],
      ['Antwort', ['Prüfung']],
    ]);
    expect(Object.fromEntries(fitted.organisations.silo.departments.map((d) => [d.id, d.staff]))).toEqual({
      Poststelle: 1,
      Stammdaten: 2,
      Leistung: 3,
    });
    expect(fitted.organisations.silo.split).toBe('sequential');
  });

  it('without a ready time per step, infers the handoff delay from parts an idle person started', async () => {
    const r = await cli(['fit', TICKETS, '--calendar', 'auto', '-q']);
    const fitted = parse(r.stdout) as { organisations: { silo: { handoff: { delay: { mean: number } } } } };
    // The export was made with a gap of 5 to 60 minutes (mean 32.5) between one step's end and the next step's readiness.
    expect(fitted.organisations.silo.handoff.delay.mean).toBeGreaterThan(25);
    expect(fitted.organisations.silo.handoff.delay.mean).toBeLessThan(40);
    expect(r.stdout).toMatch(/# \d+ of these gaps end where a person who had been idle started the part/);
  });

  it('--calendar auto finds the office hours mon-fri 08:00-17:00', async () => {
    const r = await cli(['fit', TICKETS, '--calendar', 'auto', '-q']);
    expect(r.code).toBe(0);
    expect((parse(r.stdout) as { calendar: { hours: string } }).calendar.hours).toBe('mon-fri 08:00-17:00');
  });

  it('more unusable rows than --max-bad-share: exit 2 after listing them', async () => {
    const r = await cli(['fit', TICKETS, '--max-bad-share', '0.005']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${TICKETS}:63: unreadable time in finished: "gestern"`);
    expect(r.stderr).toContain('orgflow: 0.6 % of the rows cannot be used, more than --max-bad-share 0.005: fix the export or the --map');
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('lists the first 20 unusable rows and counts the rest', async () => {
    const lines = readFileSync(TICKETS, 'utf8').split('\r\n');
    const broken = [lines[0], ...lines.slice(1, 31).map((l) => l.replace(/;\d\d\.\d\d\.2026 \d\d:\d\d;/, ';kaputt;')), ...lines.slice(31)];
    const file = join(dir, 'broken.csv');
    writeFileSync(file, broken.join('\r\n'));
    const r = await cli(['fit', file, '--max-bad-share', '1', '-q']);
    const listed = r.stderr.split('\n').filter((l) => /^\d+: /.test(l.slice(file.length + 1)) && l.startsWith(`${file}:`));
    expect(listed).toHaveLength(20);
    expect(r.stderr).toMatch(/\.\.\. and \d+ more/);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 3\\d of 632 rows cannot be used`));
  });

  it('an unknown --map column: exit 2 naming the columns found', async () => {
    const r = await cli(['fit', TICKETS, '--map', 'Ticketnummer=concern']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'no column "Ticketnummer"; the columns found are: "Ticket-ID", "Kategorie", "Schritt", "Bearbeiter", "Abteilung", "Erstellt", "Begonnen", "Erledigt", "Aufwand (h)"',
    );
  });

  it('an unknown --map field: exit 2 naming the fields', async () => {
    const r = await cli(['fit', TICKETS, '--map', 'Ticket-ID=ticket']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'unknown field "ticket"; fields are concern, type, task, skill, created, started, finished, department, assignee',
    );
  });

  it('a missing file is bad usage', async () => {
    const r = await cli(['fit', join(dir, 'nope.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^orgflow: cannot read .*nope\.csv/);
  });
});
