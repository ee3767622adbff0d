import { describe, expect, it } from "vitest";
import type { BankQuestion } from "@/lib/practice/questions/types";
import { BANK_SEARCH_LIMIT, searchQuestionBank } from "./bank-search";

const bank: BankQuestion[] = [
  {
    id: "b1",
    text: "Tell me about a conflict with a colleague.",
    kind: "behavioural",
    competencies: ["conflict"],
    roleFamilies: ["any"],
    keywords: [],
  },
  {
    id: "r1",
    text: "How would you design a cache?",
    kind: "role_specific",
    competencies: ["decision_making"],
    roleFamilies: ["software_engineering"],
    keywords: ["redis", "latency"],
  },
  {
    id: "r2",
    text: "How do you forecast a quarter?",
    kind: "role_specific",
    competencies: ["prioritisation"],
    roleFamilies: ["finance"],
    keywords: ["budget"],
  },
];

describe("searchQuestionBank", () => {
  it("filters by kind", () => {
    expect(searchQuestionBank({ kind: "role_specific" }, bank).entries.map((e) => e.id)).toEqual(["r1", "r2"]);
    expect(searchQuestionBank({}, bank).total).toBe(3);
  });

  it("matches every word in the text, keywords or competency labels, ignoring case", () => {
    expect(searchQuestionBank({ q: "REDIS" }, bank).entries.map((e) => e.id)).toEqual(["r1"]);
    expect(searchQuestionBank({ q: "handling conflict" }, bank).entries.map((e) => e.id)).toEqual(["b1"]);
    expect(searchQuestionBank({ q: "cache budget" }, bank).entries).toEqual([]);
    expect(searchQuestionBank({ kind: "behavioural", q: "cache" }, bank).total).toBe(0);
  });

  it("returns at most the limit but counts every match, from the real bank", () => {
    const result = searchQuestionBank({});
    expect(result.entries.length).toBeLessThanOrEqual(BANK_SEARCH_LIMIT);
    expect(result.total).toBeGreaterThan(result.entries.length);
    expect(Object.keys(result.entries[0]!).sort()).toEqual(["competencies", "id", "kind", "text"]);
  });
});
