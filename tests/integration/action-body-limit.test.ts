/**
 * Server action bodies past Next's 1 MB limit, through the real proxy: Next would read them only to throw (a 500), so
 * the proxy answers a JSON 413 first, signed in or not. Everything else passes on as before.
 */
import { describe, expect, it } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import proxy from "@/proxy";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/api/action-body-limit";
import { signedInTestUser } from "@/tests/helpers/context";

const event = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as NextFetchEvent;

function post(path: string, headers: Record<string, string>, bytes: number) {
  const body = "a".repeat(bytes);
  return proxy(new NextRequest(`http://localhost:3000${path}`, { method: "POST", headers: { "content-length": String(bytes), ...headers }, body }), event);
}

/** What Clerk's middleware answers to go on to the page or route (see tests/helpers/through-proxy.ts). */
const passedOn = (response: Response) => Boolean(response.headers.get("x-middleware-next") || response.headers.get("x-middleware-rewrite"));

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("content-security-policy")).toBeTruthy();
  expect(await response.json()).toEqual({
    error: { code: "payload_too_large", message: `Request body must be at most ${ACTION_BODY_LIMIT_BYTES} bytes.` },
  });
}

describe("server action bodies past the limit", () => {
  it("answers 413 JSON to a fetch action past 1 MB, signed in and signed out", async () => {
    const { cookie } = await signedInTestUser();
    const headers = { "next-action": "7f".repeat(21), "content-type": "multipart/form-data; boundary=----x" };
    await expectTooLarge(await post("/profile", { ...headers, cookie }, ACTION_BODY_LIMIT_BYTES + 1));
    await expectTooLarge(await post("/profile", headers, 2 * ACTION_BODY_LIMIT_BYTES));
    await expectTooLarge(await post("/sign-in", { "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8" }, ACTION_BODY_LIMIT_BYTES + 1));
  });

  it("answers 413 JSON to a multipart form posted before hydration (no next-action header)", async () => {
    await expectTooLarge(await post("/sign-in", { "content-type": "multipart/form-data; boundary=----x" }, ACTION_BODY_LIMIT_BYTES + 1));
  });

  it("passes on an action at the limit, a GET, a plain form post, and API routes (each has its own limit)", async () => {
    const action = { "next-action": "7f".repeat(21), "content-type": "multipart/form-data; boundary=----x" };
    expect(passedOn(await post("/sign-in", action, ACTION_BODY_LIMIT_BYTES))).toBe(true);
    expect(passedOn(await post("/sign-in", { "content-type": "application/x-www-form-urlencoded" }, ACTION_BODY_LIMIT_BYTES + 1))).toBe(true);
    const get = await proxy(new NextRequest("http://localhost:3000/sign-in", { headers: { "next-action": "x", "content-length": "99999999" } }), event);
    expect(passedOn(get)).toBe(true);
    // The recording upload (up to 10 MB) and the public scorer read their own bodies within their own limits.
    const upload = await post("/api/star-score", action, 2 * ACTION_BODY_LIMIT_BYTES);
    expect(passedOn(upload)).toBe(true);
  });
});
