/**
 * Reading a pasted list or a CSV file of candidates: one `name, email` per line, up to 100. Pure, so the browser
 * could show the same errors before sending, and the service refuses the whole list when any line is wrong (nothing
 * is half-imported).
 *
 * Accepted: a header row (`name,email`, any case) or none; a byte-order mark; CRLF or LF; blank lines (skipped, but
 * counted, so line numbers match the file); fields in double quotes with `""` for a quote and commas inside; a tab
 * or semicolon instead of the comma (what spreadsheets paste). Line numbers are 1-based lines of the text as given.
 */
import { z } from "zod";

export const MAX_CANDIDATES_PER_IMPORT = 100;
export const CANDIDATE_NAME_MAX_CHARS = 120;
/** RFC 5321's limit on a forward path. */
export const CANDIDATE_EMAIL_MAX_CHARS = 254;

export type CandidateRow = { line: number; name: string; email: string };
export type LineError = { line: number; message: string };
export type ParsedCandidateList = { ok: true; rows: CandidateRow[] } | { ok: false; errors: LineError[] };

export const candidateNameSchema = z
  .string("Enter the candidate's name.")
  .trim()
  .min(1, "Enter the candidate's name.")
  .max(CANDIDATE_NAME_MAX_CHARS, `Names are at most ${CANDIDATE_NAME_MAX_CHARS} characters.`);

export const candidateEmailSchema = z
  .string("Enter the candidate's email address.")
  .trim()
  .toLowerCase()
  .max(CANDIDATE_EMAIL_MAX_CHARS, `Email addresses are at most ${CANDIDATE_EMAIL_MAX_CHARS} characters.`)
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** Splits one line into fields; null when a quoted field is never closed. */
export function splitFields(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) return null;
  fields.push(field);
  return fields.map((value) => value.trim());
}

/** The separator of the first non-blank line outside quotes: a tab, a semicolon, or (by default) a comma. */
function separatorOf(lines: string[]): string {
  const first = lines.find((line) => line.trim() !== "") ?? "";
  const unquoted = first.replace(/"[^"]*"/g, "");
  if (unquoted.includes("\t")) return "\t";
  if (!unquoted.includes(",") && unquoted.includes(";")) return ";";
  return ",";
}

const isHeader = (fields: string[]) => fields[0]?.toLowerCase() === "name" && fields[1]?.toLowerCase() === "email";

function readLine(fields: string[] | null, line: number): CandidateRow | LineError {
  if (!fields) return { line, message: "A quoted field is not closed." };
  if (fields.length !== 2) return { line, message: `Expected 2 fields (name, email), found ${fields.length}.` };
  const name = candidateNameSchema.safeParse(fields[0]);
  if (!name.success) return { line, message: name.error.issues[0]!.message };
  const email = candidateEmailSchema.safeParse(fields[1]);
  if (!email.success) return { line, message: email.error.issues[0]!.message };
  return { line, name: name.data, email: email.data };
}

/** Parses the list: every row, or every line's error (with more than 100 rows, one error saying so). */
export function parseCandidateList(text: string): ParsedCandidateList {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const separator = separatorOf(lines);
  const rows: CandidateRow[] = [];
  const errors: LineError[] = [];
  const firstLineOf = new Map<string, number>();
  let seenContent = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const fields = splitFields(raw, separator);
    if (!seenContent && fields && isHeader(fields)) {
      seenContent = true;
      return;
    }
    seenContent = true;
    const read = readLine(fields, line);
    if ("message" in read) return void errors.push(read);
    const earlier = firstLineOf.get(read.email);
    if (earlier !== undefined) return void errors.push({ line, message: `This email is already on line ${earlier}.` });
    firstLineOf.set(read.email, line);
    rows.push(read);
  });
  const count = rows.length + errors.length;
  if (count > MAX_CANDIDATES_PER_IMPORT) {
    return { ok: false, errors: [{ line: 0, message: `The list has ${count} rows; at most ${MAX_CANDIDATES_PER_IMPORT} can be invited at once.` }] };
  }
  if (count === 0) return { ok: false, errors: [{ line: 0, message: "The list has no candidates: one per line, name then email." }] };
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** Errors as the route's `fields`: `line 3` → its message; `list` for errors about the whole list. */
export function lineErrorFields(errors: LineError[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) (fields[error.line === 0 ? "list" : `line ${error.line}`] ??= []).push(error.message);
  return fields;
}
