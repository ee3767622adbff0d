import { describe, expect, it } from "vitest";
import { lineErrorFields, MAX_CANDIDATES_PER_IMPORT, parseCandidateList, splitFields } from "./candidate-list";

describe("parseCandidateList", () => {
  it("reads rows with or without a header, lower-casing emails and trimming names", () => {
    expect(parseCandidateList("Name,Email\n  Ana Lima , ANA@Example.test\n")).toEqual({
      ok: true,
      rows: [{ line: 2, name: "Ana Lima", email: "ana@example.test" }],
    });
    expect(parseCandidateList("Ana Lima,ana@example.test")).toEqual({ ok: true, rows: [{ line: 1, name: "Ana Lima", email: "ana@example.test" }] });
  });

  it("accepts a byte-order mark, CRLF and blank lines, keeping the file's line numbers", () => {
    const parsed = parseCandidateList("\uFEFFname,email\r\n\r\nAna,ana@example.test\r\n   \r\nBo,bo@example.test\r\n");
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 3, name: "Ana", email: "ana@example.test" },
        { line: 5, name: "Bo", email: "bo@example.test" },
      ],
    });
  });

  it("reads quoted fields with commas and doubled quotes", () => {
    const parsed = parseCandidateList(`"Lima, Ana ""Nana""",ana@example.test`);
    expect(parsed).toEqual({ ok: true, rows: [{ line: 1, name: 'Lima, Ana "Nana"', email: "ana@example.test" }] });
    expect(splitFields(`"open,still`, ",")).toBeNull();
  });

  it("takes tab- or semicolon-separated lines pasted from a spreadsheet", () => {
    expect(parseCandidateList("Ana\tana@example.test\nBo\tbo@example.test")).toMatchObject({ ok: true, rows: [{ name: "Ana" }, { name: "Bo" }] });
    expect(parseCandidateList("Ana;ana@example.test")).toMatchObject({ ok: true, rows: [{ email: "ana@example.test" }] });
  });

  it("reports every bad line by number and returns no rows", () => {
    const parsed = parseCandidateList("Ana,ana@example.test\nBo,not-an-email\n,cy@example.test\nDee\n\"Eve,eve@example.test\nAna Again,ANA@example.test");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.errors[0]!.message).toMatch(/valid email/);
    expect(parsed.errors[1]!.message).toMatch(/name/);
    expect(parsed.errors[2]!.message).toMatch(/2 fields/);
    expect(parsed.errors[3]!.message).toMatch(/not closed/);
    expect(parsed.errors[4]!.message).toBe("This email is already on line 1.");
    expect(lineErrorFields(parsed.errors)).toHaveProperty(["line 6"], ["This email is already on line 1."]);
  });

  it("refuses more than 100 rows as a whole, and an empty list", () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `C${index},c${index}@example.test`).join("\n");
    expect(parseCandidateList(rows(MAX_CANDIDATES_PER_IMPORT))).toMatchObject({ ok: true });
    const tooMany = parseCandidateList(`name,email\n${rows(MAX_CANDIDATES_PER_IMPORT + 1)}`);
    expect(tooMany).toEqual({ ok: false, errors: [{ line: 0, message: expect.stringMatching(/101 rows.*at most 100/) }] });
    expect(lineErrorFields(tooMany.ok ? [] : tooMany.errors)).toHaveProperty("list");
    expect(parseCandidateList("\n name,email \n\n")).toMatchObject({ ok: false, errors: [{ line: 0 }] });
  });
});
