import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as answerRoute from "@/app/api/practice/sessions/[id]/answers/[position]/route";
import * as discardRoute from "@/app/api/practice/sessions/[id]/discard/route";
import * as finishRoute from "@/app/api/practice/sessions/[id]/finish/route";
import * as sessionRoute from "@/app/api/practice/sessions/[id]/route";
import * as saveRoute from "@/app/api/practice/sessions/[id]/save/route";
import * as progressRoute from "@/app/api/practice/progress/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { localSubjectForEmail } from "@/lib/auth/local-token";
import { buildAnswerPayload } from "@/lib/practice/session/answer-payload";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { signedInTestUser } from "@/tests/helpers/context";
import { callThroughProxy, sessionCookieFor } from "@/tests/helpers/through-proxy";

const base = "http://localhost:3000/api/practice";
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** A fresh user per test: rate-limit counts in a shared Redis outlive each file's database. */
async function signIn(): Promise<string> {
  return (await signedInTestUser(`practice-${randomUUID()}@example.test`)).cookie;
}

function call<P>(handler: Handler<P>, method: string, path: string, options: { cookie?: string; body?: unknown; raw?: string; params?: P } = {}) {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(handler, new Request(`${base}${path}`, { method, headers, body }), options.params);
}

async function start(cookie: string): Promise<string> {
  const response = await call(sessionsRoute.POST, "POST", "/sessions", { cookie, body: { type: "behavioural", count: 3 } });
  expect(response.status).toBe(201);
  return (await response.json()).session.id;
}

const answerBody = () => buildAnswerPayload({ answer: STRONG_ANSWER, mode: "typed", durationMs: 45_000 });
const idParams = (id: string) => ({ id });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("practice API when signed out", () => {
  it("answers 401 JSON at the proxy for start, list, detail, answer and delete-all", async () => {
    const id = randomUUID();
    await expectError(await call(sessionsRoute.POST, "POST", "/sessions", { body: { type: "behavioural", count: 3 } }), 401, "unauthorized");
    await expectError(await call(sessionsRoute.GET, "GET", "/sessions"), 401, "unauthorized");
    await expectError(await call(sessionRoute.GET, "GET", `/sessions/${id}`, { params: idParams(id) }), 401, "unauthorized");
    await expectError(
      await call(answerRoute.POST, "POST", `/sessions/${id}/answers/1`, { body: answerBody(), params: { id, position: "1" } }),
      401,
      "unauthorized",
    );
    await expectError(await call(sessionsRoute.DELETE, "DELETE", "/sessions", { body: { confirm: "delete all" } }), 401, "unauthorized");
  });

  it("answers 401 JSON from the handler when the proxy passes a valid token whose user row does not exist", async () => {
    // Signed in, then the user row was deleted (by an admin): the token still verifies at the proxy.
    const email = `ghost-${randomUUID()}@example.test`;
    const cookie = await sessionCookieFor(email);
    await (await getDb()).delete(users).where(eq(users.authProviderId, localSubjectForEmail(email)));
    await expectError(await call(sessionsRoute.GET, "GET", "/sessions", { cookie }), 401, "unauthorized");
    await expectError(await call(sessionsRoute.POST, "POST", "/sessions", { cookie, body: { type: "behavioural", count: 3 } }), 401, "unauthorized");
    await expectError(await call(progressRoute.GET, "GET", "/progress", { cookie }), 401, "unauthorized");
  });
});

describe("practice API input checks", () => {
  it("rejects a count of 11 with 422 and the field named", async () => {
    const cookie = await signIn();
    const response = await call(sessionsRoute.POST, "POST", "/sessions", { cookie, body: { type: "behavioural", count: 11 } });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("count");
  });

  it("rejects a body that is not JSON with 400", async () => {
    const cookie = await signIn();
    await expectError(await call(sessionsRoute.POST, "POST", "/sessions", { cookie, raw: "{not json" }), 400, "invalid_input");
  });

  it("rejects an empty answer with 422", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    const body = buildAnswerPayload({ answer: "   ", mode: "typed", durationMs: 1000 });
    const response = await call(answerRoute.POST, "POST", `/sessions/${id}/answers/1`, { cookie, body, params: { id, position: "1" } });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("answer");
  });

  it("answers 405 to GET on the answer route", async () => {
    const cookie = await signIn();
    const id = randomUUID();
    const response = await call(answerRoute.GET, "GET", `/sessions/${id}/answers/1`, { cookie, params: { id, position: "1" } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("practice API happy path", () => {
  it("starts, answers, finishes, saves, lists, shows and deletes a session", async () => {
    const cookie = await signIn();
    const id = await start(cookie);

    const answered = await call(answerRoute.POST, "POST", `/sessions/${id}/answers/1`, {
      cookie,
      body: answerBody(),
      params: { id, position: "1" },
    });
    expect(answered.status).toBe(200);
    const { answer } = await answered.json();
    expect(answer).toMatchObject({ position: 1, answerText: STRONG_ANSWER.trim() });

    const finished = await call(finishRoute.POST, "POST", `/sessions/${id}/finish`, { cookie, params: idParams(id) });
    expect(finished.status).toBe(200);
    const { session } = await finished.json();
    expect(session.status).toBe("completed");

    const saved = await call(saveRoute.POST, "POST", `/sessions/${id}/save`, {
      cookie,
      body: { overallScore: session.overallScore, answers: [{ position: 1, scores: answer.scores }] },
      params: idParams(id),
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).session.status).toBe("saved");

    const list = await call(sessionsRoute.GET, "GET", "/sessions", { cookie });
    expect((await list.json()).sessions.map((s: { id: string }) => s.id)).toEqual([id]);

    const progress = await call(progressRoute.GET, "GET", "/progress", { cookie });
    expect((await progress.json()).points).toHaveLength(1);

    const detail = await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie, params: idParams(id) });
    expect(detail.status).toBe(200);
    const items = (await detail.json()).session.items;
    expect(items[0].answer).toMatchObject({ position: 1, answerText: STRONG_ANSWER.trim() });
    expect(items[1].answer).toBeNull();

    const deleted = await call(sessionRoute.DELETE, "DELETE", `/sessions/${id}`, { cookie, params: idParams(id) });
    expect(deleted.status).toBe(204);
    await expectError(await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie, params: idParams(id) }), 404, "not_found");
  });

  it("refuses save claims that do not match the stored scores with 422", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    await call(answerRoute.POST, "POST", `/sessions/${id}/answers/1`, { cookie, body: answerBody(), params: { id, position: "1" } });
    const finished = await (await call(finishRoute.POST, "POST", `/sessions/${id}/finish`, { cookie, params: idParams(id) })).json();
    const forged = (finished.session.overallScore + 1) % 101;
    const response = await call(saveRoute.POST, "POST", `/sessions/${id}/save`, { cookie, body: { overallScore: forged }, params: idParams(id) });
    await expectError(response, 422, "unprocessable");
  });

  it("discards a session with 204, after which it is gone", async () => {
    const cookie = await signIn();
    const id = await start(cookie);
    const response = await call(discardRoute.POST, "POST", `/sessions/${id}/discard`, { cookie, params: idParams(id) });
    expect(response.status).toBe(204);
    await expectError(await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie, params: idParams(id) }), 404, "not_found");
  });
});

describe("practice API ownership", () => {
  it("answers 404 for another user's session on every route, and leaves it intact", async () => {
    const owner = await signIn();
    const id = await start(owner);
    await call(answerRoute.POST, "POST", `/sessions/${id}/answers/1`, { cookie: owner, body: answerBody(), params: { id, position: "1" } });
    const stranger = await signIn();
    const params = idParams(id);

    await expectError(await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie: stranger, params }), 404, "not_found");
    await expectError(
      await call(answerRoute.POST, "POST", `/sessions/${id}/answers/2`, { cookie: stranger, body: answerBody(), params: { id, position: "2" } }),
      404,
      "not_found",
    );
    await expectError(await call(finishRoute.POST, "POST", `/sessions/${id}/finish`, { cookie: stranger, params }), 404, "not_found");
    await expectError(await call(saveRoute.POST, "POST", `/sessions/${id}/save`, { cookie: stranger, params }), 404, "not_found");
    await expectError(await call(discardRoute.POST, "POST", `/sessions/${id}/discard`, { cookie: stranger, params }), 404, "not_found");
    await expectError(await call(sessionRoute.DELETE, "DELETE", `/sessions/${id}`, { cookie: stranger, params }), 404, "not_found");

    const detail = await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie: owner, params });
    expect(detail.status).toBe(200);
    const session = (await detail.json()).session;
    expect(session.status).toBe("in_progress");
    expect(session.items[1].answer).toBeNull();
  });
});

describe("DELETE /api/practice/sessions", () => {
  it("deletes nothing without the confirm phrase, and everything with it", async () => {
    const cookie = await signIn();
    const first = await start(cookie);
    const second = await start(cookie);

    for (const body of [undefined, {}, { confirm: "yes" }]) {
      await expectError(await call(sessionsRoute.DELETE, "DELETE", "/sessions", { cookie, body }), 422, "unprocessable");
    }
    for (const id of [first, second]) {
      expect((await call(sessionRoute.GET, "GET", `/sessions/${id}`, { cookie, params: idParams(id) })).status).toBe(200);
    }

    const response = await call(sessionsRoute.DELETE, "DELETE", "/sessions", { cookie, body: { confirm: "delete all" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: 2 });
    expect((await call(sessionRoute.GET, "GET", `/sessions/${first}`, { cookie, params: idParams(first) })).status).toBe(404);
  });
});
