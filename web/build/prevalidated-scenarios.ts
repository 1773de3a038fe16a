// The shipped scenarios, validated at build time: a Vite plugin that serves them to the
// simulation worker as the virtual module `virtual:prevalidated-scenarios`. The worker then
// runs an unchanged shipped file without loading yaml and zod first, which is most of its
// start-up on a page load (web/worker/prevalidated.ts). A shipped file that does not
// validate fails the build: the page must never offer one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { formatIssue, loadParser } from '../../src/index.js';
import type { PrevalidatedScenario } from '../worker/prevalidated.js';
import { warningView } from '../worker/protocol.js';

export const PREVALIDATED_MODULE = 'virtual:prevalidated-scenarios';

/** Every scenarios/*.yaml in `dir`, parsed as the worker would parse it (no overrides, mode any). */
export async function prevalidateScenarios(dir: string): Promise<PrevalidatedScenario[]> {
  const { parseScenario } = await loadParser();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = parseScenario(text, { file, mode: 'any' });
      if (!parsed.file || !parsed.plain) {
        throw new Error(`shipped scenario ${file} is invalid:\n${parsed.issues.map((i) => formatIssue(file, i)).join('\n')}`);
      }
      const entry: PrevalidatedScenario = {
        file,
        text,
        data: parsed.file,
        plain: parsed.plain.original as Record<string, unknown>,
        warnings: parsed.warnings.map(warningView),
      };
      // The module is JSON: a value JSON cannot carry (Infinity, undefined in a list) would arrive changed.
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(entry)), entry))
        throw new Error(`shipped scenario ${file}: its validated data does not survive JSON`);
      return entry;
    });
}

export function prevalidatedScenarios(dir: string): Plugin {
  const resolved = `\0${PREVALIDATED_MODULE}`;
  return {
    name: 'orgflow-prevalidated-scenarios',
    resolveId: (id) => (id === PREVALIDATED_MODULE ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      for (const file of readdirSync(dir)) if (file.endsWith('.yaml')) this.addWatchFile(join(dir, file));
      return `export default ${JSON.stringify(await prevalidateScenarios(dir))};`;
    },
  };
}
