import { describe, expect, it } from "vitest";
import { findPhrase, findTerm, indexText, stableHash, stem, termStems, termVariants, tokenise } from "./text";

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
    const text = indexText("Built ETL: Data pipelines for finance; data quality too.");
    expect(findPhrase(text, termStems("data pipeline"))).toEqual([2]);
    expect(findPhrase(text, termStems("pipeline data"))).toEqual([]);
  });
});

describe("hyphenated compounds", () => {
  it("keeps a compound whole, so its parts do not match on their own", () => {
    expect(tokenise("Share the On-Call rota").map((t) => t.raw)).toEqual(["share", "on-call", "rota"]);
    expect(findPhrase(indexText("Join the on-call rota"), termStems("call"))).toEqual([]);
  });

  it("matches a term in its spaced, hyphenated and closed spellings", () => {
    const at = (text: string, term: string) => findTerm(indexText(text), termVariants(term));
    expect(at("Built ETL: Data-Pipelines for finance", "data pipeline")).toEqual({ start: 2, length: 1 });
    expect(at("owned it end to end", "end-to-end")).toEqual({ start: 1, length: 2 });
    expect(at("owned it end-to-end", "end to end")).toEqual({ start: 1, length: 1 });
    expect(at("I wrote the postmortem", "post-mortem")).toEqual({ start: 1, length: 1 });
    expect(at("I wrote the post mortem", "post-mortem")).toEqual({ start: 1, length: 2 });
  });

  it("never lets a term of several words match one of its words alone", () => {
    expect(findTerm(indexText("managing a team of five"), termVariants("managing up"))).toBeUndefined();
    expect(findTerm(indexText("good at managing-up"), termVariants("managing up"))).toEqual({ start: 1, length: 1 });
  });

  it("never splits a term whose second word is all that survives stopwords", () => {
    expect(termVariants("on-call")).toEqual([[stem("oncall")]]);
    expect(findTerm(indexText("I took the call"), termVariants("on-call"))).toBeUndefined();
  });
});

describe("stableHash", () => {
  it("is stable and spreads similar inputs apart", () => {
    expect(stableHash("abc")).toBe(stableHash("abc"));
    expect(stableHash("abc")).not.toBe(stableHash("abd"));
    expect(stableHash("")).toBe(0x811c9dc5);
  });
});
