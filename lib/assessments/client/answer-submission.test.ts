import { describe, expect, it } from "vitest";
import type { AssessmentDraft } from "./assessment-drafts";
import { answerSubmission } from "./answer-submission";

const draft = (patch: Partial<AssessmentDraft> = {}): AssessmentDraft => ({
  text: "  I owned the release.  ",
  mode: "typed",
  shownAt: 10_000,
  speechStartedAt: null,
  segments: [],
  retakesUsed: 1,
  ...patch,
});

describe("answerSubmission", () => {
  it("sends a typed answer trimmed, timed from the question's first showing, with its retakes", () => {
    expect(answerSubmission(draft(), { timeLimitSeconds: 60, timeLimitMode: "soft", modes: "both" }, 100_000)).toEqual({
      answerText: "I owned the release.",
      mode: "typed",
      durationMs: 90_000,
      retakesUsed: 1,
    });
  });

  it("caps the duration at a hard limit, but not at a soft one", () => {
    expect(answerSubmission(draft(), { timeLimitSeconds: 60, timeLimitMode: "hard", modes: "both" }, 70_400).durationMs).toBe(60_000);
    expect(answerSubmission(draft(), { timeLimitSeconds: 60, timeLimitMode: "soft", modes: "both" }, 70_400).durationMs).toBe(60_400);
  });

  it("sends a spoken answer as voice with its segments for the delivery numbers", () => {
    const segments = [{ text: "I owned the release.", startMs: 0, endMs: 2500 }];
    const body = answerSubmission(draft({ mode: "voice", segments }), { timeLimitSeconds: 60, timeLimitMode: "soft", modes: "both" }, 20_000);
    expect(body.mode).toBe("voice");
    expect(body.delivery?.segments).toEqual(segments);
    expect(body.delivery?.metrics).toMatchObject({ mode: "voice", wordCount: 4, durationMs: 10_000, speakingMs: 2500 });
  });

  it("keeps every duration within the API's hour", () => {
    expect(answerSubmission(draft(), { timeLimitSeconds: 60, timeLimitMode: "soft", modes: "both" }, 10_000 + 5 * 60 * 60 * 1000).durationMs).toBe(3_600_000);
  });

  it("marks a voice-only question's answer as voice even when it was typed in after a failed recording", () => {
    expect(answerSubmission(draft(), { timeLimitSeconds: 60, timeLimitMode: "soft", modes: "voice" }, 20_000).mode).toBe("voice");
  });
});
