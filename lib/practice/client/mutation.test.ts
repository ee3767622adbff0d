import { describe, expect, it } from "vitest";
import { createMutation, describeFailure, IDLE, type MutationOptions } from "./mutation";

const messages = { failed: "We could not do it.", offline: "We could not reach the server." };

/** A fetch that answers each call with the next response, when the test releases it. */
function controlledFetch() {
  const calls: string[] = [];
  const pending: ((response: Response) => void)[] = [];
  const fetch: typeof globalThis.fetch = (input) => {
    calls.push(String(input));
    return new Promise<Response>((resolve) => pending.push(resolve));
  };
  const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
    pending.shift()!(new Response(body === undefined ? null : JSON.stringify(body), { status, headers }));
  return { fetch, calls, answer };
}

function setUp(options: Partial<MutationOptions> = {}) {
  const server = controlledFetch();
  const mutation = createMutation<{ id: string }>(() => ({ ...messages, fetch: server.fetch, ...options }));
  return { server, mutation };
}

describe("describeFailure", () => {
  it("shows the server's message with its field errors", () => {
    expect(describeFailure({ ok: false, status: 422, message: "Check the form.", fields: { count: ["Too many."] } })).toEqual({
      status: "failed",
      error: "Check the form.",
      limited: null,
      fields: { count: ["Too many."] },
    });
  });

  it("turns a 429 into a rate-limit notice with the wait from Retry-After", () => {
    expect(describeFailure({ ok: false, status: 429, message: "Slow down.", retryAfterSeconds: 720 })).toMatchObject({
      error: null,
      limited: "Slow down. Try again in 12 minutes.",
    });
  });

  it("passes the wait, or null when there is none, to the caller's rate-limit wording", () => {
    const rateLimited = (wait: number | null) => `Limit reached (${wait}).`;
    expect(describeFailure({ ok: false, status: 429, message: "x", retryAfterSeconds: 30 }, { rateLimited }).limited).toBe("Limit reached (30).");
    expect(describeFailure({ ok: false, status: 429, message: "x" }, { rateLimited }).limited).toBe("Limit reached (null).");
  });

  it("uses the caller's sentence for a listed status and the offline message as it is", () => {
    const byStatus = { 401: "Sign in again." };
    expect(describeFailure({ ok: false, status: 401, message: "Unauthorised." }, { byStatus }).error).toBe("Sign in again.");
    expect(describeFailure({ ok: false, status: null, message: messages.offline }, { byStatus }).error).toBe(messages.offline);
  });
});

describe("createMutation", () => {
  it("is pending while the request runs and succeeded after it", async () => {
    const { server, mutation } = setUp();
    const seen: string[] = [];
    mutation.subscribe(() => seen.push(mutation.getState().status));
    const sent = mutation.mutate("/api/x", { method: "POST" });
    expect(mutation.getState().status).toBe("pending");
    await Promise.resolve();
    server.answer(201, { id: "s1" });
    expect(await sent).toEqual({ ok: true, status: 201, body: { id: "s1" } });
    expect(mutation.getState()).toEqual({ ...IDLE, status: "succeeded" });
    expect(seen).toEqual(["pending", "succeeded"]);
  });

  it("refuses a second request while the first is in flight", async () => {
    const { server, mutation } = setUp();
    const first = mutation.mutate("/api/x", { method: "POST" });
    expect(await mutation.mutate("/api/x", { method: "POST" })).toBeNull();
    await Promise.resolve();
    server.answer(200, {});
    await first;
    expect(server.calls).toEqual(["/api/x"]);
    const again = mutation.mutate("/api/x", { method: "POST" });
    await Promise.resolve();
    server.answer(200, {});
    expect(await again).toMatchObject({ ok: true });
    expect(server.calls).toHaveLength(2);
  });

  it("stays pending after a held success until fail releases it", async () => {
    const { server, mutation } = setUp({ holdOnSuccess: true });
    const sent = mutation.mutate("/api/x", { method: "POST" });
    await Promise.resolve();
    server.answer(200, {});
    await sent;
    expect(mutation.getState().status).toBe("pending");
    expect(await mutation.mutate("/api/x", { method: "POST" })).toBeNull();
    mutation.reset();
    expect(mutation.getState().status).toBe("pending");
    mutation.fail("The answer had no session in it.");
    expect(mutation.getState()).toEqual({ status: "failed", error: "The answer had no session in it.", limited: null, fields: {} });
  });

  it("records a failure and lets the next request through", async () => {
    const { server, mutation } = setUp({ rateLimited: (wait) => `Wait ${wait}s.` });
    const sent = mutation.mutate("/api/x", { method: "POST" });
    await Promise.resolve();
    server.answer(429, { error: { message: "Slow down." } }, { "Retry-After": "40" });
    expect(await sent).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 40 });
    expect(mutation.getState()).toEqual({ status: "failed", error: null, limited: "Wait 40s.", fields: {} });
    const next = mutation.mutate("/api/x", { method: "POST" });
    expect(mutation.getState()).toEqual({ ...IDLE, status: "pending" });
    await Promise.resolve();
    server.answer(404, { error: { message: "Gone." } });
    expect(mutation.getState().status).toBe("pending");
    await next;
    expect(mutation.getState().error).toBe("Gone.");
    mutation.reset();
    expect(mutation.getState()).toBe(IDLE);
  });

  it("reads the options at each send, so the latest header callback is called", async () => {
    const server = controlledFetch();
    const remaining: string[] = [];
    let options: MutationOptions = { ...messages, fetch: server.fetch };
    const mutation = createMutation(() => options);
    options = { ...options, onHeaders: (headers) => remaining.push(headers.get("RateLimit-Remaining") ?? "") };
    const sent = mutation.mutate("/api/x", { method: "POST" });
    await Promise.resolve();
    server.answer(200, {}, { "RateLimit-Remaining": "4" });
    await sent;
    expect(remaining).toEqual(["4"]);
  });

  it("stops notifying a listener once it unsubscribes", () => {
    const { mutation } = setUp();
    let calls = 0;
    const unsubscribe = mutation.subscribe(() => (calls += 1));
    mutation.fail("One.");
    unsubscribe();
    mutation.fail("Two.");
    expect(calls).toBe(1);
  });
});
