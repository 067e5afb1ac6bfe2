/** The cells of an RFC 4180 CSV text (after its BOM), row by row: enough to look at each cell as a spreadsheet would. */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < text.length; at += 1) {
    const char = text[at];
    const next = text[at + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      at += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endCell();
    } else if (!quoted && char === '\r' && next === '\n') {
      endCell();
      rows.push(row);
      row = [];
      at += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}
