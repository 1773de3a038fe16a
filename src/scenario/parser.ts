// Reading scenario files: what needs yaml and zod. src/index.ts hands this module out only
// through loadParser(), so the page's worker and the CLI's worker threads, which run
// validated data, never load either.
export { parseScenario, type ParseOptions } from './parse.js';
export { scenarioJsonSchema } from './json-schema.js';
