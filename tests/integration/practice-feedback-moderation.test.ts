/**
 * Moderation around the feedback, with the real `openai` SDK against the local OpenAI server (its moderation flags
 * any text holding FLAG_ME): a flagged answer ends the stream with a flagged event, is refused in JSON mode, and is
 * never stored; a flagged job description stops a session from starting. Nothing flagged reaches the chat model.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveProfile } from "@/db/queries/profiles";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { parseInput } from "@/lib/api/validation";
import type { ContextOptions, UserContext } from "@/lib/context/request-context";
import { FLAGGED_ANSWER_MESSAGE, streamAnswerFeedback } from "@/lib/practice/feedback";
import { answerInputSchema, answerQuestion, getSessionDetail, offlineQuestionSource, startSession } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { createEventParser, type FeedbackStreamEvent, TERMINAL_EVENTS } from "@/lib/practice/stream/events";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: feedbackSimHandlers, redactAuthorization: true });

// A generous timeout: the local server shares this process's event loop, and the first answer's synchronous work
// (the rubric's cold start takes over a second) runs while its moderation call is in flight. With 2 s that call timed
// out, and the answer ended in the rubric's fallback instead of the path under test. No test here times the AI out.
const ai = () => createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });

/** A new user with a profile, and their context with the local server's AI. */
async function newUser(options: ContextOptions = {}) {
  const user = await createTestUser({ email: `mod-${randomUUID()}@example.test`, displayName: "Sam Candidate" });
  const ctx = contextFor(user, { ...options, services: { ai: ai(), ...options.services } });
  await saveProfile(ctx.db, user.id, { targetRole: "Product Manager", goals: "Handle conflict calmly" });
  return ctx;
}

/** A body as the route hands it on: parsed by the answer schema. */
const body = (answer: string) => parseInput(answerInputSchema, answerBody(answer));

/** Starts a session offline (no AI request is sent for it), so the server's log holds the answer's calls only. */
const startOffline = (ctx: UserContext) => startSession(contextFor(ctx.principal.user, { services: { ai: null } }), { type: "behavioural", count: 3 });

async function readEvents(response: Response): Promise<FeedbackStreamEvent[]> {
  return createEventParser().push(await response.text());
}

function terminal(events: FeedbackStreamEvent[]) {
  const ends = events.filter((e) => TERMINAL_EVENTS.has(e.event));
  expect(ends).toHaveLength(1);
  expect(events.at(-1)).toBe(ends[0]);
  return ends[0]!;
}

describe("feedback stream moderation", () => {
  it("sends a flagged event for a flagged answer, stores nothing, and accepts the next answer", async () => {
    const owner = await newUser();
    const session = await startOffline(owner);
    const flagged = await readEvents(await streamAnswerFeedback(owner, session.id, 1, body(`${STRONG_ANSWER} FLAG_ME`)));
    expect(terminal(flagged)).toEqual({ event: "flagged", data: { message: FLAGGED_ANSWER_MESSAGE } });
    expect(flagged.some((e) => e.event === "model-answer")).toBe(false);
    expect((await getSessionDetail(owner, session.id)).items[0]!.answer).toBeNull();
    expect(harness.server.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(0);

    const next = await readEvents(await streamAnswerFeedback(owner, session.id, 1, body(STRONG_ANSWER)));
    expect(terminal(next)).toMatchObject({ event: "result", data: { engine: "ai" } });
    expect((await getSessionDetail(owner, session.id)).items[0]!.answer?.feedback?.engine).toBe("ai");
  });

  it("refuses a flagged answer in JSON mode with 422 and stores nothing", async () => {
    const owner = await newUser();
    const session = await startOffline(owner);
    const error = await expectAppError(answerQuestion(owner, session.id, 1, body(`FLAG_ME ${WEAK_ANSWER}`)), "unprocessable", 422);
    expect(error.fields).toHaveProperty("answer");
    expect((await getSessionDetail(owner, session.id)).items[0]!.answer).toBeNull();
    const stored = await answerQuestion(owner, session.id, 1, body(STRONG_ANSWER));
    expect(stored.feedback?.engine).toBe("ai");
  });

  it("screens the job description when a session starts", async () => {
    const owner = await newUser({ services: { questionSource: offlineQuestionSource } });
    const flagged = startSession(owner, { type: "behavioural", count: 3, jobDescription: "Lead the team FLAG_ME" });
    const error = await expectAppError(flagged, "unprocessable", 422);
    expect(error.fields?.jobDescription?.[0]).toMatch(/content guidelines/);
    const session = await startSession(owner, { type: "behavioural", count: 3, jobDescription: "Lead the payments team" });
    expect(session.status).toBe("in_progress");
    expect(harness.server.requests.filter((r) => r.path === "/v1/moderations")).toHaveLength(2);
  });
});

