/**
 * Scoring a candidate's answer with the AI through the real OpenAI SDK and the local OpenAI-compatible server: one
 * structured scoring call and nothing else (no model answer, no stream), never the candidate's name or email; the
 * model's quotes are kept only when they are the answer's own words; the model may decline an answer (insufficient
 * evidence, no score); a failed call falls back to the rubric; a flagged answer is never scored.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers } from "@/db/schema";
import { MODEL_ANSWER_SYSTEM_PROMPT } from "@/lib/ai/feedback-prompt";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { SCORE_PROMPT_VERSION, SCORE_SCHEMA_NAME } from "@/lib/ai/score-prompt";
import { answerCandidateQuestion, startAttempt } from "@/lib/assessments/candidate";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { candidateContextFor, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { DEFAULT_MODERATION_MARKER } from "@/tests/helpers/openai-server";
import { scoreSimHandler } from "@/tests/helpers/openai-server/simulate-scores";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: [scoreSimHandler], redactAuthorization: true });
const typed = (answerText: string) => ({ answerText, mode: "typed" as const, durationMs: 45_000, retakesUsed: 0 });

async function answerWithAi(answerText: string, seed: { candidateName?: string; candidateEmail?: string } = {}) {
  const link = await seedCandidateLink({ ...seed, questions: [{ text: "Tell me about a time you fixed a failing product launch under pressure.", competencies: ["delivery_under_pressure"] }] });
  const ai = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
  const ctx = candidateContextFor(link, { services: { ai } });
  const { deviceSecret } = await startAttempt(ctx, { consentVersion: CANDIDATE_CONSENT_VERSION }, null);
  await answerCandidateQuestion(ctx, deviceSecret, "1", typed(answerText));
  const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
  return { link, row: row! };
}

const chatRequests = () => harness.server.requests.filter((r) => r.path === "/v1/chat/completions");
const dimension = (score: number, quotes: string[]) => ({ score, quotes });

describe("scoring a candidate's answer with the AI", () => {
  it("makes one structured scoring call, with no model answer, no stream and no name or email", async () => {
    const name = "Philippa Ravenscroft";
    const email = "philippa.ravenscroft@example.test";
    const { link, row } = await answerWithAi(STRONG_ANSWER, { candidateName: name, candidateEmail: email });

    const chats = chatRequests();
    expect(chats).toHaveLength(1);
    const body = chats[0]!.body as { stream?: unknown; messages: { role: string; content: string }[]; response_format: { json_schema: { name: string } } };
    expect(body.stream).not.toBe(true);
    expect(body.response_format.json_schema.name).toBe(SCORE_SCHEMA_NAME);
    expect(body.messages.map((m) => m.content)).not.toContain(MODEL_ANSWER_SYSTEM_PROMPT);
    expect(JSON.stringify(body)).not.toMatch(/model answer|"Situation:"/i);
    const sent = JSON.stringify(harness.server.requests.map((r) => r.body));
    for (const secret of [name, "Philippa", "Ravenscroft", email, link.invite.id, link.token]) expect(sent).not.toContain(secret);

    expect(row).toMatchObject({ engine: "ai", model: "test-model", overallScore: expect.any(Number) });
    expect(row.evaluation).toMatchObject({ prompt: SCORE_PROMPT_VERSION, dimensions: { impact: { score: expect.any(Number) } } });
    expect(row.evaluation).not.toHaveProperty("fallbackReason");
  });

  it("keeps only the quotes that are the answer's own words, and the rubric's where none are left", async () => {
    harness.server.setNextResponse({
      kind: "json",
      json: {
        verdict: "scored",
        dimensions: {
          structure: dimension(70, ["I analysed the payment logs"]),
          relevance: dimension(80, ["I single-handedly saved the company"]),
          specificity: dimension(60, []),
          impact: dimension(50, []),
        },
      },
    });
    const { row } = await answerWithAi(STRONG_ANSWER);
    const dimensions = (row.evaluation as { dimensions: Record<string, { score: number; quotes: string[] }> }).dimensions;
    expect(dimensions.structure).toEqual({ score: 70, quotes: ["I analysed the payment logs"] });
    expect(dimensions.relevance!.quotes).not.toContain("I single-handedly saved the company");
    for (const quote of dimensions.relevance!.quotes) expect(STRONG_ANSWER).toContain(quote);
    expect(row.overallScore).toBe(65);
  });

  it("stores a declined answer as insufficient evidence with no score", async () => {
    harness.server.setNextResponse({
      kind: "json",
      json: { verdict: "insufficient_evidence", dimensions: { structure: dimension(0, []), relevance: dimension(0, []), specificity: dimension(0, []), impact: dimension(0, []) } },
    });
    const { row } = await answerWithAi(STRONG_ANSWER);
    expect(row).toMatchObject({ engine: "ai", model: "test-model", overallScore: null, evaluation: { insufficientEvidence: { reason: "ai_declined" } } });
    expect(row.evaluation).not.toHaveProperty("dimensions");
  });

  it("falls back to the rubric when the call fails, and never scores a flagged answer", async () => {
    harness.server.setNextResponse({ kind: "error", status: 503 });
    const failed = await answerWithAi(STRONG_ANSWER);
    expect(failed.row).toMatchObject({ engine: "rubric", model: null, overallScore: expect.any(Number), evaluation: { fallbackReason: expect.any(String) } });

    harness.server.reset();
    const flagged = await answerWithAi(`${STRONG_ANSWER} ${DEFAULT_MODERATION_MARKER}`);
    expect(chatRequests()).toEqual([]);
    expect(flagged.row).toMatchObject({ overallScore: null, evaluation: { insufficientEvidence: { reason: "flagged" } } });
  });
});
