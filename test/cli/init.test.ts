// orgflow init writes a starter scenario that validates, and never overwrites by accident.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './helpers.js';

const dir = scratch();

describe('orgflow init', () => {
  it('writes ./scenario.yaml by default, and it validates', async () => {
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'scenario.yaml'))).toBe(true);
    const v = await cli(['validate', join(dir, 'scenario.yaml')]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(': ok');
  });

  it('refuses to overwrite an existing file without --force (exit 2), and keeps it', async () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'my own work\n');
    const r = await cli(['init', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
    const forced = await cli(['init', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('my own work\n');
  });

  it('writes a file that compare can run', async () => {
    const file = join(dir, 'starter.yaml');
    expect((await cli(['init', file])).code).toBe(0);
    const r = await cli(['compare', file, '-r', '2', '--set', 'time.horizon=2d', '--set', 'time.warmup=0', '--json']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['silo', 'team', 'difference']);
  });
});
