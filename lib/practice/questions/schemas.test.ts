import { describe, expect, it } from "vitest";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";
import { JOB_DESCRIPTION_MAX_CHARS, questionSelectionInputSchema } from "./schemas";

const valid = { type: "mixed", count: 5, profile: { targetRole: "Data Engineer" }, jobDescription: "Pipelines." };

describe("questionSelectionInputSchema", () => {
  it("accepts a valid request and fills in a missing profile", () => {
    expect(questionSelectionInputSchema.parse(valid)).toEqual(valid);
    expect(questionSelectionInputSchema.parse({ type: "behavioural", count: 3 })).toEqual({
      type: "behavioural",
      count: 3,
      profile: {},
    });
  });

  it("accepts a count posted as text by the form", () => {
    expect(questionSelectionInputSchema.parse({ ...valid, count: "10" }).count).toBe(10);
  });

  it.each([2, 11, 4.5, "", "five"])("rejects a count of %j", (count) => {
    const result = questionSelectionInputSchema.safeParse({ ...valid, count });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["count"]);
  });

  it("rejects an unknown interview type", () => {
    const result = questionSelectionInputSchema.safeParse({ ...valid, type: "technical" });
    expect(result.error?.issues[0]?.path).toEqual(["type"]);
  });

  it("rejects an over-long job description and accepts one at the limit", () => {
    const withJob = (length: number) => questionSelectionInputSchema.safeParse({ ...valid, jobDescription: "x".repeat(length) });
    expect(withJob(JOB_DESCRIPTION_MAX_CHARS + 1).error?.issues[0]?.message).toBe(
      "Job description must be at most 10,000 characters.",
    );
    expect(withJob(JOB_DESCRIPTION_MAX_CHARS).success).toBe(true);
  });

  it("applies the profile's own limits to the profile fields", () => {
    const result = questionSelectionInputSchema.safeParse({
      ...valid,
      profile: { cvText: "x".repeat(20_001), targetRole: "r".repeat(121), goals: "g".repeat(2_001) },
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "profile.cvText",
      "profile.targetRole",
      "profile.goals",
    ]);
    const atLimit = { cvText: "x".repeat(20_000), targetRole: "r".repeat(120), goals: "g".repeat(2_000) };
    expect(questionSelectionInputSchema.safeParse({ ...valid, profile: atLimit }).success).toBe(true);
  });

  it("refuses a NUL or a lone surrogate in the job description and the profile fields", () => {
    const result = questionSelectionInputSchema.safeParse({
      ...valid,
      profile: { targetRole: JSON.parse('"SRE\\ud800"') },
      jobDescription: JSON.parse('"Pipelines\\u0000"'),
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["profile.targetRole", UNSTORABLE_TEXT_MESSAGE],
      ["jobDescription", UNSTORABLE_TEXT_MESSAGE],
    ]);
  });

  it("accepts null profile fields, as a saved profile stores cleared fields", () => {
    const cleared = { ...valid, profile: { cvText: null, goals: null }, jobDescription: null };
    expect(questionSelectionInputSchema.safeParse(cleared).success).toBe(true);
  });
});
