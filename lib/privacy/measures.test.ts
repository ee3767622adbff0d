import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEASURES } from "./measures";

const root = path.resolve(__dirname, "../..");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `source` declares a test with exactly this title: it("…"), test("…"), it.skipIf(…)("…"), either quote. */
function declaresTest(source: string, title: string): boolean {
  return new RegExp(`\\b(?:it|test)(?:\\.\\w+(?:\\([^)]*\\))?)?\\(\\s*(["'\`])${escapeRegExp(title)}\\1`).test(source);
}

describe("the measures /data-protection lists", () => {
  const inPlace = MEASURES.flatMap((measure) => (measure.status === "in place" ? [measure] : []));

  it.each(inPlace.map((measure) => [measure.title, measure.proof] as const))("%s: names a test that exists", (_title, proof) => {
    const file = path.join(root, proof.file);
    expect(fs.existsSync(file), `${proof.file} does not exist`).toBe(true);
    expect(declaresTest(fs.readFileSync(file, "utf8"), proof.test), `${proof.file} has no test titled "${proof.test}"`).toBe(true);
  });

  it("finds a declared title and not a title that is only mentioned", () => {
    expect(declaresTest(`it("keeps rows", async () => {})`, "keeps rows")).toBe(true);
    expect(declaresTest(`it.skipIf(x)("keeps rows", () => {})`, "keeps rows")).toBe(true);
    expect(declaresTest(`// "keeps rows"\nit("keeps rows too", () => {})`, "keeps rows")).toBe(false);
  });

  it("gives every measure a distinct title", () => {
    expect(new Set(MEASURES.map((measure) => measure.title)).size).toBe(MEASURES.length);
  });
});
