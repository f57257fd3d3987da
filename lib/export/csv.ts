// CSV as RFC 4180 writes it, plus the spreadsheet precaution: a cell that
// starts with = + - @ (or a tab or carriage return, which some spreadsheets
// skip before reading a formula) gets a leading apostrophe, so opening an
// export never runs a formula a contact typed. Pure; used by the conversation
// export and the audit trail's download.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, CRLF-terminated as RFC 4180 asks (spreadsheets read LF too). */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
