import { describe, expect, it } from "vitest";
import { summariseSession, type SummaryInput } from "./summary";

const item = (key: string, text = key) => ({ key, text });

function answer(position: number, scores: SummaryInput["scores"], extra: Partial<SummaryInput> = {}): SummaryInput {
  return { position, scores, strengths: [], improvements: [], competencies: ["conflict", "teamwork"], ...extra };
}

describe("summariseSession", () => {
  it("averages each answer's dimension mean and rounds only at the end", () => {
    const summary = summariseSession(
      [
        answer(1, { structure: 81, relevance: 80, specificity: 80, impact: 80 }), // 80.25
        answer(2, { structure: 61, relevance: 60, specificity: 60, impact: 60 }), // 60.25
      ],
      3,
    );
    expect(summary.overallScore).toBe(70);
    expect(summary.dimensions).toEqual({ structure: 71, relevance: 70, specificity: 70, impact: 70 });
    expect(summary).toMatchObject({ answeredCount: 2, questionCount: 3 });
  });

  it("leaves answers with insufficient evidence out of every number, and counts them", () => {
    const zero = { structure: 0, relevance: 0, specificity: 0, impact: 0 };
    const summary = summariseSession(
      [
        answer(1, zero, { insufficientEvidence: true, improvements: [item("z")] }),
        answer(2, { structure: 80, relevance: 60, specificity: 70, impact: 50 }, { improvements: [item("y")] }),
      ],
      2,
    );
    expect(summary).toMatchObject({ overallScore: 65, answeredCount: 2, insufficientCount: 1 });
    expect(summary.dimensions).toEqual({ structure: 80, relevance: 60, specificity: 70, impact: 50 });
    expect(summary.improvements.map((i) => i.position)).toEqual([2]);
    expect(summary.nextPractice.questionPosition).toBe(2);
  });

  it("counts every answer as unscored when none had evidence", () => {
    const zero = { structure: 0, relevance: 0, specificity: 0, impact: 0 };
    const summary = summariseSession([answer(1, zero, { insufficientEvidence: true })], 3);
    expect(summary).toMatchObject({ answeredCount: 1, insufficientCount: 1 });
  });

  it("takes strengths round-robin from the best answer down and skips repeated kinds", () => {
    const summary = summariseSession(
      [
        answer(1, { structure: 20, relevance: 20, specificity: 20, impact: 20 }, { strengths: [item("a", "a1"), item("d")] }),
        answer(2, { structure: 90, relevance: 90, specificity: 90, impact: 90 }, { strengths: [item("a", "a2"), item("b"), item("c")] }),
      ],
      2,
    );
    expect(summary.strengths).toEqual([
      { key: "a", text: "a2", position: 2 },
      { key: "b", text: "b", position: 2 },
      { key: "d", text: "d", position: 1 },
    ]);
  });

  it("suggests the weakest dimension and the lowest answer's primary competency", () => {
    const summary = summariseSession(
      [
        answer(1, { structure: 90, relevance: 90, specificity: 90, impact: 90 }),
        answer(2, { structure: 50, relevance: 60, specificity: 70, impact: 10 }, { competencies: ["prioritisation"] }),
      ],
      2,
    );
    expect(summary.nextPractice).toMatchObject({ dimension: "impact", competency: "prioritisation", questionPosition: 2 });
    expect(summary.nextPractice.text).toContain("prioritisation");
  });

  it("breaks dimension ties in the order structure, relevance, specificity, impact", () => {
    const summary = summariseSession([answer(1, { structure: 40, relevance: 40, specificity: 40, impact: 40 })], 3);
    expect(summary.nextPractice.dimension).toBe("structure");
  });

  it("throws for a session without answers", () => {
    expect(() => summariseSession([], 3)).toThrow(RangeError);
  });
});
