/**
 * The AI STAR engine with the real `openai` SDK over real HTTP, against the local OpenAI-compatible server: every way
 * the model can fail must end in the rubric's score, quickly, and the request must carry only the answer and question.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AiUnavailableError, createOpenAIClient } from "@/lib/ai/openai-client";
import { buildStarUserMessage, STAR_SCHEMA_NAME, STAR_SYSTEM_PROMPT } from "@/lib/ai/star-prompt";
import { createAiStarEngine } from "@/lib/scoring/ai-star-engine";
import { STRONG_ANSWER } from "@/lib/scoring/star-answers.fixture";
import { rubricStarEngine, scoreWithFallback } from "@/lib/scoring/star-engine";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { PART_WEIGHTS, starScoreSchema } from "@/lib/scoring/star-schema";
import { type OpenAIServer, startOpenAIServer } from "@/tests/helpers/openai-server";

const QUESTION = "Tell me about a time you improved the reliability of a system.";
const API_KEY = "sk-test-local-only";
/** The deadline of the stall test: short, because that test waits it out. */
const TIMEOUT_MS = 400;
/**
 * Every other test's deadline: far longer than a local round trip on a loaded machine, so a test about an error or a
 * reply never turns into a timeout because the machine was busy. Still under the test timeout, so a hang fails loudly.
 */
const CALL_TIMEOUT_MS = 10_000;

const rubric = scoreStarAnswer(STRONG_ANSWER, QUESTION);

/** A well-formed judgement of STRONG_ANSWER's eight sentences. */
function judgement() {
  const part = (score: number, sentences: number[]) => ({ score, feedback: `Scored ${score}.`, sentences });
  return {
    sentenceLabels: ["situation", "task", "action", "action", "action", "action", "result", "result"],
    parts: { situation: part(80, [0]), task: part(70, [1]), action: part(60, [2, 3, 4, 5]), result: part(90, [6, 7]) },
    quantifiedResult: true,
    suggestions: [
      'Cut "Last year I was a backend engineer at Finlo" to the essentials.',
      'Say why you chose "a Redis cache for the product catalogue".',
      'Open with "checkout errors dropped from 8% to 0.4%" as a headline.',
    ],
  };
}

let server: OpenAIServer;
const engine = (timeoutMs = CALL_TIMEOUT_MS) =>
  createAiStarEngine(createOpenAIClient({ apiKey: API_KEY, baseURL: server.baseURL, model: "test-model", timeoutMs }));
const score = (timeoutMs?: number) => engine(timeoutMs).scoreWithFallback({ answer: STRONG_ANSWER, question: QUESTION });

beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

describe("AI STAR engine: valid model output", () => {
  it("returns the AI score merged with the rubric's deterministic fields", async () => {
    server.setNextResponse({ kind: "json", json: judgement() });
    const { score: result, fallbackReason } = await score();

    expect(fallbackReason).toBeUndefined();
    expect(starScoreSchema.safeParse(result).success).toBe(true);
    expect(result.engine).toBe("ai");
    expect(result.parts.action).toEqual({ score: 60, feedback: "Scored 60.", sentences: [2, 3, 4, 5] });
    expect(result.suggestions).toEqual(judgement().suggestions);
    // The overall follows the published formula, not the model.
    const w = PART_WEIGHTS;
    expect(result.overall).toBe(Math.round(w.situation * 80 + w.task * 70 + w.action * 60 + w.result * 90));
    for (const key of ["sentences", "wordCount", "speakingTimeSeconds", "ownership", "rubricVersion"] as const) {
      expect(result[key]).toEqual(rubric[key]);
    }
  });

  it("scores a missing part zero and lists it as missing", async () => {
    const j = judgement();
    j.sentenceLabels[1] = "situation";
    j.parts.task = { score: 55, feedback: "No task.", sentences: [] };
    server.setNextResponse({ kind: "json", json: j });
    const { score: result } = await score();
    expect(result.engine).toBe("ai");
    expect(result.parts.task.score).toBe(0);
    expect(result.missing).toEqual(["task"]);
    expect(result.parts.situation.sentences).toEqual([0, 1]);
  });
});

describe("AI STAR engine: fallback to the rubric", () => {
  const expectRubric = (outcome: Awaited<ReturnType<typeof score>>, reason: string) => {
    expect(outcome.fallbackReason).toBe(reason);
    expect(outcome.score.engine).toBe("rubric");
    expect(outcome.score).toEqual(rubric);
  };

  it("falls back to the rubric engine when the reply is not JSON", async () => {
    server.setNextResponse({ kind: "text", content: '{"sentenceLabels": ["situation", ' });
    expectRubric(await score(), "invalid_output");
  });

  it("falls back to the rubric engine when a part score is out of range", async () => {
    const j = judgement();
    j.parts.result.score = 150;
    server.setNextResponse({ kind: "json", json: j });
    expectRubric(await score(), "invalid_output");
  });

  it("falls back to the rubric engine when the labels do not match the sentences", async () => {
    const j = judgement();
    j.sentenceLabels.pop();
    server.setNextResponse({ kind: "json", json: j });
    expectRubric(await score(), "invalid_output");
  });

  it("falls back to the rubric engine when the reply is cut off at the token limit", async () => {
    server.setNextResponse({ kind: "text", content: JSON.stringify(judgement()), finishReason: "length" });
    expectRubric(await score(), "invalid_output");
  });

  it("falls back to the rubric engine on the timeout when the model stalls", async () => {
    // The stalled reply is a valid judgement: had the call waited it out, the AI score would have come back.
    server.setNextResponse({ kind: "delay", ms: 5_000, then: { kind: "json", json: judgement() } });
    expectRubric(await score(TIMEOUT_MS), "timeout");
    // The request reached the model and was not retried. How long the deadline takes is the SDK's job, not timed here.
    await vi.waitUntil(() => server.requests.length > 0, { timeout: 10_000 });
    expect(server.requests).toHaveLength(1);
  });

  it.each([503, 500, 429, 401])("falls back to the rubric engine on HTTP %i without retrying", async (status) => {
    server.setNextResponse({ kind: "error", status });
    expectRubric(await score(), "provider_error");
    expect(server.requests).toHaveLength(1);
  });

  it("falls back to the rubric engine when the model refuses", async () => {
    server.setNextResponse({ kind: "refusal", refusal: "I can't help with that." });
    expectRubric(await score(), "refused");
  });

  it("falls back to the rubric engine when the provider is unreachable", async () => {
    const offline = await startOpenAIServer();
    await offline.close();
    const client = createOpenAIClient({ apiKey: API_KEY, baseURL: offline.baseURL, model: "test-model", timeoutMs: CALL_TIMEOUT_MS });
    const outcome = await createAiStarEngine(client).scoreWithFallback({ answer: STRONG_ANSWER, question: QUESTION });
    expectRubric(outcome, "provider_error");
  });

  it("answers an empty answer with the rubric without calling the model", async () => {
    const outcome = await engine().scoreWithFallback({ answer: "   ", question: QUESTION });
    expect(outcome.fallbackReason).toBe("empty_answer");
    expect(outcome.score.overall).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    server.setNextResponse({ kind: "delay", ms: 5_000 });
    const controller = new AbortController();
    const scoring = engine().score({ answer: STRONG_ANSWER, question: QUESTION, signal: controller.signal });
    // Abort while the request is in flight: the server has it and is stalling.
    await vi.waitUntil(() => server.requests.length === 1, { timeout: 10_000 });
    controller.abort(new Error("client went away"));
    await expect(scoring).rejects.toThrow("client went away");
  });

  it("keeps `score` resolving with a StarScore whichever engine answered", async () => {
    server.setNextResponse({ kind: "error", status: 503 });
    const result = await engine().score({ answer: STRONG_ANSWER, question: QUESTION });
    expect(starScoreSchema.safeParse(result).success).toBe(true);
    expect(result.engine).toBe("rubric");
  });
});

describe("what the model receives", () => {
  it("sends only the system prompt and a user message built from the answer and the question", async () => {
    server.setNextResponse({ kind: "json", json: judgement() });
    await score();

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const body = request?.body ?? {};
    expect(Object.keys(body).sort()).toEqual(["max_completion_tokens", "messages", "model", "response_format", "store"]);
    expect(body).not.toHaveProperty("user");
    expect(body.store).toBe(false);
    expect(body.messages).toEqual([
      { role: "system", content: STAR_SYSTEM_PROMPT },
      { role: "user", content: buildStarUserMessage(rubric.sentences, QUESTION) },
    ]);
    const userMessage = (body.messages as { content: string }[])[1]?.content ?? "";
    expect(userMessage).toContain(QUESTION);
    rubric.sentences.forEach((s, i) => expect(userMessage).toContain(`[${i}] ${s}`));
  });

  it("asks for a strict JSON schema response format", async () => {
    server.setNextResponse({ kind: "json", json: judgement() });
    await score();
    const format = server.requests[0]?.body?.response_format as { type: string; json_schema: Record<string, unknown> };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema).toMatchObject({ name: STAR_SCHEMA_NAME, strict: true });
    const schema = format.json_schema.schema as Record<string, unknown>;
    expect(schema).toMatchObject({ type: "object", additionalProperties: false });
    expect(schema.required).toEqual(["sentenceLabels", "parts", "quantifiedResult", "suggestions"]);
    expect(schema).not.toHaveProperty("$schema");
  });
});

describe("completeStructured", () => {
  it("throws AiUnavailableError with the provider's status", async () => {
    server.setNextResponse({ kind: "error", status: 503 });
    const client = createOpenAIClient({ apiKey: API_KEY, baseURL: server.baseURL, model: "test-model", timeoutMs: CALL_TIMEOUT_MS });
    const { z } = await import("zod");
    const call = client.completeStructured({ system: "s", user: "u", schema: z.object({ ok: z.boolean() }), schemaName: "t" });
    await expect(call).rejects.toBeInstanceOf(AiUnavailableError);
    await expect(call).rejects.toMatchObject({ reason: "provider_error", status: 503 });
  });
});

describe("engine selection", () => {
  const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL };
  afterAll(() => {
    for (const [name, value] of [["OPENAI_API_KEY", saved.key], ["OPENAI_BASE_URL", saved.url]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    vi.resetModules();
  });

  it("reports no fallback reason for the rubric engine", async () => {
    const outcome = await scoreWithFallback({ answer: STRONG_ANSWER, question: QUESTION }, rubricStarEngine);
    expect(outcome).toEqual({ score: rubric });
  });

  it("chooses the AI engine from the environment when OPENAI_API_KEY is set", async () => {
    process.env.OPENAI_API_KEY = API_KEY;
    process.env.OPENAI_BASE_URL = server.baseURL;
    vi.resetModules();
    // lib/env reads process.env once, at import: a fresh module graph sees the variables set above.
    const fresh = await import("@/lib/scoring/star-engine");
    server.setNextResponse({ kind: "json", json: judgement() });
    expect(fresh.getStarEngine().name).toBe("ai");
    const outcome = await fresh.scoreWithFallback({ answer: STRONG_ANSWER, question: QUESTION });
    expect(outcome.score.engine).toBe("ai");
    const { env } = await import("@/lib/env");
    expect(server.requests[0]?.body?.model).toBe(env.OPENAI_MODEL);
  });

  it("chooses the rubric engine when OPENAI_API_KEY is unset", async () => {
    delete process.env.OPENAI_API_KEY;
    vi.resetModules();
    const fresh = await import("@/lib/scoring/star-engine");
    expect(fresh.getStarEngine()).toBe(fresh.rubricStarEngine);
  });
});
