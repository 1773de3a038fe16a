// The scenario text with the sliders' overrides written into it (yaml's Document API keeps
// the file's comments and layout), for "download settings as YAML". The page loads this
// module (and yaml) only for that download.
import { isSeq, parseDocument, type Document } from 'yaml';
import type { Override } from '../worker/protocol.js';

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
