/**
 * CSV for spreadsheets: RFC 4180 quoting (a cell with a comma, quote, CR or LF is quoted, quotes doubled), CRLF line
 * ends, and a UTF-8 byte order mark so Excel reads accents correctly. A cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return is prefixed with a single quote: spreadsheets would otherwise run it as a formula (CSV injection;
 * a candidate's name is their own text). Negative numbers are therefore exported as text, which is the safe side. Pure.
 */
export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null | undefined;

/** One cell, escaped against formula injection and quoted when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, then one line per row, each ended by CRLF. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return BOM + lines.map((line) => `${line}\r\n`).join("");
}
