// The hard cases from the product issue: "we" throughout, no result, all situation, result without actions,
// non-native English, plus structure and question checks.
import { describe, expect, it } from "vitest";
import {
  ALL_SITUATION_ANSWER,
  HEADLINE_ANSWER,
  I_VERSION_OF_WE_ANSWER,
  LABELLED_LIST_ANSWER,
  NO_RESULT_ANSWER,
  NON_NATIVE_ANSWER,
  RESULT_NO_ACTION_ANSWER,
  STRONG_ANSWER,
  UNPUNCTUATED_ANSWER,
  WE_ANSWER,
} from "./star-answers.fixture";
import { scoreStarAnswer } from "./star-rubric";

describe("scoreStarAnswer on ownership", () => {
  const we = scoreStarAnswer(WE_ANSWER);
  const i = scoreStarAnswer(I_VERSION_OF_WE_ANSWER);

  it("counts I and we pronoun uses", () => {
    expect(we.ownership).toEqual({ i: 0, we: 8 });
    expect(i.ownership.i).toBeGreaterThan(i.ownership.we);
  });

  it("reads the we sentences as actions", () => {
    expect(we.sentenceLabels[2]).toBe("action");
    expect(we.sentenceLabels[3]).toBe("action");
  });

  it("gives an all-we answer a lower action score than the same story told with I", () => {
    expect(we.parts.action.score).toBeLessThanOrEqual(45);
    expect(i.parts.action.score - we.parts.action.score).toBeGreaterThanOrEqual(20);
    expect(we.overall).toBeLessThan(i.overall);
  });

  it("suggests saying what you did, quoting the candidate's we clause", () => {
    expect(we.suggestions[0]).toBe(
      'You wrote "We split the work between us" — say what you personally did, e.g. "I split the work between us by …", and mention others only where it matters.',
    );
    expect(i.suggestions.some((s) => s.includes("say what you personally did"))).toBe(false);
  });
});

describe("scoreStarAnswer on missing parts", () => {
  it("reports a missing result when the answer stops at the actions, quoting where it stops", () => {
    const score = scoreStarAnswer(NO_RESULT_ANSWER);
    expect(score.missing).toEqual(["result"]);
    expect(score.parts.result).toMatchObject({ score: 0, sentences: [] });
    expect(score.sentenceLabels).toEqual(["situation", "task", "action", "action"]);
    expect(score.quantifiedResult).toBe(false);
    expect(score.suggestions[0]).toMatch(/^Your answer stops at "I rewrote the service to stream events/);
  });

  it("reads an all-situation answer as situation only and penalises the rambling", () => {
    const score = scoreStarAnswer(ALL_SITUATION_ANSWER);
    expect(score.sentenceLabels.every((l) => l === "situation")).toBe(true);
    expect(score.missing).toEqual(["task", "action", "result"]);
    expect(score.parts.situation.score).toBeLessThan(30);
    expect(score.overall).toBeLessThan(20);
    expect(score.suggestions.some((s) => s.startsWith("Your situation takes 5 sentences (100% of the answer)"))).toBe(true);
  });

  it("reports missing actions even when the result is strong, quoting the result", () => {
    const score = scoreStarAnswer(RESULT_NO_ACTION_ANSWER);
    expect(score.missing).toContain("action");
    expect(score.parts.action.score).toBe(0);
    expect(score.parts.result.score).toBeGreaterThanOrEqual(80);
    expect(score.quantifiedResult).toBe(true);
    expect(score.overall).toBeLessThan(50);
    expect(score.suggestions[0]).toMatch(/^You wrote "In the end, conversions rose by 25%.*" but not how you got there/);
  });
});

describe("scoreStarAnswer on non-native English", () => {
  const score = scoreStarAnswer(NON_NATIVE_ANSWER);

  it("reads the three sentences as task, action and result", () => {
    expect(score.sentenceLabels).toEqual(["task", "action", "result"]);
  });

  it("credits the opening sentence as the situation too", () => {
    expect(score.parts.situation.sentences).toEqual([0]);
    expect(score.missing).toEqual([]);
  });

  it("detects the quantified result in '40% more fast'", () => {
    expect(score.quantifiedResult).toBe(true);
    expect(score.parts.result.score).toBeGreaterThanOrEqual(60);
  });

  it("suggests phrasing fixes quoting the candidate's words", () => {
    expect(score.suggestions).toContain(
      'Small phrasing fixes: "more fast" → "faster", "responsible to migrate" → "responsible for migrating".',
    );
  });
});

describe("scoreStarAnswer on structure", () => {
  it("reads an opening headline as result and the next sentence as situation", () => {
    const score = scoreStarAnswer(HEADLINE_ANSWER);
    expect(score.sentenceLabels).toEqual(["result", "situation", "task", "action"]);
    expect(score.suggestions[0]).toMatch(/comes only before your actions; close with it too/);
  });

  it("follows explicit part labels in a bulleted answer", () => {
    const score = scoreStarAnswer(LABELLED_LIST_ANSWER);
    expect(score.sentences).toHaveLength(5);
    expect(score.sentenceLabels).toEqual(["situation", "task", "action", "action", "result"]);
    expect(score.quantifiedResult).toBe(true);
  });

  it("scores an unpunctuated answer from its clauses", () => {
    const score = scoreStarAnswer(UNPUNCTUATED_ANSWER);
    expect(score.sentenceLabels).toEqual(["situation", "action", "action", "result"]);
    expect(score.parts.task.sentences).toEqual([0]);
    expect(score.missing).toEqual([]);
  });

  it("reads filler such as 'Great question.' as no part", () => {
    const score = scoreStarAnswer(`Great question. ${STRONG_ANSWER} Thanks.`);
    expect(score.sentenceLabels[0]).toBeNull();
    expect(score.sentenceLabels.at(-1)).toBeNull();
    expect(score.sentenceLabels[1]).toBe("situation");
    expect(score.parts.situation.sentences).toEqual([1]);
  });
});

describe("scoreStarAnswer with a question", () => {
  it("flags a conflict question answered without any conflict", () => {
    const score = scoreStarAnswer(STRONG_ANSWER, "Tell me about a conflict with a colleague.");
    expect(score.suggestions.some((s) => s.startsWith('The question is about "conflict"'))).toBe(true);
  });

  it("does not flag an answer that speaks to the question's theme", () => {
    const score = scoreStarAnswer(STRONG_ANSWER, "Tell me about a time you worked to a tight deadline.");
    expect(score.suggestions.some((s) => s.startsWith("The question is about"))).toBe(false);
  });
});
