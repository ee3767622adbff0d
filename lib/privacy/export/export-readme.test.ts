import { describe, expect, it } from "vitest";
import { dataMap } from "@/db/data-map";
import { accountExportPlan, tablesLeftOutOfExport } from "./export-plan";
import { exportReadme } from "./export-readme";

describe("exportReadme", () => {
  const plan = accountExportPlan();
  const text = exportReadme(plan, tablesLeftOutOfExport(), new Date("2026-12-07T03:00:00Z"));

  it("describes every file of the export in the data map's words", () => {
    for (const file of plan) expect(text).toContain(`\n${file.file}\n`);
    expect(text.replace(/\s+/g, " ")).toContain(dataMap.practice_answers.description);
  });

  it("says why organisation rows are the user's and which columns are left out", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain('"exported_as" says why ("sent by you" or "sent to you")');
    expect(flat).toContain("The invitee's email (another person's, on an invite you sent) and the token hash (a credential) are left out.");
  });

  it("names what is left out and when it was generated, in lines of at most 100 characters", () => {
    expect(text).toContain("Generated 2026-12-07T03:00:00.000Z");
    expect(text).toMatch(/Not included[^\n]*\n\n[\s\S]*candidate_invites/);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});
