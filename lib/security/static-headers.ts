/**
 * Security headers for the paths the proxy never sees, as next.config `headers()` rules. Next applies these rules to
 * every request whose path matches, before it looks for a file, so a missing file under one of these prefixes (its
 * 404 page) carries them as well as a file that exists. Relative imports only: next.config loads this file.
 */
import { BASE_SECURITY_HEADERS, permissionsPolicyFor } from "./headers";

/**
 * Path prefixes the proxy's matcher skips (build output and the files in public/). proxy.ts must spell its matcher
 * as a literal, so it cannot import this list; a unit test checks the two agree. The matcher skips any path that
 * merely starts with one of these, so the rules below match by prefix too.
 */
export const PROXY_SKIPPED_PREFIXES = [
  "/_next/static",
  "/_next/image",
  "/mediapipe/",
  "/presence-worker.mjs",
  "/fonts/",
  "/favicon.ico",
  "/icon",
  "/robots.txt",
] as const;

export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

const STATIC_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'self'";

/** The presence worker runs MediaPipe's wasm: wasm allowed, connections only to us (no usage pings to Google). */
const WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'";

function headerList(csp: string): HeaderRule["headers"] {
  return [
    ...Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    { key: "Permissions-Policy", value: permissionsPolicyFor("/") },
    { key: "Content-Security-Policy", value: csp },
  ];
}

/**
 * One rule per skipped prefix, then the narrower overrides. When two rules set the same header Next keeps the later
 * one, which is why the worker's CSP and the wasm content type come last.
 */
export function staticHeaderRules(): HeaderRule[] {
  return [
    // "(.*)" rather than ":path*": it also matches right after the prefix ("/icon.png"), as the matcher does.
    ...PROXY_SKIPPED_PREFIXES.map((prefix) => ({ source: `${prefix}(.*)`, headers: headerList(STATIC_CSP) })),
    { source: "/presence-worker.mjs", headers: headerList(WORKER_CSP) },
    { source: "/mediapipe/:path*.wasm", headers: [{ key: "Content-Type", value: "application/wasm" }] },
  ];
}
