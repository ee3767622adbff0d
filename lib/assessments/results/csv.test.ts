import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell(72.5)).toBe("72.5");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("Lovelace, Ada")).toBe('"Lovelace, Ada"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
  ])("escapes a formula-like cell %j", (hostile, escaped) => {
    expect(csvCell(hostile)).toBe(escaped);
  });

  it("escapes a negative number as text", () => {
    expect(csvCell(-3)).toBe("'-3");
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every line with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", null], ["x,y", 2]])).toBe(`${BOM}a,b\r\n1,\r\n"x,y",2\r\n`);
  });
});
