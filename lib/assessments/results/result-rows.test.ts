import { describe, expect, it } from "vitest";
import type { AssessmentResultRow } from "@/db/queries/assessment-results";
import { filterResults, overallScore, pageOf, sortResults, toResultRow } from "./result-rows";

const NOW = new Date("2026-12-01T12:00:00Z");

function raw(change: Partial<AssessmentResultRow> = {}): AssessmentResultRow {
  return {
    inviteId: crypto.randomUUID(),
    candidateName: "Ada",
    inviteStatus: "submitted",
    deadlineAt: "2026-12-08T12:00:00.000Z",
    attemptId: crypto.randomUUID(),
    submittedAt: "2026-12-01T10:00:00.000Z",
    supersededAttempts: 0,
    scores: [],
    answeringMs: 0,
    integrity: null,
    eventCount: 0,
    tabSwitches: 0,
    windowBlurs: 0,
    lookAways: 0,
    multipleFaces: 0,
    faceLostMs: 0,
    lowConfidence: 0,
    rating: null,
    decision: null,
    ...change,
  };
}

describe("overallScore", () => {
  it("averages scored answers and leaves insufficient evidence out", () => {
    expect(overallScore([{ score: 80, insufficient: false }, { score: 65, insufficient: false }, { score: null, insufficient: true }])).toBe(72.5);
    expect(overallScore([{ score: null, insufficient: true }])).toBeNull();
  });
});

describe("toResultRow", () => {
  it("marks an unopened invite past its deadline expired, with no integrity", () => {
    const row = toResultRow(raw({ inviteStatus: "invited", deadlineAt: "2026-11-30T00:00:00.000Z", attemptId: null, submittedAt: null }), [1], NOW);
    expect(row).toMatchObject({ status: "expired", integrity: null, questions: [{ position: 1, answered: false, score: null, insufficient: false }] });
  });

  it("falls back to the stored totals when the event timeline is gone", () => {
    const row = toResultRow(raw({ integrity: { totals: { tab_switch: 4, window_blur: 3, look_away: 0, multiple_faces: 0, face_lost: 0 } } }), [], NOW);
    expect(row.integrity).toMatchObject({ tier: "major", tabSwitches: 4, windowBlurs: 3, faceLostShare: null });
  });

  it("rates from the events when they exist, with the face-lost share of answering time", () => {
    const row = toResultRow(raw({ eventCount: 2, faceLostMs: 30_000, answeringMs: 300_000 }), [], NOW);
    expect(row.integrity).toMatchObject({ tier: "some", faceLostShare: 0.1 });
  });
});

describe("sorting, filtering and pages", () => {
  const rows = [
    toResultRow(raw({ candidateName: "b", scores: [{ position: 1, score: 50, insufficient: false }] }), [1], NOW),
    toResultRow(raw({ candidateName: "a", scores: [] }), [1], NOW),
    toResultRow(raw({ candidateName: "c", scores: [{ position: 1, score: 90, insufficient: false }] }), [1], NOW),
  ];
  it("puts rows without a value last in both directions", () => {
    expect(sortResults(rows, "score", "asc").map((r) => r.candidateName)).toEqual(["b", "c", "a"]);
    expect(sortResults(rows, "score", "desc").map((r) => r.candidateName)).toEqual(["c", "b", "a"]);
  });

  it("sorts by the human rating apart from the AI score, unrated rows last", () => {
    const rated = [
      toResultRow(raw({ candidateName: "x", rating: 4.5, scores: [{ position: 1, score: 40, insufficient: false }] }), [1], NOW),
      toResultRow(raw({ candidateName: "y", rating: null, scores: [{ position: 1, score: 95, insufficient: false }] }), [1], NOW),
      toResultRow(raw({ candidateName: "z", rating: 2, decision: "hold", scores: [{ position: 1, score: 80, insufficient: false }] }), [1], NOW),
    ];
    expect(sortResults(rated, "rating", "desc").map((r) => r.candidateName)).toEqual(["x", "z", "y"]);
    expect(sortResults(rated, "rating", "asc").map((r) => r.candidateName)).toEqual(["z", "x", "y"]);
    expect(sortResults(rated, "score", "desc").map((r) => r.candidateName)).toEqual(["y", "z", "x"]);
    expect(rated[2]).toMatchObject({ rating: 2, decision: "hold" });
  });

  it("filters by status", () => {
    expect(filterResults(rows, { status: "invited" })).toEqual([]);
    expect(filterResults(rows, { tier: "none" })).toHaveLength(3);
  });

  it("shows the last page for a page past the end", () => {
    expect(pageOf(rows, 9)).toMatchObject({ page: 1, pageCount: 1, total: 3 });
  });
});
