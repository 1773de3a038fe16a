// A plain aligned text table. Widths are measured on the plain text and colour is added
// afterwards, so escape codes never break the alignment.

export type Style = 'good' | 'bad' | 'dim' | 'bold' | 'mark';

export interface TableCell {
  text: string;
  style?: Style;
}

export interface Column {
  title: string;
  align: 'left' | 'right';
}

const ANSI: Record<Style, [string, string]> = {
  good: ['\x1b[32m', '\x1b[39m'],
  bad: ['\x1b[31m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
  mark: ['\x1b[33m', '\x1b[39m'],
};

export function renderTable(columns: readonly Column[], rows: readonly (string | TableCell)[][], colour: boolean): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'string' ? { text: c } : c)));
  const widths = columns.map((col, i) => Math.max(width(col.title), ...cells.map((row) => width(row[i]?.text ?? ''))));
  const line = (row: readonly TableCell[]) =>
    columns
      .map((col, i) => {
        const cell = row[i] ?? { text: '' };
        const last = i === columns.length - 1;
        const gap = ' '.repeat(widths[i] - width(cell.text));
        const padded = col.align === 'right' ? gap + cell.text : last ? cell.text : cell.text + gap;
        return colour && cell.style ? ANSI[cell.style][0] + padded + ANSI[cell.style][1] : padded;
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((c) => ({ text: c.title, style: 'bold' as const })));
  const rule = widths
    .map((w) => '─'.repeat(w))
    .join('  ')
    .trimEnd();
  return [header, rule, ...cells.map(line)].join('\n') + '\n';
}

/** Display width: code points, so umlauts and "∞" count as one column. */
function width(text: string): number {
  return [...text].length;
}
