// Reads exports back in the e2e tests and the export benchmark. Not used by the app,
// which only writes CSV (lib/export/).

/** The first cell of every record; quoted cells may hold commas, doubled quotes and line breaks. */
export function csvFirstColumn(text: string): string[] {
  const firsts: string[] = [];
  let cell = "";
  let quoted = false;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        i++;
        if (column === 0) cell += '"';
      } else if (c === '"') quoted = false;
      else if (column === 0) cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      if (column === 0) firsts.push(cell);
      column++;
      cell = "";
    } else if (c === "\n") {
      const first = cell.replace(/\r$/, "");
      if (column === 0 && first) firsts.push(first);
      column = 0;
      cell = "";
    } else if (column === 0) cell += c;
  }
  return firsts;
}
