// Readers for a file that may not have passed the schema yet. The semantic checks use them
// so that a file with a typo elsewhere still gets every cross-field problem reported.

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The list at `v`, or none when it is not a list. */
export function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value under `key`, or undefined when `v` is not a mapping. */
export function field(v: unknown, key: string): unknown {
  return isRecord(v) ? v[key] : undefined;
}

/** The text at `v`, or undefined when it is not text. */
export function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
