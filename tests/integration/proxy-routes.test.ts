/**
 * The proxy's two path lists checked against the route table: the API routes that skip Clerk's middleware must be
 * exactly those whose every method is public or bearer-authenticated (cron), and every route or page that needs a
 * session must lie under a prefix the proxy gates. Then, through the real proxy: Clerk runs on signed-in and unknown
 * paths but not on the skipped ones, every answer carries our headers, and an unknown URL reaches Next's not-found.
 */
import path from "node:path";
import { type NextFetchEvent, NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import type { RouteAuth } from "@/lib/api/define-route";
import { requiresSession, skipsClerk } from "@/lib/security/proxy-policy";
import { appFiles, declaredPageAuth, loadModule } from "@/tests/helpers/app-files";

const files = appFiles();
const event = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as NextFetchEvent;

/** The URL path a route or page file serves, with each dynamic segment filled in. */
function pathFor(file: string): string {
  const dir = path.dirname(file).replace(/^app/, "").replace(/\/\[\[\.\.\.[^\]]+\]\]/, "");
  return dir.replace(/\[([^\]]+)\]/g, "x1") || "/";
}

async function declaredAuths(file: string): Promise<RouteAuth[]> {
  const mod = (await loadModule(file)) as Record<string, { route?: { auth: RouteAuth } }>;
  return Object.values(mod).flatMap((handler) => (handler?.route ? [handler.route.auth] : []));
}

const through = (pathname: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`http://localhost:3000${pathname}`, init), event);

describe("the proxy's path lists against the route table", () => {
  it.each(files.routes)("%s skips Clerk exactly when no method reads a session", async (file) => {
    const auths = await declaredAuths(file);
    expect(auths.length).toBeGreaterThan(0);
    const sessionless = auths.every((auth) => auth === "public" || auth === "cron" || auth === "token");
    expect(skipsClerk(pathFor(file)), `${pathFor(file)} declares ${auths.join(", ")}`).toBe(sessionless);
    if (auths.includes("user")) expect(requiresSession(pathFor(file))).toBe(true);
    if (auths.every((auth) => auth === "public" || auth === "token")) expect(requiresSession(pathFor(file))).toBe(false);
  });

  it.each(files.pages.filter((file) => file.endsWith("page.tsx")))("%s is gated exactly when it needs a session", (file) => {
    expect(requiresSession(pathFor(file)), pathFor(file)).toBe(declaredPageAuth(file) === "user");
  });

  it.each(["/no-such-page", "/tools/nope", "/api/no-such-route", "/profiles", "/practiced"])(
    "%s is neither gated nor skips Clerk",
    (pathname) => {
      expect(requiresSession(pathname)).toBe(false);
      expect(skipsClerk(pathname)).toBe(false);
    },
  );

  it.each(["/api/health/extra", "/api/star-scores", "/api/cron", "/api/cron/a/b"])("%s does not skip Clerk", (pathname) => {
    expect(skipsClerk(pathname)).toBe(false);
  });
});

describe("the proxy", () => {
  it.each(["/no-such-page", "/tools/nope"])("passes a signed-out request for %s on to Next (its not-found page), not to sign-in", async (pathname) => {
    const response = await through(pathname);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next") ?? response.headers.get("x-middleware-rewrite")).not.toBeNull();
    expect(response.headers.get("content-security-policy")).toMatch(/nonce-/);
  });

  it("still sends a signed-out visitor of a signed-in page to sign-in", async () => {
    const response = await through("/practice/nope");
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/sign-in");
  });

  it.each(["/api/health", "/api/star-score", "/api/cron/cleanup"])("lets %s through without Clerk, with our headers and nonce", async (pathname) => {
    const response = await through(pathname);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("x-clerk-auth-status")).toBeNull();
    expect(response.headers.get("content-security-policy")).toMatch(/nonce-/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeTruthy();
  });

  it.each(["/api/practice/sessions", "/no-such-page", "/"])("runs Clerk's middleware on %s", async (pathname) => {
    const response = await through(pathname);
    expect(response.headers.get("x-clerk-auth-status")).toBe("signed-out");
    expect(response.headers.get("content-security-policy")).toMatch(/nonce-/);
  });
});
