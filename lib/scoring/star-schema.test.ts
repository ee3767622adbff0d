import { describe, expect, it } from "vitest";
import { PART_WEIGHTS, RUBRIC_DESCRIPTION, RUBRIC_VERSION, STAR_PARTS, starScoreSchema } from "./star-schema";

const valid = {
  engine: "ai",
  rubricVersion: RUBRIC_VERSION,
  overall: 72,
  parts: Object.fromEntries(STAR_PARTS.map((p) => [p, { score: 70, feedback: "ok", sentences: [0] }])),
  sentences: ["I did it."],
  ownership: { i: 1, we: 0 },
  quantifiedResult: false,
  suggestions: ["a", "b", "c"],
  wordCount: 3,
  missing: [],
  speakingTimeSeconds: 1,
  sentenceLabels: ["action"],
};

describe("starScoreSchema", () => {
  it("accepts a well-formed score from either engine", () => {
    expect(starScoreSchema.safeParse(valid).success).toBe(true);
  });

  it("rejects a fractional or out-of-range overall", () => {
    expect(starScoreSchema.safeParse({ ...valid, overall: 72.5 }).success).toBe(false);
    expect(starScoreSchema.safeParse({ ...valid, overall: 101 }).success).toBe(false);
  });

  it("refuses engine text with a NUL or a lone surrogate, so such a reply is never stored", () => {
    const nul = JSON.parse('"a\\u0000"');
    const lone = JSON.parse('"\\ud800"');
    expect(starScoreSchema.safeParse({ ...valid, suggestions: ["a", "b", nul] }).success).toBe(false);
    expect(starScoreSchema.safeParse({ ...valid, sentences: [lone] }).success).toBe(false);
    const parts = { ...valid.parts, result: { score: 70, feedback: nul, sentences: [0] } };
    expect(starScoreSchema.safeParse({ ...valid, parts }).error?.issues[0]?.path).toEqual(["parts", "result", "feedback"]);
    expect(starScoreSchema.safeParse({ ...valid, sentences: [JSON.parse('"Done \\ud83d\\ude80"')] }).success).toBe(true);
  });

  it("rejects fewer than three suggestions and unknown parts", () => {
    expect(starScoreSchema.safeParse({ ...valid, suggestions: ["a", "b"] }).success).toBe(false);
    expect(starScoreSchema.safeParse({ ...valid, missing: ["conclusion"] }).success).toBe(false);
  });
});

describe("RUBRIC_DESCRIPTION", () => {
  it("uses weights that sum to 1", () => {
    expect(Object.values(PART_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("states each weight as a percentage in the overall line", () => {
    expect(RUBRIC_DESCRIPTION.overall).toContain("15% Situation + 15% Task + 40% Action + 30% Result");
    expect(RUBRIC_DESCRIPTION.version).toBe(RUBRIC_VERSION);
  });

  it("describes all four parts", () => {
    expect(Object.keys(RUBRIC_DESCRIPTION.parts).sort()).toEqual([...STAR_PARTS].sort());
  });
});
