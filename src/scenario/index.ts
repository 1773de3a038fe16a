export { parseScenario, type ParseOptions } from './parse.js';
export { formatIssue, type Override, type ParseResult, type ScenarioIssue } from './issues.js';
export { parseDuration, parseRate } from './units.js';
export { scenarioJsonSchema } from './json-schema.js';
export { starterScenario } from './starter.js';
export { siloHeadcount, teamHeadcount } from './warnings.js';
export type * from './types.js';
export { MODES } from './types.js';
