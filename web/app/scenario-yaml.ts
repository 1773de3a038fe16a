// The scenario text with the sliders' overrides written into it (yaml's Document API keeps
// the file's comments and layout), for "download settings as YAML"; and the plain data the
// sliders read their starting values from.
import { isSeq, parseDocument, type Document } from 'yaml';
import type { Override } from '../worker/protocol.js';

/** Aliases expanded when reading; the worker has already refused alias bombs. */
const MAX_ALIASES = 1000;

function pathOf(doc: Document, dotted: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const seg of dotted.split('.')) {
    const parent = out.length === 0 ? doc.contents : doc.getIn(out, true);
    out.push(isSeq(parent) && /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return out;
}

export function applyToDocument(doc: Document, overrides: readonly Override[]): void {
  for (const o of overrides) {
    const value = parseDocument(o.value).toJS() as unknown;
    doc.setIn(pathOf(doc, o.path), doc.createNode(value));
  }
}

/** The original text with the overrides applied; unchanged text when there are none. */
export function withOverrides(text: string, overrides: readonly Override[]): string {
  if (overrides.length === 0) return text;
  const doc = parseDocument(text);
  applyToDocument(doc, overrides);
  return doc.toString();
}

/** The scenario as plain data (after overrides), or null when the text does not parse. */
export function scenarioData(text: string, overrides: readonly Override[] = []): Record<string, unknown> | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  applyToDocument(doc, overrides);
  const data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : null;
}
