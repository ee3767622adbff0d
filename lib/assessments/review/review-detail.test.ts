import { describe, expect, it } from "vitest";
import type { ReviewRow } from "@/db/queries/assessment-reviews";
import type { AssessmentAttempt, ProctoringEvent } from "@/db/schema";
import { averageRating, deliveryNumbers, reviewEvaluation, reviewIntegrity, reviewRatings, reviewSignal } from "./review-detail";

const event = (change: Partial<ProctoringEvent>): ProctoringEvent => ({
  id: crypto.randomUUID(),
  orgId: "o",
  inviteId: "i",
  attemptId: "a",
  position: 1,
  kind: "look_away",
  atMs: 1_000,
  durationMs: null,
  confidence: null,
  createdAt: new Date(),
  ...change,
});

const review = (change: Partial<ReviewRow>): ReviewRow => ({
  id: crypto.randomUUID(),
  orgId: "o",
  answerId: "x",
  reviewerUserId: crypto.randomUUID(),
  rating: null,
  note: null,
  createdAt: new Date(),
  updatedAt: new Date("2026-12-01T10:00:00Z"),
  reviewerName: "Sam",
  ...change,
});

describe("reviewSignal", () => {
  it("says low confidence in words below the threshold and keeps a confident camera signal's number", () => {
    expect(reviewSignal(event({ confidence: 0.59 })).confidence).toBe("low confidence");
    expect(reviewSignal(event({ confidence: 0.6 })).confidence).toBe(0.6);
    expect(reviewSignal(event({ kind: "tab_switch", confidence: null })).confidence).toBeNull();
  });
});

describe("reviewEvaluation", () => {
  it("reads scores with quotes in the rubric's order, insufficient evidence with its reason, and odd shapes as none", () => {
    expect(reviewEvaluation({ dimensions: { impact: { score: 50, quotes: ["We cut costs."] }, structure: { score: 70 } } })).toEqual({
      kind: "scored",
      dimensions: [
        { name: "structure", score: 70, quotes: [] },
        { name: "impact", score: 50, quotes: ["We cut costs."] },
      ],
    });
    expect(reviewEvaluation({ insufficientEvidence: { reason: "off_topic" } })).toEqual({ kind: "insufficient", reason: "off_topic" });
    expect(reviewEvaluation(null)).toEqual({ kind: "none" });
    expect(reviewEvaluation(["not", "an", "object"])).toEqual({ kind: "none" });
  });
});

describe("deliveryNumbers", () => {
  it("reads the metrics stored flat or under `metrics`", () => {
    const metrics = { wordCount: 120, wordsPerMinute: 140, paceBand: "steady", longestPauseMs: 900, fillers: { total: 3 } };
    const numbers = { wordCount: 120, wordsPerMinute: 140, paceBand: "steady", longestPauseMs: 900, fillers: 3 };
    expect(deliveryNumbers(metrics)).toEqual(numbers);
    expect(deliveryNumbers({ metrics })).toEqual(numbers);
    expect(deliveryNumbers(null)).toBeNull();
  });
});

describe("ratings", () => {
  it("averages given ratings only and splits the viewer's own row from the others", () => {
    expect(averageRating([4, null, 5])).toBe(4.5);
    expect(averageRating([null])).toBeNull();
    const me = crypto.randomUUID();
    const ratings = reviewRatings([review({ reviewerUserId: me, rating: 2, note: "mine" }), review({ rating: 5, note: "theirs" })], me);
    expect(ratings).toMatchObject({ average: 3.5, count: 2, own: { rating: 2, note: "mine" } });
    expect(ratings.others).toEqual([{ reviewerName: "Sam", rating: 5, note: "theirs", updatedAt: "2026-12-01T10:00:00.000Z" }]);
  });
});

describe("reviewIntegrity", () => {
  const attempt = { id: "a", integrity: null } as AssessmentAttempt;
  it("leaves low-confidence camera signals out of the tier and says they exist", () => {
    const lowOnly = reviewIntegrity(attempt, [event({ kind: "multiple_faces", confidence: 0.2 })], []);
    expect(lowOnly).toMatchObject({ tier: "none", lowConfidence: true });
    expect(reviewIntegrity(attempt, [event({ kind: "multiple_faces", confidence: 0.9 })], [])).toMatchObject({ tier: "major", lowConfidence: false });
  });

  it("falls back to the stored totals once the timeline is deleted", () => {
    const stored = { ...attempt, integrity: { totals: { tab_switch: 2, window_blur: 0 } } } as AssessmentAttempt;
    expect(reviewIntegrity(stored, [], []).tier).toBe("some");
  });
});
