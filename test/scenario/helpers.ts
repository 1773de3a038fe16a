// Shared by the scenario tests: read a fixture, parse it, find issues by code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/scenario/parse.js';
import type { ParseResult, ScenarioIssue } from '../../src/scenario/issues.js';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

export function parseFixture(name: string, options: Parameters<typeof parseScenario>[1] = {}): ParseResult {
  return parseScenario(fixture(name), { file: name, ...options });
}

/** The issue with this code and path, or a failure listing what was reported instead. */
export function issueAt(issues: ScenarioIssue[], code: string, path: string): ScenarioIssue {
  const found = issues.find((i) => i.code === code && i.path === path);
  if (!found) {
    throw new Error(`no ${code} at ${path}; reported: ${issues.map((i) => `${i.code}@${i.path}:${i.line}`).join(', ') || 'nothing'}`);
  }
  return found;
}
