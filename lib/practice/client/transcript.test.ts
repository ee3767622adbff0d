import { describe, expect, it } from "vitest";
import { appendTranscript } from "./transcript";

describe("appendTranscript", () => {
  it("starts an empty transcript with a capital", () => {
    expect(appendTranscript("", "  i led the team ")).toBe("I led the team");
  });

  it("joins with one space and capitalises after a sentence end", () => {
    expect(appendTranscript("I led the team", "and we shipped")).toBe("I led the team and we shipped");
    expect(appendTranscript("We shipped.  ", "then sales rose")).toBe("We shipped. Then sales rose");
  });

  it("ignores empty segments and collapses inner whitespace", () => {
    expect(appendTranscript("Hello", "   ")).toBe("Hello");
    expect(appendTranscript("Hello", "big \n  team")).toBe("Hello big team");
  });
});
