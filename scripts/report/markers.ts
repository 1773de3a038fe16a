// Generated text lives between <!-- generated:start --> and <!-- generated:end --> in a
// file that is otherwise written by hand; only the part between the markers is replaced.
export const START = '<!-- generated:start -->';
export const END = '<!-- generated:end -->';

export function replaceBlock(text: string, block: string, file: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start || text.indexOf(START, start + 1) !== -1) {
    throw new Error(`${file} needs exactly one ${START} … ${END} block`);
  }
  return `${text.slice(0, start + START.length)}\n${block.trimEnd()}\n${text.slice(end)}`;
}
