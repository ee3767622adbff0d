/**
 * A follow-up question read aloud, through the real route handler and Clerk's proxy, with the real `openai` SDK
 * against the local OpenAI-compatible server: the text spoken is the follow-up stored on the caller's own answer,
 * never anything the client sends, and a session that is someone else's, or an answer without that follow-up, is 404.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import * as followUpSpeechRoute from "@/app/api/practice/sessions/[id]/answers/[position]/follow-up/speech/route";
import type { User } from "@/db/schema";
import { type AudioClient, createOpenAIAudioClient } from "@/lib/ai/openai-audio";
import { parseInput } from "@/lib/api/validation";
import { answerInputSchema, answerQuestion, askFollowUp, startSession } from "@/lib/practice/session";
import { answerBody } from "@/lib/practice/session/answers.fixture";
import { contextFor, signedInTestUser } from "@/tests/helpers/context";
import { parseWav } from "@/tests/helpers/openai-server";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

// The route calls getOpenAIAudioClient(); without OPENAI_API_KEY it is null. Each test chooses a client aimed at the
// local server, or null (no AI).
const audio = vi.hoisted(() => ({ client: null as AudioClient | null }));
vi.mock("@/lib/ai/openai-audio", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/ai/openai-audio")>()),
  getOpenAIAudioClient: () => audio.client,
}));

const harness = useOpenAIServer({ redactAuthorization: true });
const withAi = () => {
  audio.client = createOpenAIAudioClient({ apiKey: "sk-test-local-only", baseURL: harness.server.baseURL });
};
const speechRequests = () => harness.server.requests.filter((r) => r.path === "/v1/audio/speech");

/** "We" throughout and no outcome: the offline interviewer asks what the candidate did themselves. */
const TEAM_ANSWER = "At Acme our deploys kept failing before every release. We rewrote the pipeline together and we fixed the flaky tests. It worked out in the end.";

type Candidate = { user: User; cookie: string };

async function signIn(): Promise<Candidate> {
  return signedInTestUser(`follow-up-speech-${randomUUID()}@example.test`);
}

/** A session (offline questions and feedback) whose first question is answered, nothing asked after it yet. */
async function answeredSession(who: Candidate): Promise<{ id: string; questions: string[] }> {
  const ctx = contextFor(who.user, { services: { ai: null } });
  const session = await startSession(ctx, { type: "behavioural", count: 3 });
  await answerQuestion(ctx, session.id, 1, parseInput(answerInputSchema, answerBody(TEAM_ANSWER)));
  return { id: session.id, questions: session.questions.map((q) => q.text) };
}

/** Asks the follow-up after the first answer (the offline template writes it) and returns it. */
async function askFirst(who: Candidate, id: string): Promise<{ id: string; question: string }> {
  const view = await askFollowUp(contextFor(who.user, { services: { ai: null } }), id, 1);
  expect(view.followUp?.status).toBe("asked");
  return { id: view.followUp!.id, question: view.followUp!.question };
}

function getSpeech(id: string, position: string, followUpId: string | null, cookie?: string, method = "GET") {
  const query = followUpId === null ? "" : `?followUp=${encodeURIComponent(followUpId)}`;
  const url = `http://localhost:3000/api/practice/sessions/${id}/answers/${position}/follow-up/speech${query}`;
  const request = new Request(url, { method, headers: cookie ? { cookie } : {} });
  const handler = method === "GET" ? followUpSpeechRoute.GET : followUpSpeechRoute.POST;
  return callThroughProxy(handler, request, { id, position });
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("follow-up speech", () => {
  it("returns the follow-up stored on the caller's answer as a WAV, asking the provider for that text", async () => {
    withAi();
    const who = await signIn();
    const { id, questions } = await answeredSession(who);
    const followUp = await askFirst(who, id);
    const response = await getSpeech(id, "1", followUp.id, who.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(parseWav(new Uint8Array(await response.arrayBuffer())).durationMs).toBeGreaterThan(0);

    const sent = speechRequests();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ input: followUp.question, model: "gpt-4o-mini-tts", response_format: "wav" });
    expect(followUp.question).not.toBe(questions[0]);
  });

  it("answers 404 for another user's session, even with the follow-up's id", async () => {
    withAi();
    const owner = await signIn();
    const other = await signIn();
    const { id } = await answeredSession(owner);
    const followUp = await askFirst(owner, id);
    await expectError(await getSpeech(id, "1", followUp.id, other.cookie), 404, "not_found");
    await expectError(await getSpeech("not-a-uuid", "1", followUp.id, other.cookie), 404, "not_found");
    expect(speechRequests()).toHaveLength(0);
  });

  it("answers 404 when no follow-up was asked yet, or the question has no answer", async () => {
    withAi();
    const who = await signIn();
    const { id } = await answeredSession(who);
    await expectError(await getSpeech(id, "1", randomUUID(), who.cookie), 404, "not_found");
    await expectError(await getSpeech(id, "1", null, who.cookie), 404, "not_found");
    await expectError(await getSpeech(id, "2", randomUUID(), who.cookie), 404, "not_found");
    expect(speechRequests()).toHaveLength(0);
  });

  it("answers 404 for an id that is not the stored follow-up's, and 422 for a position the session does not have", async () => {
    withAi();
    const who = await signIn();
    const { id } = await answeredSession(who);
    const followUp = await askFirst(who, id);
    await expectError(await getSpeech(id, "1", randomUUID(), who.cookie), 404, "not_found");
    await expectError(await getSpeech(id, "1", null, who.cookie), 404, "not_found");
    for (const position of ["4", "0", "abc"]) await expectError(await getSpeech(id, position, followUp.id, who.cookie), 422, "unprocessable");
    expect(speechRequests()).toHaveLength(0);
  });

  it("answers 503 ai_unavailable without AI and when the provider fails, 401 signed out and 405 to POST", async () => {
    const who = await signIn();
    const { id } = await answeredSession(who);
    const followUp = await askFirst(who, id);
    audio.client = null;
    await expectError(await getSpeech(id, "1", followUp.id, who.cookie), 503, "ai_unavailable");
    withAi();
    harness.server.setNextError("audio/speech", 500);
    await expectError(await getSpeech(id, "1", followUp.id, who.cookie), 503, "ai_unavailable");
    await expectError(await getSpeech(id, "1", followUp.id), 401, "unauthorized");
    const response = await getSpeech(id, "1", followUp.id, who.cookie, "POST");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });
});
