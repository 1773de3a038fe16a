// The question a scenario asks and the template of its one-sentence answer live in the
// file's leading comments (`# question: ...`, `# answer: ...`, `# baseline: ...`), not in
// scenario keys: unknown keys are errors, and the engine must not see report prose.

export interface ScenarioMetadata {
  question: string;
  /** Template of the answer; rendered by answer.ts from the measured numbers. */
  answer: string;
  /** Another shipped scenario (file name without .yaml) whose runs this one is compared with. */
  baseline: string | null;
}

const KEYS = ['question', 'answer', 'baseline'] as const;
type Key = (typeof KEYS)[number];
/** `# key: value` for one of KEYS. */
const KEY_LINE = new RegExp(`^#\\s*(${KEYS.join('|')}):\\s*(.*)$`);
/** A continuation: `#` followed by at least two spaces, right after a key line or another continuation. */
const CONTINUATION = /^# {2,}(\S.*)$/;

/**
 * Reads the metadata from the comment lines before the first YAML line. Throws (naming the
 * file) when the question or the answer is missing: every shipped scenario must have both.
 */
export function readMetadata(text: string, file: string): ScenarioMetadata {
  const found: Partial<Record<Key, string>> = {};
  let current: Key | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line !== '' && !line.startsWith('#')) break;
    const key = KEY_LINE.exec(line);
    if (key) {
      current = key[1] as Key;
      if (found[current] !== undefined) throw new Error(`${file}: "# ${current}:" appears twice`);
      found[current] = key[2].trim();
      continue;
    }
    const more = current ? CONTINUATION.exec(line) : null;
    if (more && current) found[current] = `${found[current]} ${more[1].trim()}`.trim();
    else current = null;
  }
  for (const key of ['question', 'answer'] as const) {
    if (!found[key]) throw new Error(`${file}: the leading comments need a "# ${key}: ..." line`);
  }
  return { question: found.question!, answer: found.answer!, baseline: found.baseline?.trim() || null };
}
