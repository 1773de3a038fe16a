// Maps a field path back to where it is written: yaml keeps a source range on every node it
// parsed, so an issue can name line and column. Nodes without a range were put there by an
// override and have no place in the file.
import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** The node's start, or null when the node was not parsed from the text (an override made it). */
function start(node: unknown, lc: LineCounter): Position | null {
  if (!isNode(node) || !node.range) return null;
  const { line, col } = lc.linePos(node.range[0]);
  return { line, column: col };
}

/**
 * Where `path` is written. For `at: 'key'` the key itself (an unknown key); otherwise the
 * value, or the nearest enclosing node that exists (a missing key points at its parent map).
 * Null when the nearest node came from an override.
 */
export function locate(doc: Document, lc: LineCounter, path: readonly (string | number)[], at: 'key' | 'value' = 'value'): Position | null {
  if (at === 'key' && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const name = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === name);
      if (pair) return start(pair.key, lc);
    }
  }
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node !== undefined && node !== null) return start(node, lc);
  }
  // The whole file, or a path whose first key is missing: point at the top-level mapping.
  return start(doc.contents, lc) ?? { line: 1, column: 1 };
}

/**
 * The text of a number YAML could not read exactly (`18446744073709551615` is read as
 * 18446744073709552000, `1e400` as Infinity); null for any other value. A message then shows
 * what the user wrote next to what orgflow saw.
 */
export function writtenNumber(doc: Document, text: string, path: readonly (string | number)[]): string | null {
  const node = path.length === 0 ? null : doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return null;
  const source = text.slice(node.range[0], node.range[1]).trim();
  const inexact = !Number.isFinite(node.value) || (/^[-+]?\d+$/.test(source) && !Number.isSafeInteger(node.value));
  return inexact && source !== String(node.value) && source.length <= 40 ? source : null;
}
