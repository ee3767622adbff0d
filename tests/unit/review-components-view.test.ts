import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AiEvaluation } from "@/components/assessments/review/ai-evaluation";
import { HumanRatings } from "@/components/assessments/review/human-ratings";
import { QuestionSignals } from "@/components/assessments/review/question-signals";
import type { ReviewAnswer } from "@/lib/assessments/review/review-detail";

describe("review components", () => {
  it("shows low-confidence signals in words with no percentage, and confident ones with theirs", () => {
    const html = renderToStaticMarkup(
      createElement(QuestionSignals, {
        signals: [
          { kind: "look_away", atMs: 65_000, durationMs: 2_000, confidence: "low confidence" },
          { kind: "multiple_faces", atMs: 5_000, durationMs: null, confidence: 0.93 },
        ],
      }),
    );
    expect(html).toContain("Looked away at 1:05 for 2.0 s");
    expect(html).toContain("low confidence");
    expect(html).toContain("93% confidence");
    expect(html.match(/% confidence/g)).toHaveLength(1);
  });

  it("shows the average and each other reviewer's rating and note", () => {
    const html = renderToStaticMarkup(
      createElement(HumanRatings, { ratings: { average: 3.5, count: 2, own: { rating: 2, note: null }, others: [{ reviewerName: "Sam <b>", rating: 5, note: "Strong", updatedAt: "x" }] } }),
    );
    expect(html).toContain("3.5 / 5");
    expect(html).toContain("Sam &lt;b&gt;");
    expect(html).toContain("Strong");
  });

  it("says why an answer was not scored", () => {
    const answer = { evaluation: { kind: "insufficient", reason: "too_short" }, engine: "rubric", model: null, rubricVersion: "star-1", overallScore: null } as ReviewAnswer;
    const html = renderToStaticMarkup(createElement(AiEvaluation, { answer }));
    expect(html).toContain("Insufficient evidence: the answer is too short to judge.");
    expect(html).toContain("Offline rubric");
  });
});
