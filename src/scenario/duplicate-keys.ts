// Duplicate keys in a mapping, found in one pass. yaml's own check compares each new key with
// every earlier one of its mapping: a 1 MiB file with one mapping of 60,000 keys took it 22 s,
// so parse.ts turns that check off and asks this one, which reports the same error
// (DUPLICATE_KEY at the repeated key) with the same rule: scalar keys with equal values.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface DuplicateKey {
  line: number;
  column: number;
}

/** Every repeated key, in no particular order. Walks with a stack: nesting depth costs no recursion. */
export function duplicateKeys(doc: Document, lc: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) for (const item of node.items) stack.push(item);
    else if (isPair(node)) stack.push(node.key, node.value);
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        stack.push(pair.key, pair.value);
        const key = pair.key;
        // yaml's rule: equal values by ===, so NaN never equals NaN.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range) {
          const { line, col } = lc.linePos(key.range[0]);
          found.push({ line, column: col });
        }
      }
    }
  }
  return found;
}
