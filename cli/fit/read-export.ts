// Reads a ticket export (CSV with a header, any of , ; tab | as delimiter, a BOM or not)
// into rows of work for src/fit. Every row that cannot be used is kept as a problem with
// its line number: none is dropped silently.
import { parse } from 'csv-parse/sync';
import type { FitPiece, Mode, WorkRow } from '../../src/index.js';
import { UsageError } from '../errors.js';
import { resolveColumns, type ColumnMap, type Field, type MapEntry } from './columns.js';
import { mondayBefore, parseTimestamp } from './timestamps.js';

export interface BadRow {
  line: number;
  reason: string;
}

export interface ReadExport {
  header: string[];
  delimiter: string;
  columns: ColumnMap;
  /** Data rows in the file (the header not counted). */
  total: number;
  rows: WorkRow[];
  bad: BadRow[];
  /** Rows of another organisation in orgflow's tasks.csv (fit reads the silo). */
  otherMode: number;
  /** The Monday 00:00 the rows' minutes count from, as wall-clock minutes since 1970. */
  origin: number;
}

/** fit estimates a silo: the rows of tasks.csv's other organisation are not its data. */
const FITTED: Mode = 'silo';

const DELIMITERS = [',', ';', '\t', '|'];

/** Occurrences of `d` in `line` outside double quotes. */
function countOutsideQuotes(line: string, d: string): number {
  let quoted = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** The delimiter found most often in the header that also appears as often in the next lines. */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 6);
  let best = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    const inHeader = countOutsideQuotes(lines[0] ?? '', d);
    const consistent = lines.slice(1).filter((l) => countOutsideQuotes(l, d) === inHeader).length;
    const score = inHeader > 0 ? inHeader * (1 + consistent) : 0;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/** Times below this (a year of minutes) are taken as bare clock minutes, not dates near 1970. */
const BARE_MINUTES_BELOW = 525600;

const PIECES: readonly FitPiece[] = ['intake', 'task', 'misroute', 'correction'];

interface RawRow {
  line: number;
  cell: (field: Field) => string;
}

/** Parses one record into a row with wall-clock minutes, or the reason it cannot be used. */
function toRow(
  raw: RawRow,
  columns: ColumnMap,
): (Omit<WorkRow, 'created' | 'started' | 'finished'> & { times: (number | null)[] }) | string {
  const concern = raw.cell('concern');
  const task = raw.cell('task') || raw.cell('skill');
  if (concern === '') return 'missing concern';
  if (task === '') return columns.task !== undefined ? 'missing task' : 'missing skill';
  const times: (number | null)[] = [];
  for (const field of ['created', 'started', 'finished'] as const) {
    const text = raw.cell(field);
    if (text === '') {
      times.push(null);
      continue;
    }
    const t = parseTimestamp(text);
    if (t === null) return `unreadable time in ${field}: "${text}"`;
    times.push(t);
  }
  const [created, started, finished] = times;
  if (started === null && finished !== null) return 'missing started';
  if (started === null && created === null) return 'missing started';
  if (started !== null && finished !== null && finished < started)
    return `finished (${raw.cell('finished')}) before started (${raw.cell('started')})`;
  if (created !== null && started !== null && started < created)
    return `started (${raw.cell('started')}) before created (${raw.cell('created')})`;
  const pieceText = raw.cell('piece');
  const piece = pieceText === '' ? 'task' : PIECES.find((p) => p === pieceText);
  if (piece === undefined) return `unknown piece "${pieceText}" (expected ${PIECES.join(', ')})`;
  return {
    line: raw.line,
    period: raw.cell('replication'),
    concern,
    type: raw.cell('type') || 'all',
    task,
    skill: raw.cell('skill') || task,
    piece,
    department: raw.cell('department') || null,
    assignee: raw.cell('assignee') || null,
    times,
  };
}

export function readExport(text: string, map: readonly MapEntry[]): ReadExport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (err) {
    throw new UsageError(`cannot read the export as CSV: ${(err as Error).message}`);
  }
  if (records.length === 0) throw new UsageError('the export is empty: expected a header line and rows');
  const header = records[0].record;
  const columns = resolveColumns(header, map);
  const parsed: ReturnType<typeof toRow>[] = [];
  const bad: BadRow[] = [];
  let otherMode = 0;
  for (const { record, info } of records.slice(1)) {
    const raw: RawRow = { line: info.lines, cell: (field) => (columns[field] === undefined ? '' : (record[columns[field]] ?? '').trim()) };
    const organisation = raw.cell('mode');
    if (organisation !== '' && organisation !== FITTED) {
      otherMode++;
      continue;
    }
    const row = toRow(raw, columns);
    if (typeof row === 'string') bad.push({ line: raw.line, reason: row });
    else parsed.push(row);
  }
  const usable = parsed.filter((r): r is Exclude<typeof r, string> => typeof r !== 'string');
  const first = usable.flatMap((r) => r.times.filter((t): t is number => t !== null)).reduce((a, b) => Math.min(a, b), Infinity);
  // Bare numbers are minutes of orgflow's own clock, whose minute 0 is already a Monday 00:00.
  const origin = Number.isFinite(first) && first >= BARE_MINUTES_BELOW ? mondayBefore(first) : 0;
  const since = (t: number | null): number | null => (t === null ? null : t - origin);
  const rows: WorkRow[] = usable.map(({ times, ...row }) => ({
    ...row,
    created: since(times[0]),
    // A row not yet started waits from its creation.
    started: since(times[1] ?? times[0])!,
    finished: since(times[2]),
  }));
  return { header, delimiter, columns, total: records.length - 1, rows, bad, otherMode, origin };
}
