/**
 * Runs a request through the real proxy (Clerk's middleware, our policy) and then, as Next does, hands the route
 * handler the request headers the proxy set. Lets integration tests cover auth end to end without a browser.
 */
import { NextRequest, type NextFetchEvent } from "next/server";
import proxy from "@/proxy";

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const event = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as NextFetchEvent;

export async function callThroughProxy<P = Record<string, never>>(
  handler: RouteHandler<P>,
  request: Request,
  params?: P,
): Promise<Response> {
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.clone().text();
  const proxied = await proxy(new NextRequest(request.clone()), event);
  // The proxy answered by itself (401, redirect): the handler never runs.
  // (Clerk turns NextResponse.next() into a same-URL rewrite, so either header means "continue".)
  if (!proxied.headers.get("x-middleware-next") && !proxied.headers.get("x-middleware-rewrite")) return proxied;
  const headers = new Headers(request.headers);
  const overridden = proxied.headers.get("x-middleware-override-headers");
  for (const name of overridden?.split(",").filter(Boolean) ?? []) {
    const value = proxied.headers.get(`x-middleware-request-${name}`);
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const forwarded = new Request(request.url, { method: request.method, headers, body });
  const response = await handler(forwarded, { params: Promise.resolve(params ?? ({} as P)) });
  // Next merges the proxy's response headers into the handler's response.
  proxied.headers.forEach((value, name) => {
    if (!name.startsWith("x-middleware-") && !response.headers.has(name)) response.headers.set(name, value);
  });
  return response;
}

/**
 * A cookie header carrying a locally minted session for `email`, as the sign-in action would set it: the user row is
 * created (or found) and the session's row opened, since a token verifies only while its session is open.
 */
export async function sessionCookieFor(email: string, options: { issuedAt?: number; ttlSeconds?: number } = {}) {
  const { issueLocalSession } = await import("@/lib/auth/local-session");
  const { recordLocalSession } = await import("@/lib/auth/sign-in-service");
  const { getDb } = await import("@/db/client");
  const now = options.issuedAt === undefined ? new Date() : new Date(options.issuedAt * 1000);
  const session = issueLocalSession(email, now, options.ttlSeconds ?? 3600);
  await recordLocalSession(getDb, session, { email, displayName: email }, now);
  return `__session=${session.token}; __client_uat=${session.issuedAt}`;
}
