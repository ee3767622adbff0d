import { describe, expect, it, vi } from "vitest";
import type { AiClient } from "@/lib/ai/openai-client";
import { createAiStarEngine } from "./ai-star-engine";
import { STAR_PARTS } from "./rubric-config";
import { PARTIAL_ANSWER, STRONG_ANSWER, WEAK_ANSWER } from "./star-answers.fixture";
import { scoreStarAnswer } from "./star-rubric";
import { starScoreSchema } from "./star-schema";
import {
  CONFLICT_QUESTION,
  GIBBERISH,
  IMPROVE_QUESTION,
  LONG_GENERIC_IMPROVEMENT,
  LONG_VAGUE_MISTAKE,
  MISTAKE_QUESTION,
  NOISE_TRANSCRIPT,
  RECIPE,
  SHORT_REAL_IMPROVEMENT,
  SHORT_STRONG_MISTAKE,
  WRAPPED_ANSWER,
} from "./substance-answers.fixture";
import { countWords } from "./text-stats";

describe("scoring substance over length", () => {
  it("scores a short complete answer above a long vague one to the same question", () => {
    expect(countWords(LONG_VAGUE_MISTAKE)).toBeGreaterThan(2 * countWords(SHORT_STRONG_MISTAKE));
    const strong = scoreStarAnswer(SHORT_STRONG_MISTAKE, MISTAKE_QUESTION);
    const vague = scoreStarAnswer(LONG_VAGUE_MISTAKE, MISTAKE_QUESTION);
    expect(strong.overall).toBeGreaterThan(vague.overall + 10);
  });

  it("scores a short real story above a long answer that talks about improvement in general", () => {
    const real = scoreStarAnswer(SHORT_REAL_IMPROVEMENT, IMPROVE_QUESTION);
    const generic = scoreStarAnswer(LONG_GENERIC_IMPROVEMENT, IMPROVE_QUESTION);
    expect(countWords(LONG_GENERIC_IMPROVEMENT)).toBeGreaterThan(4 * real.wordCount);
    expect(real.overall).toBeGreaterThan(generic.overall);
  });

  it("credits the owned actions told with irregular verbs", () => {
    const score = scoreStarAnswer(SHORT_STRONG_MISTAKE, MISTAKE_QUESTION);
    expect(score.parts.action.feedback).toContain("told");
  });

  it("caps an answer made of what the candidate would do, however many cue words it has", () => {
    const hypothetical =
      "If I had a disagreement with a teammate, I would talk to them calmly. I would try to find a compromise that works " +
      "for everyone by the deadline. I think listening is the key. I always stay professional and positive.";
    expect(scoreStarAnswer(hypothetical, CONFLICT_QUESTION).overall).toBeLessThanOrEqual(10);
  });
});

describe("insufficient evidence", () => {
  it.each([
    ["an empty answer", "", "empty"],
    ["whitespace", "  \n\t ", "empty"],
    ["I don't know", "I don't know.", "non_answer"],
    ["a request to skip", "Sorry, I can't think of an example right now. Can we skip this one?", "non_answer"],
    ["keyboard noise", GIBBERISH, "unintelligible"],
    ["a transcript of hesitations", NOISE_TRANSCRIPT, "unintelligible"],
  ])("declines %s whatever the question", (_name, answer, reason) => {
    const score = scoreStarAnswer(answer, CONFLICT_QUESTION);
    expect(score.insufficientEvidence?.reason).toBe(reason);
    expect(score.overall).toBe(0);
    expect(STAR_PARTS.every((part) => score.parts[part].score === 0)).toBe(true);
    expect(starScoreSchema.safeParse(score).success).toBe(true);
  });

  it("declines an answer about something else than the question", () => {
    const score = scoreStarAnswer(RECIPE, CONFLICT_QUESTION);
    expect(score.insufficientEvidence).toEqual({ reason: "off_topic", message: expect.stringContaining("question") });
    expect(score.overall).toBe(0);
    expect(score.sentenceLabels).toEqual(score.sentences.map(() => null));
    expect(score.suggestions[0]).toBe(score.insufficientEvidence?.message);
  });

  it("never calls an answer off-topic without a question to compare it with", () => {
    expect(scoreStarAnswer(RECIPE).insufficientEvidence).toBeNull();
  });

  it("still scores poor but real answers, and real stories that word the topic differently", () => {
    expect(scoreStarAnswer(WEAK_ANSWER, CONFLICT_QUESTION).insufficientEvidence).toBeNull();
    expect(scoreStarAnswer(PARTIAL_ANSWER, "Tell me about a time you showed leadership.").insufficientEvidence).toBeNull();
    expect(scoreStarAnswer("I don't know how we did it, but I rewrote the parser and cut build time by 40%.").insufficientEvidence).toBeNull();
  });

  it("does not ask the model to score an answer the rubric declines", async () => {
    const completeStructured = vi.fn();
    const client = { model: "test-model", completeStructured } as unknown as AiClient;
    const outcome = await createAiStarEngine(client).scoreWithFallback({ answer: RECIPE, question: CONFLICT_QUESTION });
    expect(outcome.fallbackReason).toBe("insufficient_evidence");
    expect(outcome.score.insufficientEvidence?.reason).toBe("off_topic");
    expect(completeStructured).not.toHaveBeenCalled();
  });
});

describe("quotes behind each part score", () => {
  it.each([
    ["a strong answer", STRONG_ANSWER],
    ["a hard-wrapped answer", WRAPPED_ANSWER],
    ["a long vague answer", LONG_VAGUE_MISTAKE],
  ])("quotes only text that is in %s", (_name, answer) => {
    const score = scoreStarAnswer(answer);
    const quotes = STAR_PARTS.flatMap((part) => score.parts[part].quotes ?? []);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(answer).toContain(quote);
  });

  it("quotes the owned actions and the measured result as evidence", () => {
    const score = scoreStarAnswer(WRAPPED_ANSWER);
    expect(score.parts.action.quotes?.some((q) => q.startsWith("I sorted the\ntickets"))).toBe(true);
    expect(score.parts.result.quotes?.some((q) => q.includes("fell from 900 tickets"))).toBe(true);
  });

  it("quotes nothing for a missing part", () => {
    const score = scoreStarAnswer(WEAK_ANSWER);
    for (const part of score.missing) expect(score.parts[part].quotes).toEqual([]);
  });

  it("still accepts a stored score without quotes or an evidence verdict", () => {
    const { insufficientEvidence: _dropped, ...stored } = scoreStarAnswer(STRONG_ANSWER);
    const parts = Object.fromEntries(STAR_PARTS.map((p) => [p, { ...stored.parts[p], quotes: undefined }]));
    expect(starScoreSchema.safeParse({ ...stored, parts }).success).toBe(true);
  });
});
