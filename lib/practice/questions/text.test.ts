import { describe, expect, it } from "vitest";
import { findPhrase, indexText, stableHash, stem, termStems, tokenise } from "./text";

describe("stem", () => {
  it("unifies plurals, tenses and British and American spellings", () => {
    expect(stem("stakeholders")).toBe(stem("stakeholder"));
    expect(stem("pipelines")).toBe(stem("pipeline"));
    expect(stem("prioritizing")).toBe(stem("prioritising"));
    expect(stem("planning")).toBe(stem("plan"));
    expect(stem("managed")).toBe(stem("managing"));
  });

  it("keeps words apart that only look alike", () => {
    expect(stem("accounting")).not.toBe(stem("account"));
    expect(stem("marketing")).not.toBe(stem("market"));
    expect(stem("business")).toBe("business");
  });
});

describe("tokenise", () => {
  it("drops stopwords and job-advert filler, and keeps language names whole", () => {
    expect(tokenise("The ideal candidate has strong C++ and C# experience").map((t) => t.raw)).toEqual(["c++", "c#"]);
  });

  it("reads apostrophes and accents as part of the word", () => {
    expect(tokenise("team's café").map((t) => t.raw)).toEqual(["teams", "cafe"]);
  });
});

describe("findPhrase", () => {
  it("finds a multi-word term in order, across punctuation and case", () => {
    const text = indexText("Built ETL: Data-Pipelines for finance; data quality too.");
    expect(findPhrase(text, termStems("data pipeline"))).toEqual([2]);
    expect(findPhrase(text, termStems("pipeline data"))).toEqual([]);
  });
});

describe("stableHash", () => {
  it("is stable and spreads similar inputs apart", () => {
    expect(stableHash("abc")).toBe(stableHash("abc"));
    expect(stableHash("abc")).not.toBe(stableHash("abd"));
    expect(stableHash("")).toBe(0x811c9dc5);
  });
});
