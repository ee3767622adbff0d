import { describe, expect, it } from "vitest";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { STRONG_ANSWER } from "./answers.fixture";
import { buildRubricFeedback } from "./feedback";
import { answerFeedbackSchema, parseStored } from "./records";

const question = { position: 1, id: "q1", text: "Tell me about a time you fixed a failing product launch under pressure.", kind: "behavioural", competencies: ["delivery_under_pressure"], reason: "" };
const feedbackFor = (answer: string) =>
  buildRubricFeedback({ answer, question, star: scoreStarAnswer(answer, question.text), competencyLabel: "delivery under pressure", targetRole: null });

describe("the rubric's insufficient-evidence verdict in practice feedback", () => {
  it("carries the verdict and stores zeros instead of numbers for a declined answer", () => {
    const { scores, feedback } = feedbackFor("I don't know.");
    expect(feedback.insufficientEvidence).toEqual({ reason: "non_answer", message: expect.stringContaining("nothing to score") });
    expect(scores).toEqual({ structure: 0, relevance: 0, specificity: 0, impact: 0 });
    expect(parseStored(answerFeedbackSchema, feedback)?.insufficientEvidence?.reason).toBe("non_answer");
  });

  it("has no verdict on an answer it scores", () => {
    const { scores, feedback } = feedbackFor(STRONG_ANSWER);
    expect(feedback.insufficientEvidence).toBeNull();
    expect(scores.structure).toBeGreaterThan(0);
  });

  it("still reads feedback stored before the verdict existed", () => {
    const { feedback } = feedbackFor(STRONG_ANSWER);
    const { insufficientEvidence: _dropped, ...older } = feedback;
    expect(parseStored(answerFeedbackSchema, older)).not.toBeNull();
  });
});
