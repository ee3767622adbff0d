import { describe, expect, it } from "vitest";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";
import { starScoreRequestSchema } from "./star-request";

/** The body as POST /api/star-score decodes it. */
const body = (json: string): unknown => JSON.parse(json);

describe("starScoreRequestSchema", () => {
  it.each([
    ["answer", "a NUL", '{"answer":"I led it.\\u0000"}'],
    ["answer", "a lone surrogate", '{"answer":"I led it. \\ud800"}'],
    ["question", "a NUL", '{"answer":"I led it.","question":"Tell me\\u0000"}'],
    ["question", "a lone surrogate", '{"answer":"I led it.","question":"\\udc00 Tell me"}'],
  ])("refuses an %s with %s, naming the field", (field, _name, json) => {
    const result = starScoreRequestSchema.safeParse(body(json));
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message: UNSTORABLE_TEXT_MESSAGE })]);
  });

  it("accepts an answer and question with emoji", () => {
    expect(starScoreRequestSchema.parse(body('{"answer":"I shipped it \\ud83d\\ude80","question":"Why \\ud83e\\udd14"}'))).toEqual({
      answer: "I shipped it 🚀",
      question: "Why 🤔",
    });
  });

  it("still refuses a non-string answer with its own message", () => {
    expect(starScoreRequestSchema.safeParse({ answer: 42 }).error?.issues[0]?.message).toBe("answer must be a string.");
  });
});
