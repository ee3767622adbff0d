/**
 * Voice in the practice loop, through the real route handlers and Clerk's proxy, with the real `openai` SDK against
 * the local OpenAI-compatible server: questions read aloud (owner only, text from the stored session) and recorded
 * answers transcribed (validated, rate-limited, never written anywhere).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as speechRoute from "@/app/api/practice/sessions/[id]/questions/[position]/speech/route";
import * as transcribeRoute from "@/app/api/practice/transcribe/route";
import type { User } from "@/db/schema";
import { type AudioClient, createOpenAIAudioClient } from "@/lib/ai/openai-audio";
import { localSubjectForEmail } from "@/lib/auth/local-token";
import { dataDir } from "@/lib/env";
import { startSession } from "@/lib/practice/session";
import { MAX_AUDIO_BYTES } from "@/lib/practice/voice";
import { createMemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import type { RateLimiter } from "@/lib/ratelimit/rate-limiter";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { DEFAULT_TRANSCRIPT, parseWav } from "@/tests/helpers/openai-server";
import { synthesizePcm16, wavFromPcm16 } from "@/tests/helpers/openai-server/wav";
import { callThroughProxy, sessionCookieFor } from "@/tests/helpers/through-proxy";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

// The routes call getOpenAIAudioClient(); without OPENAI_API_KEY it is null. Each test chooses: a client aimed at the
// local server, or null (no AI).
const audio = vi.hoisted(() => ({ client: null as AudioClient | null }));
vi.mock("@/lib/ai/openai-audio", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/ai/openai-audio")>()),
  getOpenAIAudioClient: () => audio.client,
}));

// Likewise the routes' limiter comes from getRateLimiter(): a test may swap in one with a tiny limit.
const limiting = vi.hoisted(() => ({ limiter: null as RateLimiter | null }));
vi.mock("@/lib/ratelimit/rate-limiter", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/ratelimit/rate-limiter")>();
  return { ...actual, getRateLimiter: () => limiting.limiter ?? actual.getRateLimiter() };
});
beforeEach(() => {
  limiting.limiter = null;
});

const harness = useOpenAIServer({ redactAuthorization: true });
const base = "http://localhost:3000/api/practice";
const localClient = () => createOpenAIAudioClient({ apiKey: "sk-test-local-only", baseURL: harness.server.baseURL });
const withAi = () => {
  audio.client = localClient();
};

type Person = { cookie: string; user: User; userId: string; email: string; name: string };

/** A fresh user per test: rate-limit counts in a shared Redis outlive each file's database. */
async function signIn(): Promise<Person> {
  const email = `voice-${randomUUID()}@example.test`;
  const name = `Voicey ${randomUUID().slice(0, 8)}`;
  const cookie = await sessionCookieFor(email);
  // After signing in, which names the user by their email: the name is the one stored, so it can be looked for.
  const user = await createTestUser({ subject: localSubjectForEmail(email), email, displayName: name });
  return { cookie, user, userId: user.id, email, name };
}

/** The real rule with a tiny limit, so the test needs two calls instead of 121. */
function tinyLimiter(limit: number): RateLimiter {
  const memory = createMemoryRateLimiter();
  return { consume: (key, rule) => memory.consume(key, { ...rule, limit }), peek: (key, rule) => memory.peek(key, { ...rule, limit }) };
}

async function startFor(person: Person): Promise<{ id: string; texts: string[] }> {
  const session = await startSession(contextFor(person.user, { services: { ai: null } }), { type: "behavioural", count: 3 });
  return { id: session.id, texts: session.questions.map((q) => q.text) };
}

function getSpeech(id: string, position: string, cookie?: string, method = "GET") {
  const request = new Request(`${base}/sessions/${id}/questions/${position}/speech`, { method, headers: cookie ? { cookie } : {} });
  const handler = method === "GET" ? speechRoute.GET : speechRoute.POST;
  return callThroughProxy(handler, request, { id, position });
}

function postAudio(body: BodyInit, cookie?: string, headers: Record<string, string> = {}) {
  const request = new Request(`${base}/transcribe`, { method: "POST", headers: { ...(cookie ? { cookie } : {}), ...headers }, body });
  return callThroughProxy(transcribeRoute.POST, request);
}

function formWith(blob: Blob | null, filename = "my-answer-by-jane.webm"): FormData {
  const form = new FormData();
  if (blob) form.set("audio", blob, filename);
  return form;
}

/**
 * A silent WAV whose every byte is ASCII (11 025 Hz keeps the header's rates below 0x80): the proxy helper forwards
 * bodies as text, which would mangle other bytes.
 */
function asciiSafeWav(): Uint8Array<ArrayBuffer> {
  const wav = new Uint8Array(wavFromPcm16(synthesizePcm16(500, 11_025, "silence"), 11_025));
  expect(wav.every((b) => b < 0x80)).toBe(true);
  return wav;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("question speech", () => {
  it("returns the caller's question as a WAV, asking the provider for that stored text", async () => {
    withAi();
    const person = await signIn();
    const { id, texts } = await startFor(person);
    const response = await getSpeech(id, "2", person.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
    const info = parseWav(new Uint8Array(await response.arrayBuffer()));
    expect(info.durationMs).toBeGreaterThan(0);

    const [sent] = harness.server.requests.filter((r) => r.path === "/v1/audio/speech");
    expect(sent?.body).toMatchObject({ input: texts[1], model: "gpt-4o-mini-tts", voice: "alloy", response_format: "wav" });
    const raw = JSON.stringify(sent?.body);
    for (const secret of [person.email, person.name, person.userId]) expect(raw).not.toContain(secret);
  });

  it("answers 404 for another user's session and for an id that is not one", async () => {
    withAi();
    const owner = await signIn();
    const other = await signIn();
    const { id } = await startFor(owner);
    await expectError(await getSpeech(id, "1", other.cookie), 404, "not_found");
    await expectError(await getSpeech("not-a-uuid", "1", other.cookie), 404, "not_found");
    expect(harness.server.requests.filter((r) => r.path === "/v1/audio/speech")).toHaveLength(0);
  });

  it("answers 422 for a position the session does not have", async () => {
    withAi();
    const person = await signIn();
    const { id } = await startFor(person);
    for (const position of ["4", "0", "abc", "11"]) await expectError(await getSpeech(id, position, person.cookie), 422, "unprocessable");
  });

  it("answers 503 ai_unavailable without AI, and when the provider fails", async () => {
    const person = await signIn();
    const { id } = await startFor(person);
    audio.client = null;
    await expectError(await getSpeech(id, "1", person.cookie), 503, "ai_unavailable");
    withAi();
    harness.server.setNextError("audio/speech", 500);
    await expectError(await getSpeech(id, "1", person.cookie), 503, "ai_unavailable");
  });

  it("answers 401 signed out and 405 to POST", async () => {
    const id = randomUUID();
    await expectError(await getSpeech(id, "1"), 401, "unauthorized");
    const person = await signIn();
    const response = await getSpeech(id, "1", person.cookie, "POST");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
  });

  it("charges the hourly allowance", async () => {
    withAi();
    const person = await signIn();
    const { id } = await startFor(person);
    limiting.limiter = tinyLimiter(1);
    expect((await getSpeech(id, "1", person.cookie)).status).toBe(200);
    const refused = await getSpeech(id, "1", person.cookie);
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(harness.server.requests.filter((r) => r.path === "/v1/audio/speech")).toHaveLength(1);
  });
});

describe("answer transcription", () => {
  it("returns the provider's transcript and sends only the clip, under a neutral file name", async () => {
    withAi();
    const person = await signIn();
    const wav = asciiSafeWav();
    harness.server.setNextTranscript("I shipped the new onboarding flow.");
    const response = await postAudio(formWith(new Blob([wav], { type: "audio/wav" }), "jane-doe.wav"), person.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ text: "I shipped the new onboarding flow." });

    const [sent] = harness.server.requests.filter((r) => r.path === "/v1/audio/transcriptions");
    expect(sent?.files).toEqual([{ field: "file", filename: "answer.wav", contentType: "audio/wav", size: wav.byteLength }]);
    expect(sent?.body).toMatchObject({ model: "gpt-4o-mini-transcribe" });
    const raw = JSON.stringify(sent?.body);
    for (const secret of [person.email, person.name, person.userId, "jane"]) expect(raw).not.toContain(secret);
  });

  it("accepts a webm clip with a codecs parameter and writes nothing to the data folder", async () => {
    withAi();
    const person = await signIn();
    const marker = `REHEARSE-AUDIO-${randomUUID()}`;
    const before = new Set(filesUnder(dataDir));
    const clip = new Blob([`${marker} `.repeat(200)], { type: "audio/webm;codecs=opus" });
    const response = await postAudio(formWith(clip), person.cookie);
    expect(await response.json()).toEqual({ text: DEFAULT_TRANSCRIPT });
    const [sent] = harness.server.requests.filter((r) => r.path === "/v1/audio/transcriptions");
    expect(sent?.files[0]).toMatchObject({ filename: "answer.webm", contentType: "audio/webm", size: clip.size });
    const after = filesUnder(dataDir);
    // The database may have touched its own files; no file holds the clip's bytes.
    for (const file of after) expect(fs.readFileSync(file).includes(marker), file).toBe(false);
    const created = after.filter((f) => !before.has(f) && !f.includes(`${path.sep}pglite`));
    expect(created).toEqual([]);
  });

  it("answers 413 for a clip over 10 MB without calling the provider", async () => {
    withAi();
    const person = await signIn();
    const big = new Blob([new Uint8Array(MAX_AUDIO_BYTES + 1).fill(0x61)], { type: "audio/webm" });
    await expectError(await postAudio(formWith(big), person.cookie), 413, "payload_too_large");
    expect(harness.server.requests).toHaveLength(0);
  });

  it("refuses without AI before reading the upload: an over-size clip gets 503, not 413", async () => {
    audio.client = null;
    const person = await signIn();
    const big = new Blob([new Uint8Array(MAX_AUDIO_BYTES + 1).fill(0x61)], { type: "audio/webm" });
    await expectError(await postAudio(formWith(big), person.cookie), 503, "ai_unavailable");
  });

  it("answers 415 for another audio type or a body that is not multipart", async () => {
    withAi();
    const person = await signIn();
    await expectError(await postAudio(formWith(new Blob(["hello"], { type: "text/plain" })), person.cookie), 415, "unsupported_media_type");
    await expectError(await postAudio(formWith(new Blob(["hello"], { type: "video/webm" })), person.cookie), 415, "unsupported_media_type");
    await expectError(await postAudio("{}", person.cookie, { "content-type": "application/json" }), 415, "unsupported_media_type");
    expect(harness.server.requests).toHaveLength(0);
  });

  it("answers 422 when the form has no recording, or an empty one", async () => {
    withAi();
    const person = await signIn();
    const response = await postAudio(formWith(null), person.cookie);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("audio");
    await expectError(await postAudio(formWith(new Blob([], { type: "audio/webm" })), person.cookie), 422, "unprocessable");
  });

  it("answers 503 ai_unavailable without AI or when the provider fails, and 422 when it cannot decode the clip", async () => {
    const person = await signIn();
    const clip = () => formWith(new Blob(["abc"], { type: "audio/ogg" }));
    audio.client = null;
    await expectError(await postAudio(clip(), person.cookie), 503, "ai_unavailable");
    withAi();
    harness.server.setNextError("audio/transcriptions", 500);
    await expectError(await postAudio(clip(), person.cookie), 503, "ai_unavailable");
    harness.server.setNextError("audio/transcriptions", 400, "Audio file might be corrupted or unsupported");
    await expectError(await postAudio(clip(), person.cookie), 422, "unprocessable");
  });

  it("answers 401 signed out and 405 to GET", async () => {
    await expectError(await postAudio(formWith(new Blob(["abc"], { type: "audio/ogg" }))), 401, "unauthorized");
    const person = await signIn();
    const response = await callThroughProxy(transcribeRoute.GET, new Request(`${base}/transcribe`, { headers: { cookie: person.cookie } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("charges the hourly allowance", async () => {
    withAi();
    const person = await signIn();
    limiting.limiter = tinyLimiter(1);
    const clip = () => formWith(new Blob(["abc"], { type: "audio/mpeg" }), "a.mp3");
    expect(await (await postAudio(clip(), person.cookie)).json()).toEqual({ text: DEFAULT_TRANSCRIPT });
    const refused = await postAudio(clip(), person.cookie);
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(harness.server.requests.filter((r) => r.path === "/v1/audio/transcriptions")).toHaveLength(1);
  });
});
