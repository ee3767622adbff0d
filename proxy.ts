// lib/env must load before Clerk's SDK: it puts the keys Clerk reads at import time in place.
import { adapters, clerkConfig, env } from "@/lib/env";
import { clerkMiddleware } from "@clerk/nextjs/server";
import { type NextFetchEvent, NextRequest, NextResponse } from "next/server";
import {
  buildProxyPolicy,
  oversizedActionResponse,
  type ProxyPolicy,
  requiresSession,
  skipsClerk,
  unauthorizedApiResponse,
  withSecurityHeaders,
} from "@/lib/security/proxy-policy";

const appOrigin = new URL(env.APP_URL).origin;

const clerk = clerkMiddleware(
  async (auth, request) => {
    const { pathname } = request.nextUrl;
    const policy = buildProxyPolicy(pathname);
    // A first gate only: every page, action and route handler checks the session again itself.
    if (requiresSession(pathname)) {
      const { userId } = await auth();
      if (!userId) {
        if (pathname.startsWith("/api/")) return withSecurityHeaders(unauthorizedApiResponse(), policy);
        const signIn = new URL("/sign-in", request.url);
        signIn.searchParams.set("redirect_url", pathname + request.nextUrl.search);
        return withSecurityHeaders(NextResponse.redirect(signIn), policy);
      }
    }
    return passOn(request, policy);
  },
  {
    publishableKey: clerkConfig.publishableKey,
    jwtKey: clerkConfig.jwtKey,
    authorizedParties: [appOrigin],
    signInUrl: "/sign-in",
  },
);

/** Lets the request through with our headers; Next reads the nonce from the request's CSP header for its scripts. */
function passOn(request: NextRequest, policy: ProxyPolicy): NextResponse {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", policy.nonce);
  requestHeaders.set("Content-Security-Policy", policy.csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

/**
 * Clerk forces a handshake on any page load that arrives from another site (back from Stripe Checkout, a link in a
 * webmail), to sync sessions across domains through its Frontend API. Local mode has none, so that handshake could
 * only end at sign-in as "expired", though the token is fine (Clerk still verifies it). So there Clerk is not shown
 * the Referer of a GET; no page or route reads it.
 */
function withoutReferrer(request: NextRequest): NextRequest {
  if (adapters.auth !== "local" || request.method !== "GET" || !request.headers.has("referer")) return request;
  const headers = new Headers(request.headers);
  headers.delete("referer");
  return new NextRequest(request, { headers });
}

/**
 * Clerk's middleware wrapped once more: a handshake redirect (an expired local token) would point at a Frontend API
 * that does not exist in local mode, so it becomes a plain trip to sign-in with the stale cookies cleared.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Before Clerk: an action body past Next's limit would only make Next throw (a 500), signed in or not.
  const oversized = oversizedActionResponse(request);
  if (oversized) return withSecurityHeaders(oversized, buildProxyPolicy(request.nextUrl.pathname));
  // Routes that never read a session (health, the public scorer, bearer-authenticated jobs) skip Clerk's work.
  if (skipsClerk(request.nextUrl.pathname)) return passOn(request, buildProxyPolicy(request.nextUrl.pathname));
  const response = (await clerk(withoutReferrer(request), event)) as NextResponse;
  const location = response.headers.get("location");
  if (adapters.auth === "local" && location && new URL(location, request.url).origin !== new URL(request.url).origin) {
    const policy = buildProxyPolicy(request.nextUrl.pathname);
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("redirect_url", request.nextUrl.pathname);
    signIn.searchParams.set("reason", "expired");
    const redirect = NextResponse.redirect(signIn);
    redirect.cookies.set("__session", "", { path: "/", maxAge: 0 });
    redirect.cookies.set("__client_uat", "0", { path: "/" });
    return withSecurityHeaders(redirect, policy);
  }
  // Clerk answers some requests itself (handshakes); those still get our headers.
  if (!response.headers.has("content-security-policy")) {
    withSecurityHeaders(response, buildProxyPolicy(request.nextUrl.pathname));
  }
  return response;
}

export const config = {
  // Everything but Next's build output and the files in public/: those get their headers from next.config.
  matcher: ["/((?!_next/static|_next/image|mediapipe/|presence-worker.mjs|fonts/|favicon.ico|icon|robots.txt).*)"],
};
