/**
 * README.txt of a data export: what each file holds, in the data map's own words, and what the export leaves out and
 * why. Generated from the same plan as the files, so the README cannot describe a file that is not there.
 */
import type { ExcludedTable, ExportFilePlan } from "./export-plan";

const WIDTH = 100;

/** `text` wrapped at WIDTH columns, each line indented by `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

function describeFile(file: ExportFilePlan): string {
  const notes = [file.description];
  if (file.columnsLeftOut) notes.push(file.columnsLeftOut);
  if (file.organisationNameColumn) {
    const labels = file.subjects.map((s) => `"${s.label}"`).join(" or ");
    notes.push(
      `Only the rows that are yours, from any organisation: "exported_as" says why (${labels}) and ` +
        `"organisation_name" names the organisation when you belong to it.`,
    );
  }
  if (file.organisationColumn) {
    const labels = file.subjects.map((s) => `"${s.label}"`).join(" or ");
    notes.push(
      `Only the rows that are yours, from each organisation you belong to: "exported_as" says why (${labels}) and ` +
        `"organisation_name" names the organisation.`,
    );
  }
  return `${file.file}\n${wrap(notes.join(" "), "    ")}`;
}

/** The README's text for an export generated at `generatedAt`. */
export function exportReadme(files: readonly ExportFilePlan[], leftOut: readonly ExcludedTable[], generatedAt: Date): string {
  const intro =
    "This archive holds everything Rehearse keeps about your account, one JSON file per kind of record. Each file " +
    "is a JSON array with one object per record, keyed by the database's column names. Times are ISO 8601 in UTC; " +
    "ids are the database's own, so records that point at each other (an answer and its session) can be matched. " +
    "Audio, video and images are never stored, so there are none here.";
  const sections = [
    `Your Rehearse data export\nGenerated ${generatedAt.toISOString()}`,
    wrap(intro, ""),
    `Files\n\nREADME.txt\n    This file.\n\n${files.map(describeFile).join("\n\n")}`,
  ];
  if (leftOut.length > 0) {
    const lines = leftOut.map((t) => `${t.table}\n${wrap(t.reason, "    ")}`);
    const why =
      "These tables hold personal data the export leaves out, for the reason under each. An organisation's " +
      "candidates above all are not a member's data, even when the member reviews them.";
    sections.push(`Not included\n\n${wrap(why, "")}\n\n${lines.join("\n\n")}`);
  }
  return `${sections.join("\n\n\n")}\n`;
}
