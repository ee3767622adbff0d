/**
 * The feedback stream with the real `openai` SDK against the local OpenAI server, whose simulated model answers the
 * app's own feedback prompts: the AI path, the offline rubric path, every way the AI can fail part-way (the answer is
 * always stored), and what the captured AI requests may contain. Moderation is in practice-feedback-moderation.test.ts.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveProfile } from "@/db/queries/profiles";
import { createOpenAIClient, MODERATION_MODEL } from "@/lib/ai/openai-client";
import { parseInput } from "@/lib/api/validation";
import type { ContextOptions, UserContext } from "@/lib/context/request-context";
import { FEEDBACK_SCHEMA_NAME } from "@/lib/ai/feedback-prompt";
import { AI_FALLBACK_NOTICE, streamAnswerFeedback } from "@/lib/practice/feedback";
import { answerInputSchema, getSessionDetail, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { quotesAnswer } from "@/lib/practice/session/quotes";
import { createEventParser, type FeedbackStreamEvent, TERMINAL_EVENTS } from "@/lib/practice/stream/events";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import type { ScriptedReply } from "@/tests/helpers/openai-server";
import { feedbackSimHandlers, simulatedModelAnswer } from "@/tests/helpers/openai-server/simulate-feedback";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

/** Per-test overrides of the simulated model, by prompt (the two calls run at once, so a queue would race). */
const script: { scoring?: ScriptedReply; modelAnswer?: ScriptedReply } = {};
const handlers = feedbackSimHandlers.map((handler) => ({
  ...handler,
  reply: (body: Record<string, unknown>) =>
    (handler.name === "practice-feedback-scoring" ? script.scoring : script.modelAnswer) ?? handler.reply(body),
}));
const harness = useOpenAIServer({ simulate: handlers, redactAuthorization: true });

// A generous timeout: the local server shares this process's event loop, and the first answer's synchronous work
// (the rubric's cold start takes over a second) runs while its moderation call is in flight. With 2 s that call timed
// out, and the answer ended in the rubric's fallback instead of the path under test. No test here times the AI out.
const ai = () => createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });

const EMAIL = `zelda.quixote-${randomUUID()}@example.test`;
const NAME = "Zelda Quixote-Marchbanks";
const CV = "Product manager at Acme Payments since 2021; led the checkout rebuild.";

/** A new user with a profile, and their context: with the local server's AI unless `options` says otherwise. */
async function newUser(options: ContextOptions & { email?: string; displayName?: string } = {}) {
  const { email = `fb-${randomUUID()}@example.test`, displayName = "Sam Candidate", ...contextOptions } = options;
  const user = await createTestUser({ email, displayName });
  const ctx = contextFor(user, { ...contextOptions, services: { ai: ai(), ...contextOptions.services } });
  await saveProfile(ctx.db, user.id, { targetRole: "Product Manager", goals: "Handle conflict calmly", cvText: CV });
  return ctx;
}

/** A body as the route hands it on: parsed by the answer schema. */
const body = (answer: string) => parseInput(answerInputSchema, answerBody(answer));

/** Starts a session offline (no AI request is sent for it), so the server's log holds the answer's calls only. */
const startOffline = (ctx: UserContext) => startSession(contextFor(ctx.principal.user, { services: { ai: null } }), { type: "behavioural", count: 3 });

async function readEvents(response: Response): Promise<FeedbackStreamEvent[]> {
  const parser = createEventParser();
  const events: FeedbackStreamEvent[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    events.push(...parser.push(value));
  }
  return events;
}

async function run(answer: string, owner?: UserContext) {
  const ctx = owner ?? (await newUser());
  const session = await startOffline(ctx);
  const response = await streamAnswerFeedback(ctx, session.id, 1, body(answer));
  const events = await readEvents(response);
  const detail = await getSessionDetail(ctx, session.id);
  return { session, response, events, stored: detail.items[0]!.answer };
}

function terminal(events: FeedbackStreamEvent[]) {
  const ends = events.filter((e) => TERMINAL_EVENTS.has(e.event));
  expect(ends).toHaveLength(1);
  expect(events.at(-1)).toBe(ends[0]);
  return ends[0]!;
}

const deltas = (events: FeedbackStreamEvent[]) =>
  events.flatMap((e) => (e.event === "model-answer" ? [e.data.delta] : [])).join("");
const stages = (events: FeedbackStreamEvent[]) => events.flatMap((e) => (e.event === "stage" ? [e.data] : []));

const resetScript = () => {
  delete script.scoring;
  delete script.modelAnswer;
};

describe("feedback stream with AI", () => {
  it("streams stages, the model answer and one result, and stores the AI feedback", async () => {
    resetScript();
    // Chunks a few milliseconds apart reach the reader as separate events; a burst is sent as one.
    harness.server.setStreamDefaults({ chunkDelayMs: 3 });
    const { response, events, stored } = await run(STRONG_ANSWER);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");

    expect(stages(events).map((s) => s.stage)).toEqual(["received", "moderating", "scoring", "writing", "saving"]);
    const progress = stages(events).map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBe(progress.length);
    // The model answer streams before the scores are saved.
    const firstDelta = events.findIndex((e) => e.event === "model-answer");
    const saving = events.findIndex((e) => e.event === "stage" && e.data.stage === "saving");
    expect(firstDelta).toBeGreaterThan(-1);
    expect(firstDelta).toBeLessThan(saving);
    expect(events.filter((e) => e.event === "model-answer").length).toBeGreaterThan(3);

    const end = terminal(events);
    if (end.event !== "result") throw new Error(`ended with ${end.event}`);
    expect(end.data.engine).toBe("ai");
    expect(end.data.notice).toBeUndefined();
    const feedback = stored!.feedback!;
    expect(feedback.engine).toBe("ai");
    expect(feedback.modelAnswer.engine).toBe("ai");
    expect(feedback.modelAnswer.text).toBe(deltas(events).trim());
    expect(feedback.modelAnswer.text).toMatch(/\bI\b/);
    expect(feedback.modelAnswer.text).toContain("Product Manager");
    expect(Object.values(feedback.modelAnswer.parts).every((part) => part.length > 0)).toBe(true);
    expect(feedback.strengths.length).toBeGreaterThanOrEqual(2);
    expect(feedback.improvements.length).toBeGreaterThanOrEqual(2);
    for (const item of [...feedback.strengths, ...feedback.improvements]) expect(quotesAnswer(item.text, STRONG_ANSWER), item.text).toBe(true);
    // The rubric's deterministic fields stay for the views.
    expect(feedback.star.parts.result.score).toBeGreaterThan(0);
    expect(end.data.answer).toEqual({ ...stored, answeredAt: stored!.answeredAt.toISOString() });
  });

  it("sends moderation, a strict structured request and a stream, never with a user field or stored", async () => {
    resetScript();
    await run(STRONG_ANSWER);
    const { requests } = harness.server;
    const moderation = requests.filter((r) => r.path === "/v1/moderations");
    expect(moderation).toHaveLength(1);
    expect(moderation[0]!.body).toMatchObject({ model: MODERATION_MODEL, input: [STRONG_ANSWER] });
    const chats = requests.filter((r) => r.path === "/v1/chat/completions");
    expect(chats).toHaveLength(2);
    const structured = chats.find((r) => r.body?.response_format)!;
    const streamed = chats.find((r) => r.body?.stream === true)!;
    expect(structured.body).toMatchObject({ store: false, response_format: { type: "json_schema", json_schema: { name: FEEDBACK_SCHEMA_NAME, strict: true } } });
    expect(streamed.body).toMatchObject({ store: false, stream: true });
    for (const request of chats) expect(request.body).not.toHaveProperty("user");
    // Moderation ran before any chat request was sent.
    expect(requests.indexOf(moderation[0]!)).toBeLessThan(Math.min(...chats.map((c) => requests.indexOf(c))));
  });

  it("keeps the email, the display name and the user id out of every AI request, while the CV is sent", async () => {
    resetScript();
    const owner = await newUser({ email: EMAIL, displayName: NAME });
    const { id } = owner.principal.user;
    const { events } = await run(STRONG_ANSWER, owner);
    expect(terminal(events).event).toBe("result");
    const { requests } = harness.server;
    expect(requests.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) {
      for (const secret of [EMAIL, NAME, id, "Zelda", "Quixote"]) expect(request.rawBody).not.toContain(secret);
      expect(JSON.stringify(request.headers)).not.toContain(id);
    }
    expect(requests.some((r) => r.rawBody.includes("Acme Payments"))).toBe(true);
  });

  it("drops an AI strength that does not quote the answer and tops the list up from the rubric", async () => {
    resetScript();
    script.scoring = {
      kind: "json",
      json: {
        scores: { structure: 88, relevance: 77, specificity: 66, impact: 55 },
        strengths: ['You name the fix: "I wrote a fix with the payments team".', 'You say "we tripled revenue", which is impressive.'],
        improvements: ['Start with "My goal was to find the cause".', "Be more confident.", 'Explain "we recovered £40k a month".'],
      },
    };
    const { stored, events } = await run(STRONG_ANSWER);
    expect(terminal(events)).toMatchObject({ event: "result", data: { engine: "ai" } });
    const feedback = stored!.feedback!;
    expect(stored!.scores).toEqual({ structure: 88, relevance: 77, specificity: 66, impact: 55 });
    expect(feedback.strengths).toHaveLength(2);
    expect(feedback.strengths[0]!.text).toContain("I wrote a fix");
    expect(feedback.strengths.some((s) => s.text.includes("tripled"))).toBe(false);
    expect(feedback.strengths[1]!.key).not.toMatch(/^ai-/);
    expect(feedback.improvements.map((i) => i.text)).toEqual([
      'Start with "My goal was to find the cause".',
      'Explain "we recovered £40k a month".',
    ]);
  });
});

describe("feedback stream when the AI fails part-way", () => {
  it("ends a model answer that drops after two chunks with the rubric's feedback, a notice, and the answer stored", async () => {
    resetScript();
    const content = simulatedModelAnswer("Product Manager", "ownership");
    script.modelAnswer = { kind: "text", content, stream: { chunkSize: 8, interrupt: { afterChunks: 2 } } };
    const { events, stored } = await run(STRONG_ANSWER);
    // What the candidate saw before the break: the two chunks that arrived, in order (a burst may come as one event).
    expect(deltas(events)).toBe([...content].slice(0, 16).join(""));
    const end = terminal(events);
    expect(end).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    expect(AI_FALLBACK_NOTICE).toMatch(/stopped part-way/);
    expect(AI_FALLBACK_NOTICE).toMatch(/answer is saved/);
    expect(stored).toMatchObject({ answerText: STRONG_ANSWER, feedback: { engine: "rubric", modelAnswer: { engine: "templated" } } });
    expect(stages(events).at(-1)?.stage).toBe("saving");
  });

  it("falls back the same way when the scores are not valid JSON", async () => {
    resetScript();
    script.scoring = { kind: "text", content: "Here are your scores: great job!" };
    const { events, stored } = await run(WEAK_ANSWER);
    expect(terminal(events)).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    expect(stored).toMatchObject({ answerText: WEAK_ANSWER, feedback: { engine: "rubric" } });
  });

  it("falls back when the scores break the schema or the provider errors", async () => {
    resetScript();
    script.scoring = { kind: "json", json: { scores: { structure: 140, relevance: 1, specificity: 1, impact: 1 }, strengths: [], improvements: [] } };
    const first = await run(STRONG_ANSWER);
    expect(terminal(first.events)).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    resetScript();
    script.modelAnswer = { kind: "error", status: 503 };
    const second = await run(STRONG_ANSWER);
    expect(terminal(second.events)).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    expect(second.stored?.feedback?.engine).toBe("rubric");
  });

  it("falls back when the model answer has no STAR shape", async () => {
    resetScript();
    script.modelAnswer = { kind: "text", content: "Sorry, I cannot help with that." };
    const { events, stored } = await run(STRONG_ANSWER);
    expect(terminal(events)).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    expect(stored?.feedback?.engine).toBe("rubric");
  });

  it("falls back when the moderation endpoint fails, without calling the model", async () => {
    resetScript();
    harness.server.setNextError("moderations", 500);
    const { events, stored } = await run(STRONG_ANSWER);
    expect(terminal(events)).toMatchObject({ event: "result", data: { engine: "rubric", notice: AI_FALLBACK_NOTICE } });
    expect(stored?.feedback?.engine).toBe("rubric");
    expect(harness.server.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(0);
  });

  it("stops the AI calls when the client goes away and still stores the rubric's feedback", async () => {
    resetScript();
    script.modelAnswer = { kind: "text", content: simulatedModelAnswer("Product Manager", "ownership"), stream: { chunkDelayMs: 40 } };
    const controller = new AbortController();
    const owner = await newUser({ signal: controller.signal });
    const session = await startOffline(owner);
    const response = await streamAnswerFeedback(owner, session.id, 1, body(STRONG_ANSWER));
    const parser = createEventParser();
    const events: FeedbackStreamEvent[] = [];
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      events.push(...parser.push(value));
      if (events.some((e) => e.event === "model-answer")) controller.abort();
    }
    expect(terminal(events)).toMatchObject({ event: "result", data: { engine: "rubric" } });
    expect(events.filter((e) => e.event === "model-answer").length).toBeLessThan(10);
    const detail = await getSessionDetail(owner, session.id);
    expect(detail.items[0]!.answer?.feedback?.engine).toBe("rubric");
  });
});

describe("feedback stream offline", () => {
  it("streams the rubric's feedback with the templated model answer and no AI call", async () => {
    resetScript();
    const { events, stored } = await run(STRONG_ANSWER, await newUser({ services: { ai: null } }));
    expect(stages(events).map((s) => s.stage)).toEqual(["received", "scoring", "writing", "saving"]);
    const end = terminal(events);
    expect(end).toMatchObject({ event: "result", data: { engine: "rubric" } });
    if (end.event === "result") expect(end.data.notice).toBeUndefined();
    // Written in one go, so the deltas arrive as one burst and go out as one event.
    expect(events.filter((e) => e.event === "model-answer").length).toBeGreaterThanOrEqual(1);
    expect(deltas(events)).toBe(stored!.feedback!.modelAnswer.text);
    expect(stored!.feedback).toMatchObject({ engine: "rubric", modelAnswer: { engine: "templated" } });
    expect(harness.server.requests).toHaveLength(0);
  });
});
