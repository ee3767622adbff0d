import { describe, expect, it } from "vitest";
import { buildRubricFeedback } from "@/lib/practice/session/feedback";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { quotesAnswer } from "@/lib/practice/session/quotes";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { keepQuotedItems, mergeAiFeedback, topUp } from "./merge";

const question = { position: 1, id: "q1", text: "Tell me about a time you fixed a hard problem.", kind: "behavioural", competencies: ["ownership"], reason: "" };
const rubric = buildRubricFeedback({ answer: STRONG_ANSWER, question, star: scoreStarAnswer(STRONG_ANSWER, question.text), competencyLabel: "ownership", targetRole: "Engineer" });
const parts = { situation: "In my last role…", task: "I owned…", action: "I did…", result: "As a result…" };

describe("keepQuotedItems", () => {
  it("keeps items quoting the answer, in straight or curly quotes, and drops the rest", () => {
    const kept = keepQuotedItems(
      [
        'You show the work: "I analysed the payment logs".',
        "You say “I reproduced the bug in staging”, which is concrete.",
        'You mention "a budget of two million" that you never said.',
        "Great answer overall.",
      ],
      STRONG_ANSWER,
      "strength",
    );
    expect(kept.map((item) => item.text)).toEqual([
      'You show the work: "I analysed the payment logs".',
      'You say "I reproduced the bug in staging", which is concrete.',
    ]);
    expect(kept.every((item) => item.key.startsWith("ai-strength:"))).toBe(true);
  });

  it("drops duplicates", () => {
    const item = 'You say "I analysed the payment logs".';
    expect(keepQuotedItems([item, item], STRONG_ANSWER, "improve")).toHaveLength(1);
  });
});

describe("topUp", () => {
  const a = { key: "a", text: "A" };
  const b = { key: "b", text: "B" };
  const c = { key: "c", text: "C" };
  it("adds fallback items until there are two, skipping ones already present", () => {
    expect(topUp([a], [a, b, c])).toEqual([a, b]);
    expect(topUp([], [c])).toEqual([c]);
  });
  it("leaves two or more alone and cuts above four", () => {
    expect(topUp([a, b], [c])).toEqual([a, b]);
    expect(topUp([a, b, c, { key: "d", text: "D" }, { key: "e", text: "E" }], [])).toHaveLength(4);
  });
});

describe("mergeAiFeedback", () => {
  it("takes the AI's scores, quoted items and model answer and keeps the rubric's deterministic fields", () => {
    const merged = mergeAiFeedback({
      answer: STRONG_ANSWER,
      rubric,
      ai: {
        scores: { structure: 91, relevance: 82, specificity: 73, impact: 64 },
        strengths: ['You quantify it: "failures dropped from 5% to 0.2%".', "You are a natural leader."],
        improvements: ['Open with "My goal was to find the cause" sooner.', 'Explain "we recovered £40k a month".'],
      },
      modelAnswer: { text: "Situation: In my last role…", parts },
    });
    expect(merged.scores).toEqual({ structure: 91, relevance: 82, specificity: 73, impact: 64 });
    expect(merged.feedback.engine).toBe("ai");
    expect(merged.feedback.modelAnswer).toEqual({ engine: "ai", text: "Situation: In my last role…", parts });
    expect(merged.feedback.star).toEqual(rubric.feedback.star);
    expect(merged.feedback.relevance).toEqual(rubric.feedback.relevance);
    // The unquoted strength is dropped and the list topped up from the rubric's.
    expect(merged.feedback.strengths).toHaveLength(2);
    expect(merged.feedback.strengths[0]!.text).toContain("failures dropped");
    expect(merged.feedback.strengths[1]).toEqual(rubric.feedback.strengths[0]);
    expect(merged.feedback.improvements).toHaveLength(2);
    for (const item of [...merged.feedback.strengths, ...merged.feedback.improvements]) {
      expect(quotesAnswer(item.text, STRONG_ANSWER), item.text).toBe(true);
    }
  });
});
