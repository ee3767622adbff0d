import { describe, expect, it } from "vitest";
import { getBankQuestion } from "@/lib/practice/questions/bank";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { scoreRelevance } from "./dimensions";
import { MORE_ON_TOPIC, RELEVANCE_CASES, UNRELATED_STORY } from "./relevance-cases.fixture";

/** A clear story that answers the question. */
const ON_TOPIC_AT_LEAST = 75;
/** How far below the on-topic answer every other case's story must score for the same question. */
const OFF_TOPIC_GAP = 30;
const UNRELATED_AT_MOST = 45;

function relevance(answer: string, questionId: string) {
  const question = getBankQuestion(questionId);
  if (!question) throw new Error(`No bank question ${questionId}`);
  return scoreRelevance(answer, question, scoreStarAnswer(answer, question.text));
}

describe("answer relevance across competencies", () => {
  it("scores the on-call incident story from issue #11 as relevant, quoting its own words", () => {
    const [incident] = RELEVANCE_CASES;
    const { score, detail } = relevance(incident!.answer, incident!.questionId);
    expect(score).toBeGreaterThanOrEqual(ON_TOPIC_AT_LEAST);
    expect(detail.matchedTerms).toEqual(expect.arrayContaining(["on-call", "postmortem", "alert"]));
  });

  it.each([...RELEVANCE_CASES, ...MORE_ON_TOPIC].map((c) => [c.questionId, c] as const))(
    "scores a clear on-topic answer to %s at least 75",
    (_, { questionId, answer }) => {
      expect(relevance(answer, questionId).score).toBeGreaterThanOrEqual(ON_TOPIC_AT_LEAST);
    },
  );

  it.each(RELEVANCE_CASES.map((c) => [c.questionId, c] as const))(
    "scores every other case's story well below the on-topic answer to %s",
    (_, { questionId, answer }) => {
      const onTopic = relevance(answer, questionId).score;
      const offTopic = RELEVANCE_CASES.filter((other) => other.questionId !== questionId).map((other) => ({
        from: other.questionId,
        score: relevance(other.answer, questionId).score,
      }));
      for (const { from, score } of offTopic) expect(score, `answer to ${from}`).toBeLessThanOrEqual(onTopic - OFF_TOPIC_GAP);
    },
  );

  it.each([...RELEVANCE_CASES, ...MORE_ON_TOPIC].map((c) => [c.questionId] as const))(
    "scores a well-told but unrelated story low for %s",
    (questionId) => {
      const { score } = relevance(UNRELATED_STORY, questionId);
      expect(score).toBeLessThanOrEqual(UNRELATED_AT_MOST);
    },
  );

  it("writes the cases at a realistic length (80–200 words)", () => {
    for (const { answer } of [...RELEVANCE_CASES, ...MORE_ON_TOPIC, { answer: UNRELATED_STORY }]) {
      const words = answer.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(80);
      expect(words).toBeLessThanOrEqual(200);
    }
  });
});
