// --trace FILE: every trace event as one JSON object per line, tagged with its run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, scratch } from './helpers.js';

const dir = scratch();

describe('compare --trace', () => {
  const file = join(dir, 'trace.jsonl');
  let lines: string[];
  let json: { silo: { metrics: { arrived: { mean: number } } } };
  beforeAll(async () => {
    const r = await cli(['compare', fixture('small.yaml'), '-r', '2', '--trace', file, '--json']);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
    lines = readFileSync(file, 'utf8').split('\n');
  });

  it('writes one JSON object per line, ending with a newline', () => {
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(JSON.parse(line)).toBeTypeOf('object');
  });

  it('puts mode and replication first on each line, for both organisations', () => {
    const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.every((e) => Object.keys(e).slice(0, 4).join() === 'mode,replication,type,at')).toBe(true);
    expect(new Set(events.map((e) => `${e.mode}/${e.replication}`))).toEqual(new Set(['silo/0', 'silo/1', 'team/0', 'team/1']));
  });

  it('keeps time order within each run', () => {
    const events = lines.map((l) => JSON.parse(l) as { mode: string; replication: number; at: number });
    for (const run of ['silo/0', 'team/1']) {
      const times = events.filter((e) => `${e.mode}/${e.replication}` === run).map((e) => e.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('holds every arrival of the run (warmup arrivals included, so at least as many as counted)', () => {
    const arrivals = lines.filter((l) => l.includes('"type":"arrived"') && l.startsWith('{"mode":"silo"')).length;
    expect(arrivals).toBeGreaterThanOrEqual(json.silo.metrics.arrived.mean * 2);
  });
});
