// Text from a scenario file, made safe to show in a message: a terminal obeys control
// characters (a bell, a cursor move, an escape sequence that recolours or retitles it) and
// bidirectional overrides reorder what it displays, so every one is written as an escape.
// A long value is cut: a message must stay one readable line.

/** C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** Quoted values longer than this are cut, with the full length noted. */
export const QUOTE_LENGTH = 100;

/** `text` with every unsafe character as a JSON-style escape (\n, \u0007); all else unchanged. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` in double quotes, JSON-escaped, safe for a terminal, cut after QUOTE_LENGTH characters. */
export function quote(text: string): string {
  if (text.length <= QUOTE_LENGTH) return escapeControls(JSON.stringify(text));
  // Do not split a surrogate pair: a lone half would show as a replacement character.
  const end = /[\ud800-\udbff]/.test(text[QUOTE_LENGTH - 1]) ? QUOTE_LENGTH - 1 : QUOTE_LENGTH;
  return `${escapeControls(JSON.stringify(text.slice(0, end)).slice(0, -1))}…" (${text.length} characters)`;
}

/** `"a", "b", "c" and 7 more`: a list of names that stays one readable line. */
export function quotedList(names: readonly string[], shown = 5): string {
  const named = names.slice(0, shown).map(quote).join(', ');
  return names.length > shown ? `${named} and ${names.length - shown} more` : named;
}
