// The generated parts of scenarios/README.md and README.md and the story's chart are
// what the shipped scenarios produce now; when a scenario or the engine changes, the
// committed text must be regenerated with `npm run scenarios:report`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../scripts/report/generate.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run scenarios:report', () => {
  it('regenerates exactly the committed README block, story block and lead-time chart', async () => {
    const files = await generateReport(root);
    const stale = [...files]
      .filter(([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content)
      .map(([path]) => path);
    expect(stale, `out of date: ${stale.join(', ')}. Run \`npm run scenarios:report\` and commit the result.`).toEqual([]);
    expect([...files.keys()]).toEqual(['scenarios/README.md', 'README.md', 'docs/img/lead-time-versicherung.svg']);
  }, 600_000);
});
