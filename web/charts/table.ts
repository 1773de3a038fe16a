// A chart's data as an HTML table (screen readers, copying into a spreadsheet). Cells are
// text nodes only.
import type { TableData } from './types.js';

export function renderTable(root: HTMLElement, data: TableData, caption: string, format: (v: number) => string): void {
  const table = document.createElement('table');
  const cap = document.createElement('caption');
  cap.textContent = caption;
  const head = document.createElement('thead');
  const hr = document.createElement('tr');
  for (const c of data.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    hr.append(th);
  }
  head.append(hr);
  const body = document.createElement('tbody');
  for (const row of data.rows) {
    const tr = document.createElement('tr');
    for (const v of row) {
      const td = document.createElement('td');
      td.textContent = typeof v === 'number' ? format(v) : v;
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(cap, head, body);
  root.replaceChildren(table);
}
