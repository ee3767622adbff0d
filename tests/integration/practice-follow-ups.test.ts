/**
 * Follow-up questions through the real proxy and database: asked once after an answer that leaves a gap (by the
 * template offline, by the AI with the local OpenAI server, by the template again when the AI fails), answered and
 * scored together with the original answer, or skipped; off when the session was started without them.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as followUpRoute from "@/app/api/practice/sessions/[id]/answers/[position]/follow-up/route";
import * as answerRoute from "@/app/api/practice/sessions/[id]/answers/[position]/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import type { User } from "@/db/schema";
import { FOLLOW_UP_SCHEMA_NAME } from "@/lib/ai/follow-up-prompt";
import { type AiClient, createOpenAIClient } from "@/lib/ai/openai-client";
import { finishSession, getSessionDetail } from "@/lib/practice/session";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, signedInTestUser } from "@/tests/helpers/context";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { followUpSimHandlers } from "@/tests/helpers/openai-server/simulate-follow-up";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const ai = vi.hoisted(() => ({ client: null as AiClient | null }));
vi.mock("@/lib/ai/openai-client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/ai/openai-client")>();
  return { ...actual, getOpenAIClient: () => ai.client };
});

const harness = useOpenAIServer({ simulate: [...followUpSimHandlers, ...feedbackSimHandlers], redactAuthorization: true });
beforeEach(() => {
  ai.client = null;
});
const useAi = () => {
  ai.client = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
};

/** "We" and never "I", and no outcome: the follow-up asks what the candidate did themselves. */
const TEAM_ANSWER = "At Acme our deploys kept failing before every release. We rewrote the pipeline together and we fixed the flaky tests. It worked out in the end.";
const FOLLOW_UP_ANSWER = "I rewrote the deploy script myself and added retries. As a result, failed releases fell from 12 a month to 1.";
const base = "http://localhost:3000/api/practice/sessions";

type Candidate = { user: User; cookie: string };

async function signIn(): Promise<Candidate> {
  return signedInTestUser(`follow-up-${randomUUID()}@example.test`);
}

async function start(who: Candidate, body: Record<string, unknown> = {}): Promise<string> {
  const request = new Request(base, {
    method: "POST",
    headers: { cookie: who.cookie, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioural", count: 3, ...body }),
  });
  const response = await callThroughProxy(sessionsRoute.POST, request);
  expect(response.status).toBe(201);
  return (await response.json()).session.id;
}

async function answer(who: Candidate, id: string, text: string, position = "1") {
  const request = new Request(`${base}/${id}/answers/${position}`, {
    method: "POST",
    headers: { cookie: who.cookie, "content-type": "application/json" },
    body: JSON.stringify(answerBody(text)),
  });
  const response = await callThroughProxy(answerRoute.POST, request, { id, position });
  expect(response.status).toBe(200);
  return (await response.json()).answer;
}

function followUp(who: Candidate, id: string, body: unknown, position = "1") {
  const request = new Request(`${base}/${id}/answers/${position}/follow-up`, {
    method: "POST",
    headers: { cookie: who.cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return callThroughProxy(followUpRoute.POST, request, { id, position });
}

async function ok(response: Response) {
  expect(response.status).toBe(200);
  return response.json();
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("follow-up questions offline", () => {
  it("asks one templated follow-up quoting the answer, and asks it only once", async () => {
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, TEAM_ANSWER);
    const first = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect(first).toMatchObject({
      engine: "template",
      target: "ownership",
      status: "asked",
      question: 'You said "At Acme our deploys kept failing before every release". What did you do yourself, as opposed to the team?',
    });
    const again = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect(again.id).toBe(first.id);
  });

  it("scores the follow-up answer with the original, says the gap closed, and keeps both in the saved session", async () => {
    const who = await signIn();
    const id = await start(who);
    const original = await answer(who, id, TEAM_ANSWER);
    await ok(await followUp(who, id, { action: "ask" }));
    const body = await ok(await followUp(who, id, { action: "answer", ...answerBody(FOLLOW_UP_ANSWER) }));
    expect(body.engine).toBe("rubric");
    const stored = body.answer;
    expect(stored.answerText).toBe(TEAM_ANSWER);
    expect(stored.followUp).toMatchObject({ status: "answered", closed: true, answer: { text: FOLLOW_UP_ANSWER, mode: "typed" } });
    expect(stored.followUp.original).toEqual({ scores: original.scores, overall: original.feedback.star.overall });
    expect(stored.feedback.star.overall).toBeGreaterThan(original.feedback.star.overall);
    expect(stored.scores.impact).toBeGreaterThan(original.scores.impact);
    expect(stored.feedback.strengths[0]).toMatchObject({ key: "strength:follow-up" });
    expect(stored.feedback.strengths[0].text).toContain('"I rewrote the deploy script myself and added retries');
    // A second answer to the same follow-up is refused.
    await expectError(await followUp(who, id, { action: "answer", ...answerBody(FOLLOW_UP_ANSWER) }), 409, "conflict");

    const ctx = contextFor(who.user);
    const finished = await finishSession(ctx, id);
    expect(finished.summary?.dimensions.impact).toBe(stored.scores.impact);
    const detail = await getSessionDetail(ctx, id);
    expect(detail.items[0]?.answer?.followUp).toMatchObject({ question: stored.followUp.question, answer: { text: FOLLOW_UP_ANSWER } });
  });

  it("stores one follow-up when two asks arrive together", async () => {
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, TEAM_ANSWER);
    const replies = await Promise.all([followUp(who, id, { action: "ask" }), followUp(who, id, { action: "ask" })]);
    const [a, b] = await Promise.all(replies.map(ok));
    expect(a.answer.followUp.id).toBe(b.answer.followUp.id);
  });

  it("asks nothing after an answer with no gap", async () => {
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, STRONG_ANSWER);
    expect((await ok(await followUp(who, id, { action: "ask" }))).answer.followUp).toBeNull();
  });

  it("skips a follow-up, keeping the original scores, and then refuses to answer it", async () => {
    const who = await signIn();
    const id = await start(who);
    const original = await answer(who, id, TEAM_ANSWER);
    await ok(await followUp(who, id, { action: "ask" }));
    const skipped = (await ok(await followUp(who, id, { action: "skip" }))).answer;
    expect(skipped.followUp.status).toBe("skipped");
    expect(skipped.scores).toEqual(original.scores);
    await expectError(await followUp(who, id, { action: "answer", ...answerBody(FOLLOW_UP_ANSWER) }), 409, "conflict");
  });

  it("drops the follow-up when the question is answered again", async () => {
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, TEAM_ANSWER);
    const asked = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect((await answer(who, id, `${TEAM_ANSWER} We were pleased.`)).followUp).toBeNull();
    await expectError(await followUp(who, id, { action: "skip" }), 409, "conflict");
    const next = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect(next.id).not.toBe(asked.id);
  });

  it("refuses follow-ups in a session started without them, before an answer, and for bad input", async () => {
    const who = await signIn();
    const off = await start(who, { followUps: false });
    await answer(who, off, TEAM_ANSWER);
    await expectError(await followUp(who, off, { action: "ask" }), 409, "conflict");
    expect((await getSessionDetail(contextFor(who.user), off)).followUps).toBe(false);

    const on = await start(who);
    expect((await getSessionDetail(contextFor(who.user), on)).followUps).toBe(true);
    await expectError(await followUp(who, on, { action: "ask" }, "2"), 409, "conflict");
    await expectError(await followUp(who, on, { action: "shout" }), 422, "unprocessable");
    await expectError(await followUp(who, on, { action: "ask", extra: 1 }), 422, "unprocessable");
    await expectError(await followUp(who, on, { action: "ask" }, "9"), 422, "unprocessable");
    const forged = { action: "answer", ...answerBody(FOLLOW_UP_ANSWER), deliveryMetrics: answerBody("Other words entirely.").deliveryMetrics };
    await answer(who, on, TEAM_ANSWER);
    await ok(await followUp(who, on, { action: "ask" }));
    await expectError(await followUp(who, on, forged), 422, "unprocessable");
  });
});

describe("follow-up questions with AI", () => {
  it("has the model write the follow-up from the question and answer only, and scores the pair with the AI", async () => {
    useAi();
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, TEAM_ANSWER);
    harness.server.reset();
    const asked = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect(asked).toMatchObject({ engine: "ai", target: "ownership", question: 'Following up on "At Acme our deploys kept failing before every…": which part of that was yours alone?' });

    const [request, ...others] = harness.server.requests;
    expect(others).toEqual([]);
    expect((request?.body?.response_format as { json_schema: { name: string } }).json_schema.name).toBe(FOLLOW_UP_SCHEMA_NAME);
    expect(request?.rawBody).toContain("We rewrote the pipeline together");
    for (const identity of [who.user.id, who.user.email, who.user.displayName ?? "", who.user.authProviderId]) {
      expect(identity).not.toBe("");
      expect(request?.rawBody).not.toContain(identity);
    }
    expect(request?.body).not.toHaveProperty("user");

    const answered = await ok(await followUp(who, id, { action: "answer", ...answerBody(FOLLOW_UP_ANSWER) }));
    expect(answered.engine).toBe("ai");
    expect(answered.answer.feedback.engine).toBe("ai");
    expect(answered.answer.followUp).toMatchObject({ status: "answered", closed: true });
  });

  it("falls back to the template when the model fails", async () => {
    useAi();
    const who = await signIn();
    const id = await start(who);
    await answer(who, id, TEAM_ANSWER);
    harness.server.setNextError("chat/completions", 500);
    const asked = (await ok(await followUp(who, id, { action: "ask" }))).answer.followUp;
    expect(asked).toMatchObject({ engine: "template", target: "ownership" });
    expect(asked.question).toMatch(/^You said "At Acme/);
  });
});
