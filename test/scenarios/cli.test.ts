// The shipped scenarios through the built CLI, as a consultant uses them: every file
// validates, and the German names survive into the CSV (also the --excel flavour).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseCsv, ROOT, scratch } from '../cli/helpers.js';

const files = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `scenarios/${f}`);

describe('shipped scenarios on the command line', () => {
  it('orgflow validate scenarios/*.yaml exits 0 and calls every file ok', async () => {
    const result = await cli(['validate', ...files]);
    expect(result.code, result.stderr).toBe(0);
    for (const file of files) expect(result.stdout).toContain(`${file}: ok`);
  });

  it.each([[false], [true]])('compare --csv (excel: %s) keeps the umlauts of "Bürgeramt" in summary.csv', async (excel) => {
    const dir = join(scratch(), excel ? 'excel' : 'plain');
    const result = await cli([
      'compare',
      'scenarios/buergeramt-umzug.yaml',
      '--replications',
      '1',
      '--csv',
      dir,
      ...(excel ? ['--excel'] : []),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'summary.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text, excel ? ';' : ',');
    const scenario = rows[0].indexOf('scenario');
    expect(rows.slice(1).map((r) => r[scenario])).toEqual([
      'Bürgeramt: Umzug mit Parkausweis und Personalausweis',
      'Bürgeramt: Umzug mit Parkausweis und Personalausweis',
    ]);
  });
});
