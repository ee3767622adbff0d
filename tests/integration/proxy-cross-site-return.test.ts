/**
 * Coming back to the app from another site (Stripe Checkout's success redirect, a link in a webmail) in local auth
 * mode: Clerk would force a cross-domain handshake for a page load with a foreign Referer, which local mode can only
 * answer with sign-in ("expired"). The proxy keeps the Referer from Clerk, so a valid session stays signed in; an
 * expired token still goes to sign-in.
 */
import { describe, expect, it } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import proxy from "@/proxy";
import { sessionCookieFor } from "@/tests/helpers/through-proxy";

const event = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as NextFetchEvent;

/** A page load as a browser sends it after a redirect from `referer`. */
function pageLoad(path: string, cookie: string, referer: string) {
  const headers = { cookie, referer, "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", "sec-fetch-site": "cross-site" };
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }), event);
}

const passedOn = (response: Response) => Boolean(response.headers.get("x-middleware-next") || response.headers.get("x-middleware-rewrite"));

describe("a page load arriving from another site", () => {
  it("keeps a valid local session signed in", async () => {
    const cookie = await sessionCookieFor(`return-${crypto.randomUUID()}@example.test`);
    const response = await pageLoad("/pricing?checkout=success", cookie, "http://127.0.0.1:4242/checkout/cs_test_1");
    expect(response.headers.get("location")).toBeNull();
    expect(passedOn(response)).toBe(true);
  });

  it("still sends an expired session to sign-in", async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const cookie = await sessionCookieFor(`expired-${crypto.randomUUID()}@example.test`, { issuedAt, ttlSeconds: 60 });
    const response = await pageLoad("/practice", cookie, "http://127.0.0.1:4242/checkout/cs_test_1");
    expect(new URL(response.headers.get("location")!).pathname).toBe("/sign-in");
    expect(new URL(response.headers.get("location")!).searchParams.get("reason")).toBe("expired");
  });
});
