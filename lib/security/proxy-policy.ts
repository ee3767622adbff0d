/**
 * What the proxy decides for each request, kept free of Clerk so it is unit-tested on its own: which paths need a
 * session, which skip Clerk altogether, which server action bodies are too large to pass on, and which headers go on
 * the response.
 */
import "server-only";
import { NextResponse } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/api/action-body-limit";
import { adapters, clerkConfig, env } from "@/lib/env";
import {
  BASE_SECURITY_HEADERS,
  contentSecurityPolicy,
  createNonce,
  permissionsPolicyFor,
} from "@/lib/security/headers";

/**
 * Where a session is required. The proxy sends a signed-out visitor on these to sign-in (pages) or answers 401 (APIs);
 * every other path passes on, so a URL no route serves reaches Next's not-found page (404), not a sign-in trip. The
 * route table test checks that every "user" route and page lies under one of these.
 */
const SIGNED_IN_PREFIXES = ["/practice", "/profile", "/welcome", "/org", "/invite", "/api/practice", "/api/profile", "/api/orgs", "/api/invites", "/api/account", "/api/billing"];

export function requiresSession(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * The API routes that never read a session: public ones, candidates' token links, and jobs that authenticate with
 * their own bearer secret (CRON_SECRET). Only these skip Clerk's middleware, which costs more than the routes themselves (it verifies a token
 * and signs the auth headers it hands on). Every other path, unknown ones included, goes through Clerk so `auth()`
 * works there. The route table test checks this list against each route's declared auth.
 */
const SESSIONLESS_API_PATTERNS: RegExp[] = [
  /^\/api\/health\/?$/,
  /^\/api\/star-score\/?$/,
  /^\/api\/cron\/[^/]+\/?$/,
  // RFC 9116's file: public, fetched by scanners that carry no session.
  /^\/\.well-known\/security\.txt$/,
  // Candidates' assessment links: the token is the credential, no account is involved.
  /^\/api\/assessment\/[^/]+(\/[^/]+)*\/?$/,
  // Stripe's webhooks: the signature over the body is the credential.
  /^\/api\/webhooks\/stripe\/?$/,
];

export function skipsClerk(pathname: string): boolean {
  return SESSIONLESS_API_PATTERNS.some((pattern) => pattern.test(pathname));
}

export type ProxyPolicy = { nonce: string; csp: string; permissionsPolicy: string };

/** Clerk's hosted UI needs its Frontend API in production; local mode and no-Sentry setups add nothing. */
function firstPartyOrigins(): { connect: string[]; script: string[] } {
  const connect: string[] = [];
  const script: string[] = [];
  if (adapters.auth === "clerk") {
    const host = Buffer.from(clerkConfig.publishableKey.split("_")[2] ?? "", "base64").toString().replace(/\$$/, "");
    if (host) {
      connect.push(`https://${host}`);
      script.push(`https://${host}`);
    }
  }
  if (env.SENTRY_DSN) connect.push(new URL(env.SENTRY_DSN).origin);
  return { connect, script };
}

const origins = firstPartyOrigins();
const httpsApp = new URL(env.APP_URL).protocol === "https:";

export function buildProxyPolicy(pathname: string, nonce: string = createNonce()): ProxyPolicy {
  return {
    nonce,
    csp: contentSecurityPolicy({
      nonce,
      pathname,
      development: env.NODE_ENV === "development",
      connectOrigins: origins.connect,
      scriptOrigins: origins.script,
      upgradeInsecureRequests: httpsApp,
    }),
    permissionsPolicy: permissionsPolicyFor(pathname),
  };
}

export function withSecurityHeaders<R extends Response>(response: R, policy: ProxyPolicy): R {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", policy.csp);
  response.headers.set("Permissions-Policy", policy.permissionsPolicy);
  return response;
}

export function unauthorizedApiResponse(): NextResponse {
  return NextResponse.json(
    { error: { code: "unauthorized", message: "Sign in to use this endpoint." } },
    { status: 401 },
  );
}

/**
 * A JSON 413 for a server action whose declared body is past Next's limit, or null. Next finds out only while reading
 * the body, by throwing, and answers a fetch action with a 500. A server action is a POST to a page (never under
 * /api/) that carries `next-action`, or a multipart one (a form sent before the page hydrated). A body sent without a
 * content-length still meets Next's own check; the forms measure theirs before sending.
 */
export function oversizedActionResponse(request: Request): NextResponse | null {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return null;
  const isAction = request.headers.has("next-action") || /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (!isAction || !(declared > ACTION_BODY_LIMIT_BYTES)) return null;
  return NextResponse.json(
    { error: { code: "payload_too_large", message: `Request body must be at most ${ACTION_BODY_LIMIT_BYTES} bytes.` } },
    { status: 413 },
  );
}
