// The few lines of CSV the gazetteer needs (RFC 4180: commas, double quotes, CRLF or LF).
// The import engine has its own, tolerant reader for users' spreadsheets; this one reads files the
// project ships and a deployer edits, so it stays small and strict.

/** Rows of fields; a blank line gives no row. A leading byte-order mark is dropped. */
export function readCsvRows(text: string): { rows: string[][]; lines: number[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = "";
  };
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[index + 1] === "\n") index++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (field !== "" || row.length > 0) endRow();
  return { rows, lines };
}
