import { describe, expect, it } from "vitest";
import { buildScorePrompt, keepVerbatimQuotes, MAX_SCORE_QUOTES, SCORE_SCHEMA_NAME, scoreModelOutputSchema } from "./score-prompt";
import { toStrictJsonSchema } from "./strict-json-schema";

const input = {
  question: "Tell me about a time you disagreed with a colleague.",
  skill: "handling conflict",
  roleTitle: "Product Manager",
  answer: "I disagreed with our designer about the launch date. I set up a call and we agreed a plan.",
};

const dimension = (score: number, quotes: string[] = []) => ({ score, quotes });

describe("the scoring-only prompt", () => {
  it("sends the question, skill, role and answer, and asks for scores and quotes only", () => {
    const prompt = buildScorePrompt(input);
    expect(prompt.schemaName).toBe(SCORE_SCHEMA_NAME);
    expect(prompt.user).toBe(
      [`<question>${input.question}</question>`, "<skill>handling conflict</skill>", "<target_role>Product Manager</target_role>", `<answer>${input.answer}</answer>`].join("\n"),
    );
    expect(prompt.system).not.toMatch(/model answer|first person|Situation:/);
    expect(prompt.system).toMatch(/insufficient_evidence/);
  });

  it("has no field for the candidate's name, email or id", () => {
    const withIdentity = { ...input, name: "Zed Quill", email: "zed@example.test", inviteId: "i-123" } as typeof input;
    const prompt = buildScorePrompt(withIdentity);
    expect(`${prompt.system}\n${prompt.user}`).not.toMatch(/Zed Quill|zed@example\.test|i-123/);
  });

  it("asks for a schema strict mode accepts, with the verdict", () => {
    expect(() => toStrictJsonSchema(scoreModelOutputSchema)).not.toThrow();
    const reply = { verdict: "scored", dimensions: { structure: dimension(70, ["I set up a call"]), relevance: dimension(80), specificity: dimension(60), impact: dimension(50) } };
    expect(scoreModelOutputSchema.safeParse(reply).success).toBe(true);
    expect(scoreModelOutputSchema.safeParse({ ...reply, verdict: "maybe" }).success).toBe(false);
    expect(scoreModelOutputSchema.safeParse({ ...reply, modelAnswer: "x" }).data).not.toHaveProperty("modelAnswer");
  });
});

describe("keepVerbatimQuotes", () => {
  it("keeps the answer's own words (case and spacing aside) and drops invented or repeated ones", () => {
    const kept = keepVerbatimQuotes(["I set up  a call", "i disagreed with our designer", "I fixed everything", "I set up a call", "ok"], input.answer);
    expect(kept).toEqual(["I set up a call", "i disagreed with our designer"]);
  });

  it("keeps at most the cap", () => {
    const answer = "One. Two. Three. Four. Five. Six.";
    expect(keepVerbatimQuotes(["One.", "Two.", "Three.", "Four.", "Five.", "Six."], answer)).toHaveLength(MAX_SCORE_QUOTES);
  });
});
