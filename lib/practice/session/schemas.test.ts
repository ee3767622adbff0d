import { describe, expect, it } from "vitest";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";
import { answerBody, STRONG_ANSWER } from "./answers.fixture";
import { answerInputSchema, startSessionInputSchema } from "./schemas";

const decoded = (literal: string): string => JSON.parse(`"${literal}"`);

describe("answerInputSchema", () => {
  it("accepts an honest answer", () => {
    expect(answerInputSchema.safeParse(answerBody(STRONG_ANSWER)).success).toBe(true);
  });

  it.each([
    ["a NUL", "\\u0000"],
    ["a lone surrogate", "\\ud800"],
  ])("refuses answer text with %s, naming the field", (_name, literal) => {
    const result = answerInputSchema.safeParse(answerBody(`${STRONG_ANSWER} ${decoded(literal)}`));
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["answer"], message: UNSTORABLE_TEXT_MESSAGE })]);
  });

  it("refuses segment text with a NUL", () => {
    const segments = [{ text: `I led it.${decoded("\\u0000")}`, startMs: 0, endMs: 2_000 }];
    const result = answerInputSchema.safeParse(answerBody(STRONG_ANSWER, { mode: "voice", segments }));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["segments", 0, "text"], message: UNSTORABLE_TEXT_MESSAGE }),
    ]);
  });

  it("accepts an answer with an emoji", () => {
    const answer = `${STRONG_ANSWER} ${decoded("\\ud83d\\ude80")}`;
    expect(answerInputSchema.parse(answerBody(answer)).answer).toBe(answer);
  });
});

describe("startSessionInputSchema", () => {
  it.each([
    ["a NUL", "\\u0000"],
    ["a lone surrogate", "\\udbff"],
  ])("refuses a job description with %s, naming the field", (_name, literal) => {
    const result = startSessionInputSchema.safeParse({ type: "mixed", count: 5, jobDescription: `SRE ${decoded(literal)}` });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["jobDescription"], message: UNSTORABLE_TEXT_MESSAGE }),
    ]);
  });

  it("accepts a job description with an emoji", () => {
    const jobDescription = `Ship fast ${decoded("\\ud83d\\ude80")}`;
    expect(startSessionInputSchema.parse({ type: "mixed", count: 5, jobDescription }).jobDescription).toBe(jobDescription);
  });
});
