/**
 * Typed and spoken answers get identical feedback: the mode and its timing change the delivery metrics only, never
 * the scores, the feedback or what the AI is asked.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveProfile } from "@/db/queries/profiles";
import { type AiClient, createOpenAIClient } from "@/lib/ai/openai-client";
import { parseInput } from "@/lib/api/validation";
import { answerInputSchema, answerQuestion, offlineQuestionSource, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: feedbackSimHandlers, redactAuthorization: true });

/** The same words, as dictated: two segments with the pauses a speaker leaves. */
const spoken = () => {
  const cut = STRONG_ANSWER.indexOf(" My goal");
  const body = answerBody(STRONG_ANSWER, {
    mode: "voice",
    durationMs: 52_000,
    segments: [
      { text: STRONG_ANSWER.slice(0, cut), startMs: 400, endMs: 14_000 },
      { text: STRONG_ANSWER.slice(cut + 1), startMs: 15_500, endMs: 50_000 },
    ],
  });
  return parseInput(answerInputSchema, body);
};

async function answerBothWays(ai: AiClient | null) {
  const user = await createTestUser({ email: `modes-${randomUUID()}@example.test` });
  const ctx = contextFor(user, { services: { ai, questionSource: offlineQuestionSource } });
  await saveProfile(ctx.db, user.id, { targetRole: "Product manager" });
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  const typed = await answerQuestion(ctx, session.id, 1, parseInput(answerInputSchema, answerBody(STRONG_ANSWER)));
  const voice = await answerQuestion(ctx, session.id, 1, spoken());
  return { typed, voice };
}

describe("typed and spoken answers", () => {
  it("get identical rubric scores and feedback; only the delivery metrics differ", async () => {
    const { typed, voice } = await answerBothWays(null);
    expect(typed.mode).toBe("typed");
    expect(voice.mode).toBe("voice");
    expect(voice.scores).toEqual(typed.scores);
    expect(voice.feedback).toEqual(typed.feedback);
    expect(typed.deliveryMetrics?.wordsPerMinute ?? null).toBeNull();
    expect(voice.deliveryMetrics?.wordsPerMinute).toBeGreaterThan(0);
  });

  it("send the AI byte-identical prompts, so its feedback cannot depend on the mode", async () => {
    const ai = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 2_000 });
    const { typed, voice } = await answerBothWays(ai);
    expect(typed.feedback?.engine).toBe("ai");
    expect(voice.scores).toEqual(typed.scores);
    const chats = harness.server.requests.filter((r) => r.path === "/v1/chat/completions").map((r) => r.rawBody);
    // Two calls per answer (scores, model answer), issued together: compare as sets, per answer.
    expect(chats).toHaveLength(4);
    expect([...chats.slice(2)].sort()).toEqual([...chats.slice(0, 2)].sort());
  });
});
