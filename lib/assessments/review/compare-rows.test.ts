import { describe, expect, it } from "vitest";
import { compareIdsSchema, compareRows, NO_ANSWER } from "@/lib/assessments/review/compare-rows";
import type { ReviewAnswer } from "@/lib/assessments/review/review-detail";
import type { CandidateReview } from "@/lib/assessments/review/review-service";

function answer(overrides: Partial<ReviewAnswer>): ReviewAnswer {
  return {
    id: "a",
    text: "An answer.",
    mode: "typed",
    durationMs: 1000,
    overran: false,
    retakesUsed: 0,
    overallScore: null,
    engine: null,
    model: null,
    rubricVersion: null,
    evaluation: { kind: "none" },
    delivery: null,
    ratings: { average: null, count: 0, others: [], own: null },
    ...overrides,
  };
}

function review(id: string, name: string, questions: CandidateReview["questions"], extra: Partial<CandidateReview> = {}): CandidateReview {
  return {
    assessment: { id: "as-1", title: "Support", roleTitle: "Engineer", proctoring: true },
    invite: { id, candidateName: name, state: "submitted" },
    attempt: null,
    supersededAttempts: [],
    integrity: null,
    questions,
    decision: null,
    ...extra,
  };
}

describe("compareRows", () => {
  const ada = review(
    "i-ada",
    "Ada",
    [
      { position: 2, text: "Second?", signals: [], answer: answer({ text: "Not sure.", evaluation: { kind: "insufficient", reason: "too_short" } }) },
      { position: 1, text: "First?", signals: [], answer: answer({ text: "I led it.", overallScore: 68, evaluation: { kind: "scored", dimensions: [] }, ratings: { average: 4, count: 2, others: [], own: null } }) },
    ],
    { integrity: { tier: "some", label: "Some signals", statement: "", lowConfidence: false }, decision: { decision: "advance", updatedAt: "", decidedByMe: true } },
  );
  const brook = review("i-brook", "Brook", [
    { position: 1, text: "First?", signals: [], answer: answer({ text: "We shipped.", overallScore: 55, evaluation: { kind: "scored", dimensions: [] }, ratings: { average: 2.5, count: 2, others: [], own: null } }) },
    { position: 2, text: "Second?", signals: [], answer: null },
  ]);

  it("lays the answers out per question position, one cell per candidate in order", () => {
    const result = compareRows([ada, brook]);
    expect(result.rows.map((r) => r.position)).toEqual([1, 2]);
    expect(result.rows[0]!.question).toBe("First?");
    expect(result.rows[0]!.cells.map((c) => c.answerText)).toEqual(["I led it.", "We shipped."]);
    expect(result.rows[0]!.cells.map((c) => c.score)).toEqual([{ kind: "scored", score: 68 }, { kind: "scored", score: 55 }]);
    expect(result.rows[1]!.cells[0]!.score).toEqual({ kind: "insufficient", reason: "too_short" });
    expect(result.rows[1]!.cells[1]).toEqual({ answered: false, answerText: NO_ANSWER, score: { kind: "none" }, ratingAverage: null, ratingCount: 0 });
  });

  it("heads each column with the candidate's tier, decision and mean rating", () => {
    const [first, second] = compareRows([ada, brook]).candidates;
    expect(first).toEqual({ inviteId: "i-ada", candidateName: "Ada", tier: { tier: "some", label: "Some signals" }, decision: "advance", rating: 4 });
    expect(second).toEqual({ inviteId: "i-brook", candidateName: "Brook", tier: null, decision: null, rating: 2.5 });
  });
});

describe("compareIdsSchema", () => {
  it("reads comma-separated and repeated ids alike", () => {
    expect(compareIdsSchema.parse("a, b,,c")).toEqual(["a", "b", "c"]);
    expect(compareIdsSchema.parse(["a", "b,c"])).toEqual(["a", "b", "c"]);
    expect(compareIdsSchema.parse(undefined)).toEqual([]);
  });
});
