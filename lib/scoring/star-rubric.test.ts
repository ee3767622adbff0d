import { describe, expect, it } from "vitest";
import {
  ALL_SITUATION_ANSWER,
  HEADLINE_ANSWER,
  I_VERSION_OF_WE_ANSWER,
  LABELLED_LIST_ANSWER,
  NO_RESULT_ANSWER,
  NON_NATIVE_ANSWER,
  PARTIAL_ANSWER,
  RESULT_NO_ACTION_ANSWER,
  STRONG_ANSWER,
  UNPUNCTUATED_ANSWER,
  WE_ANSWER,
  WEAK_ANSWER,
} from "./star-answers.fixture";
import { scoreStarAnswer } from "./star-rubric";
import { RUBRIC_VERSION, starScoreSchema } from "./star-schema";

const ALL_ANSWERS = {
  STRONG_ANSWER,
  PARTIAL_ANSWER,
  WEAK_ANSWER,
  WE_ANSWER,
  NO_RESULT_ANSWER,
  ALL_SITUATION_ANSWER,
  RESULT_NO_ACTION_ANSWER,
  NON_NATIVE_ANSWER,
  HEADLINE_ANSWER,
  LABELLED_LIST_ANSWER,
  UNPUNCTUATED_ANSWER,
};

describe("scoreStarAnswer on a strong answer", () => {
  const score = scoreStarAnswer(STRONG_ANSWER);

  it("scores it above 75", () => {
    expect(score.overall).toBeGreaterThan(75);
  });

  it("reads the sentences in situation, task, action, result order", () => {
    expect(score.sentenceLabels).toEqual([
      "situation",
      "task",
      "action",
      "action",
      "action",
      "action",
      "result",
      "result",
    ]);
  });

  it("labels the closing sentence as result and lists it under result", () => {
    expect(score.sentenceLabels.at(-1)).toBe("result");
    expect(score.parts.result.sentences).toEqual([6, 7]);
  });

  it("finds no missing part and a quantified result", () => {
    expect(score.missing).toEqual([]);
    expect(score.quantifiedResult).toBe(true);
  });

  it("scores every part at 80 or more", () => {
    for (const part of Object.values(score.parts)) expect(part.score).toBeGreaterThanOrEqual(80);
  });

  it("reports word count and speaking time at 140 words a minute", () => {
    expect(score.wordCount).toBe(157);
    expect(score.speakingTimeSeconds).toBe(Math.round((157 / 140) * 60));
  });

  it("stamps the rubric engine and version", () => {
    expect(score.engine).toBe("rubric");
    expect(score.rubricVersion).toBe(RUBRIC_VERSION);
  });
});

describe("scoreStarAnswer across answer quality", () => {
  const strong = scoreStarAnswer(STRONG_ANSWER);
  const partial = scoreStarAnswer(PARTIAL_ANSWER);
  const weak = scoreStarAnswer(WEAK_ANSWER);

  it("scores a weak, vague answer below 40", () => {
    expect(weak.overall).toBeLessThan(40);
  });

  it("ranks strong above partial above weak", () => {
    expect(strong.overall).toBeGreaterThan(partial.overall);
    expect(partial.overall).toBeGreaterThan(weak.overall);
    expect(partial.overall).toBeGreaterThanOrEqual(40);
  });

  it("reports the task as the only missing part of the partial answer", () => {
    expect(partial.missing).toEqual(["task"]);
    expect(partial.sentenceLabels).toEqual(["situation", "action", "action", "result"]);
  });

  it("flags the partial answer's result as concrete but unquantified", () => {
    expect(partial.quantifiedResult).toBe(false);
    expect(partial.suggestions.some((s) => s.startsWith('Put a number on "In the end we delivered the demo on time'))).toBe(true);
  });

  it("reads 'It went well' and 'Everyone was happy' as a vague result and caps it", () => {
    expect(weak.parts.result.sentences).toEqual([1, 2]);
    expect(weak.parts.result.score).toBeLessThanOrEqual(25);
    expect(weak.parts.result.feedback).toMatch(/vague/);
    expect(weak.suggestions).toContain(
      '"It went well in the end" is vague. Say what changed and by how much, e.g. "cut response time from 4 s to 1 s" or "saved the team 5 hours a week".',
    );
  });

  it("reports missing task and action in the weak answer", () => {
    expect(weak.missing).toEqual(["task", "action"]);
  });
});

describe("scoreStarAnswer on edge input", () => {
  it.each(["", "   \n\t  "])("scores empty input %j as zeros with starter suggestions", (input) => {
    const score = scoreStarAnswer(input);
    expect(score.overall).toBe(0);
    expect(score.sentences).toEqual([]);
    expect(score.sentenceLabels).toEqual([]);
    expect(score.wordCount).toBe(0);
    expect(score.speakingTimeSeconds).toBe(0);
    expect(score.missing).toEqual(["situation", "task", "action", "result"]);
    expect(Object.values(score.parts).every((p) => p.score === 0)).toBe(true);
    expect(score.suggestions).toHaveLength(3);
    expect(score.suggestions[0]).toMatch(/^Write your answer/);
  });

  // How long a maximal answer takes is measured by bench/star-rubric.ts, not asserted here.
  it("scores a 5,000-character answer and penalises its length", () => {
    const long = `${STRONG_ANSWER} `.repeat(6).slice(0, 5000);
    const score = scoreStarAnswer(long);
    expect(score.wordCount).toBeGreaterThan(800);
    expect(score.sentences.length).toBeGreaterThan(40);
    expect(score.overall).toBeLessThan(scoreStarAnswer(STRONG_ANSWER).overall);
    expect(score.suggestions.some((s) => s.includes("runs long"))).toBe(true);
  });

  it("returns the same output for the same input", () => {
    for (const answer of Object.values(ALL_ANSWERS)) {
      expect(scoreStarAnswer(answer, "Tell me about a conflict.")).toEqual(scoreStarAnswer(answer, "Tell me about a conflict."));
    }
  });
});

describe("scoreStarAnswer output", () => {
  it.each(Object.entries(ALL_ANSWERS))("matches the zod schema for %s", (_name, answer) => {
    expect(starScoreSchema.safeParse(scoreStarAnswer(answer)).success).toBe(true);
  });

  it.each(Object.entries(ALL_ANSWERS))("gives %s at least three distinct suggestions", (_name, answer) => {
    const { suggestions } = scoreStarAnswer(answer);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it.each(Object.entries(ALL_ANSWERS))("quotes %s in at least two suggestions", (_name, answer) => {
    const score = scoreStarAnswer(answer);
    const quoted = score.suggestions.filter((s) =>
      [...s.matchAll(/"([^"]+?)…?"/g)].some((m) => score.sentences.some((t) => t.includes((m[1] ?? "").replace(/…$/, "")))),
    );
    expect(quoted.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps sentence labels and part sentence lists consistent", () => {
    for (const answer of Object.values(ALL_ANSWERS)) {
      const score = scoreStarAnswer(answer);
      expect(score.sentenceLabels).toHaveLength(score.sentences.length);
      score.sentenceLabels.forEach((label, i) => {
        if (label) expect(score.parts[label].sentences).toContain(i);
      });
    }
  });
});
