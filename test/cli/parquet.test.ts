// --parquet DIR: read back with hyparquet (a reader, separate from the writer), every file
// holds the CSV file's rows with typed columns; large files come in several row groups;
// --parquet alone leaves no CSV behind.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects, type FileMetaData } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, fixture, scratch } from './helpers.js';

const dir = scratch();
const FILES = ['summary', 'concerns', 'timeseries', 'tasks'] as const;

async function readParquet(path: string): Promise<{ metadata: FileMetaData; rows: Record<string, unknown>[] }> {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  return { metadata: parquetMetadata(file), rows: (await parquetReadObjects({ file })) as Record<string, unknown>[] };
}

/** Each column's physical type, and UTF8 for strings. */
function columnTypes(metadata: FileMetaData): Record<string, string> {
  return Object.fromEntries(metadata.schema.slice(1).map((s) => [s.name, s.converted_type === 'UTF8' ? 'UTF8' : String(s.type)]));
}

/** The CSV cell as the Parquet value of that type. */
function expected(cell: string, type: string): unknown {
  if (type === 'UTF8') return cell;
  if (cell === '') return null;
  if (type === 'BOOLEAN') return cell === 'true';
  if (type === 'INT64') return BigInt(cell);
  return Number(cell.replace(',', '.'));
}

describe('compare --csv DIR --parquet DIR', () => {
  const out = join(dir, 'both');
  const parquet = join(out, 'parquet');
  beforeAll(async () => {
    const r = await cli(['compare', fixture('small.yaml'), '-r', '2', '--csv', out, '--parquet', parquet]);
    expect(r.code).toBe(0);
  });

  it('writes exactly the four Parquet files, no temp files', () => {
    expect(readdirSync(parquet).sort()).toEqual(['concerns.parquet', 'summary.parquet', 'tasks.parquet', 'timeseries.parquet']);
  });

  it.each(FILES)('%s.parquet holds the rows of the CSV file of that name, value for value', async (name) => {
    const { header, records } = csvRecords(readFileSync(join(out, `${name}.csv`), 'utf8'));
    const { metadata, rows } = await readParquet(join(parquet, `${name}.parquet`));
    const types = columnTypes(metadata);
    expect(Object.keys(types)).toEqual(header);
    expect(rows).toHaveLength(records.length);
    expect(records.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      for (const column of header) expect(row[column]).toEqual(expected(records[i][column], types[column]));
    });
  });

  it('types the columns: ids and text UTF8, counts INT32, the seed INT64, times DOUBLE, flags BOOLEAN', async () => {
    const concerns = columnTypes((await readParquet(join(parquet, 'concerns.parquet'))).metadata);
    expect(concerns).toEqual({
      id: 'UTF8',
      type: 'UTF8',
      mode: 'UTF8',
      replication: 'INT32',
      arrival: 'DOUBLE',
      completion: 'DOUBLE',
      lead: 'DOUBLE',
      wait: 'DOUBLE',
      touch: 'DOUBLE',
      handoffs: 'INT32',
      errors: 'INT32',
      failureDemand: 'BOOLEAN',
    });
    const tasks = columnTypes((await readParquet(join(parquet, 'tasks.parquet'))).metadata);
    expect([tasks.concern, tasks.skill, tasks.worker, tasks.ready, tasks.finishedAt]).toEqual(['UTF8', 'UTF8', 'INT32', 'DOUBLE', 'UTF8']);
    const timeseries = columnTypes((await readParquet(join(parquet, 'timeseries.parquet'))).metadata);
    expect(Object.values(timeseries)).toEqual(['UTF8', 'INT32', 'INT32', 'INT32', 'INT32', 'INT32', 'INT32']);
    const summary = columnTypes((await readParquet(join(parquet, 'summary.parquet'))).metadata);
    expect([summary.scenario, summary.replication, summary.seed, summary['leadTime.p85'], summary['utilisation.byUnit.team-a']]).toEqual([
      'UTF8',
      'INT32',
      'INT64',
      'DOUBLE',
      'DOUBLE',
    ]);
  });

  it('an empty cell is null: an open concern has no completion, a unit of the other organisation no utilisation', async () => {
    const concerns = (await readParquet(join(parquet, 'concerns.parquet'))).rows;
    expect(concerns.some((r) => r.completion === null)).toBe(true);
    const summary = (await readParquet(join(parquet, 'summary.parquet'))).rows;
    expect(summary.find((r) => r.mode === 'team')!['utilisation.byUnit.stammdaten']).toBeNull();
  });
});

describe('--parquet DIR alone', () => {
  const out = join(dir, 'alone');
  const big = join(dir, 'big');
  beforeAll(async () => {
    expect((await cli(['run', fixture('small.yaml'), '--mode', 'team', '-r', '1', '--parquet', out])).code).toBe(0);
    const r = await cli([
      'run',
      fixture('small.yaml'),
      '--mode',
      'silo',
      '-r',
      '1',
      '--set',
      'time.horizon=12000h',
      '-q',
      '--parquet',
      big,
      '--csv',
      join(big, 'csv'),
    ]);
    expect(r.code).toBe(0);
  });

  it('writes the Parquet files and no CSV file anywhere', () => {
    expect(readdirSync(out).sort()).toEqual(['concerns.parquet', 'summary.parquet', 'tasks.parquet', 'timeseries.parquet']);
    expect(existsSync(join(out, 'tasks.csv'))).toBe(false);
  });

  it('streams a large file in row groups of 10,000 rows', async () => {
    const { metadata, rows } = await readParquet(join(big, 'tasks.parquet'));
    const csvRows =
      readFileSync(join(big, 'csv', 'tasks.csv'), 'utf8')
        .trim()
        .split('\n').length - 1;
    expect(rows).toHaveLength(csvRows);
    expect(csvRows).toBeGreaterThan(100_000);
    const groups = metadata.row_groups.map((g) => Number(g.num_rows));
    expect(groups.slice(0, -1).every((n) => n === 10_000)).toBe(true);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(csvRows);
    expect(groups.at(-1)).toBeLessThanOrEqual(10_000);
  });
});

describe('--parquet with --excel', () => {
  const plain = join(dir, 'plain');
  const excel = join(dir, 'excel');
  beforeAll(async () => {
    expect((await cli(['run', fixture('labels.yaml'), '--csv', plain, '--parquet', plain])).code).toBe(0);
    expect((await cli(['run', fixture('labels.yaml'), '--csv', excel, '--excel', '--parquet', excel])).code).toBe(0);
  });

  it('cells with quotes, separators and line breaks arrive whole', async () => {
    const { records } = csvRecords(readFileSync(join(plain, 'concerns.csv'), 'utf8'));
    const { rows } = await readParquet(join(plain, 'concerns.parquet'));
    expect(rows.map((r) => r.type)).toEqual(records.map((r) => r.type));
    expect(rows.map((r) => r.type)).toContain('Umzug, "Frage"\nÜbergabe');
  });

  it.each(FILES)('%s.parquet holds the same values whatever the CSV dialect', (name) => {
    expect(readFileSync(join(excel, `${name}.parquet`)).equals(readFileSync(join(plain, `${name}.parquet`)))).toBe(true);
  });
});
