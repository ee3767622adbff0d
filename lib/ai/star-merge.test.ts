import { describe, expect, it } from "vitest";
import { PARTIAL_ANSWER } from "@/lib/scoring/star-answers.fixture";
import { lengthPenalty, scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { PART_WEIGHTS, starScoreSchema } from "@/lib/scoring/star-schema";
import { AiUnavailableError } from "./ai-errors";
import { mergeStarJudgement } from "./star-merge";
import type { StarModelOutput } from "./star-prompt";

// PARTIAL_ANSWER: 0 situation, 1–2 action, 3 result; no task.
const rubric = scoreStarAnswer(PARTIAL_ANSWER);
const judgement = (): StarModelOutput => ({
  sentenceLabels: ["situation", "action", "action", "result"],
  parts: {
    situation: { score: 70, feedback: " Add the stakes. ", sentences: [0] },
    task: { score: 0, feedback: "No task.", sentences: [] },
    action: { score: 80, feedback: "Owned actions.", sentences: [1, 2] },
    result: { score: 60, feedback: "Add a number.", sentences: [3] },
  },
  quantifiedResult: false,
  suggestions: ['Add a task after "At my previous job".', "Quantify the result.", "Name the tools."],
});

const expectInvalid = (fn: () => unknown) => {
  expect(fn).toThrow(AiUnavailableError);
  expect(fn).toThrow(expect.objectContaining({ reason: "invalid_output" }));
};

describe("mergeStarJudgement", () => {
  it("takes judgement from the model and counts from the rubric", () => {
    const merged = mergeStarJudgement(rubric, judgement());
    expect(starScoreSchema.parse(merged)).toEqual(merged);
    expect(merged.engine).toBe("ai");
    expect(merged.parts.situation).toEqual({ score: 70, feedback: "Add the stakes.", sentences: [0] });
    expect(merged.missing).toEqual(["task"]);
    expect(merged.sentenceLabels).toEqual(judgement().sentenceLabels);
    expect(merged).toMatchObject({
      sentences: rubric.sentences,
      wordCount: rubric.wordCount,
      ownership: rubric.ownership,
      speakingTimeSeconds: rubric.speakingTimeSeconds,
      rubricVersion: rubric.rubricVersion,
    });
  });

  it("derives the overall from the published weights and length penalty", () => {
    const merged = mergeStarJudgement(rubric, judgement());
    const w = PART_WEIGHTS;
    const weighted = w.situation * 70 + w.task * 0 + w.action * 80 + w.result * 60;
    expect(merged.overall).toBe(Math.round(weighted - lengthPenalty(rubric.wordCount)));
  });

  it("counts a labelled sentence towards its part even when the model did not list it", () => {
    const j = judgement();
    j.parts.action.sentences = [1];
    expect(mergeStarJudgement(rubric, j).parts.action.sentences).toEqual([1, 2]);
  });

  it("scores a part with no sentences zero, whatever the model said", () => {
    const j = judgement();
    j.parts.task.score = 65;
    expect(mergeStarJudgement(rubric, j).parts.task.score).toBe(0);
  });

  it("rejects labels for a different number of sentences", () => {
    const j = judgement();
    j.sentenceLabels.push(null);
    expectInvalid(() => mergeStarJudgement(rubric, j));
  });

  it("rejects a reply whose suggestions collapse below three once duplicates go", () => {
    const j = judgement();
    j.suggestions = ["Quantify the result.", "Quantify the result. ", "Name the tools."];
    expectInvalid(() => mergeStarJudgement(rubric, j));
  });
});
