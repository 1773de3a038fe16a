// After a run the CLI says when an organisation could not keep up, even where the scenario's
// static overload estimate saw nothing (slow cross-skilled work, corrections, failure demand).
import { describe, expect, it } from 'vitest';
import { cli, fixture } from './helpers.js';

describe('orgflow compare on an organisation that cannot keep up', () => {
  it('warns on stderr, naming the saturated units and the backlog, and keeps stdout clean', async () => {
    const r = await cli(['compare', fixture('small.yaml'), '--set', 'arrivals.rate=60/h', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: (silo|team) looks overloaded: .*busy \d+\.\d%/);
    expect(r.stderr).toMatch(/still open at the horizon/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('says nothing about saturation when both organisations keep up, nor with --quiet', async () => {
    const calm = await cli(['compare', fixture('small.yaml')]);
    expect(calm.stderr).not.toMatch(/looks overloaded/);
    const quiet = await cli(['compare', fixture('small.yaml'), '--set', 'arrivals.rate=60/h', '--quiet']);
    expect(quiet.stderr).not.toMatch(/looks overloaded/);
  });
});
