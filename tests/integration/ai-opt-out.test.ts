/**
 * Withdrawing AI processing is a real opt-out: through the real proxy and routes, with the app's AI client pointed at
 * the local OpenAI-compatible server, a user who withdrew gets questions from the offline bank and feedback from the
 * rubric, and the server receives nothing at all for them; allowing it again brings the AI back.
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as answerRoute from "@/app/api/practice/sessions/[id]/answers/[position]/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import { getDb } from "@/db/client";
import { saveProfile } from "@/db/queries/profiles";
import type { User } from "@/db/schema";
import { type AiClient, createOpenAIClient } from "@/lib/ai/openai-client";
import { principalFor } from "@/lib/auth/principal";
import { changeConsent } from "@/lib/privacy/consents/consent-service";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { createEventParser } from "@/lib/practice/stream/events";
import { contextFor, signedInTestUser } from "@/tests/helpers/context";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { questionSimHandlers } from "@/tests/helpers/openai-server/simulate-questions";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

// The routes use the app's client (`getOpenAIClient()`): here always the local server's, as on a deployment with AI.
const ai = vi.hoisted(() => ({ client: null as AiClient | null }));
vi.mock("@/lib/ai/openai-client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/ai/openai-client")>();
  return { ...actual, getOpenAIClient: () => ai.client };
});

const harness = useOpenAIServer({ simulate: [...feedbackSimHandlers, ...questionSimHandlers], redactAuthorization: true });
beforeEach(() => {
  ai.client = createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 });
});

const base = "http://localhost:3000/api/practice";
const CV = `Led the payments migration at Contoso ${randomUUID()}`;

async function startSession(cookie: string) {
  const request = new Request(`${base}/sessions`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioural", count: 3 }),
  });
  const response = await callThroughProxy(sessionsRoute.POST, request);
  expect(response.status).toBe(201);
  return (await response.json()).session as { id: string; questionEngine: string };
}

async function answerFirst(cookie: string, id: string) {
  const body = JSON.stringify(buildAnswerPayload({ answer: STRONG_ANSWER, mode: "typed", durationMs: 45_000 }));
  const headers = { cookie, "content-type": "application/json", accept: "text/event-stream" };
  const request = new Request(`${base}/sessions/${id}/answers/1`, { method: "POST", headers, body });
  const response = await callThroughProxy(answerRoute.POST, request, { id, position: "1" });
  expect(response.status).toBe(200);
  return createEventParser().push(await response.text()).at(-1);
}

async function userWithProfile(): Promise<{ user: User; cookie: string }> {
  const signedIn = await signedInTestUser(`opt-out-${randomUUID()}@example.test`);
  await saveProfile(contextFor(signedIn.user).db, signedIn.user.id, { cvText: CV, targetRole: "Payments engineer" });
  return signedIn;
}

describe("AI processing opt-out", () => {
  it("serves a user who withdrew from the offline engines and sends the AI provider nothing of theirs", async () => {
    const { user, cookie } = await userWithProfile();
    await changeConsent(contextFor(user), "ai_processing", false);

    const session = await startSession(cookie);
    expect(session.questionEngine).toBe("offline");
    expect(await answerFirst(cookie, session.id)).toMatchObject({ event: "result", data: { engine: "rubric" } });
    expect(harness.server.requests).toEqual([]);
  });

  it("uses the AI again once the user allows it, and for users who never withdrew", async () => {
    const { user, cookie } = await userWithProfile();
    await changeConsent(contextFor(user), "ai_processing", false);
    await changeConsent(contextFor(user), "ai_processing", true);

    const session = await startSession(cookie);
    expect(session.questionEngine).toBe("ai");
    expect(await answerFirst(cookie, session.id)).toMatchObject({ event: "result", data: { engine: "ai" } });
    expect(harness.server.requests.some((request) => JSON.stringify(request.body).includes(CV))).toBe(true);
  });

  it("reads the answer with the principal, in the statement that finds the user", async () => {
    const { user } = await userWithProfile();
    const { issueLocalSession } = await import("@/lib/auth/local-session");
    const { recordLocalSession } = await import("@/lib/auth/sign-in-service");
    const now = new Date();
    const session = issueLocalSession(user.email, now, 3600);
    await recordLocalSession(getDb, session, { email: user.email, displayName: user.email }, now);
    const resolve = () => principalFor({ subject: session.subject, sessionId: session.sessionId }, { database: getDb }, now);

    expect(await resolve()).toMatchObject({ aiProcessing: true, acceptedTermsVersion: null });
    await changeConsent(contextFor(user), "ai_processing", false);
    expect(await resolve()).toMatchObject({ aiProcessing: false });
    // The principal's user is the plain row: the consent answers do not leak into it.
    expect(Object.keys((await resolve())!.user)).not.toContain("aiProcessingWithdrawn");
  });
});
