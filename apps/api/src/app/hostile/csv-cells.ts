/** The cells of an RFC 4180 CSV text (after its BOM), row by row: enough to look at each cell as a spreadsheet would. */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') (cell += '"'), (at += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (rows[rows.length - 1] as string[]).push(cell), (cell = '');
    else if (char === '\r' && text[at + 1] === '\n') (rows[rows.length - 1] as string[]).push(cell), (cell = ''), rows.push([]), (at += 1);
    else cell += char;
  }
  return rows.filter((row) => row.length > 0);
}
