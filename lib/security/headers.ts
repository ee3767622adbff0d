/**
 * Security headers, as pure functions of the path, so the proxy, next.config and tests share one definition.
 */

import { pageUsesCapture } from "./capture-paths";

export { pageUsesCapture };

/** Headers every response carries, whatever serves it (pages, APIs, static files, 404s). */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
  "X-Frame-Options": "SAMEORIGIN",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // "0" turns off the legacy XSS auditor, which could itself be abused to leak data; the CSP does the real work.
  "X-XSS-Protection": "0",
};

/**
 * Features no page uses, denied to every frame. Only names Chromium recognises: it logs a console error on every page
 * for any it does not ("Unrecognized feature: 'bluetooth'"), which buries real errors. Web Bluetooth is not a policy
 * feature there, and browsers without Web Bluetooth (Firefox, Safari) cannot be asked for it anyway.
 * e2e/security-headers.spec.ts loads pages in Chromium and fails on any such complaint.
 */
const DENIED_FEATURES = ["geolocation=()", "payment=()", "usb=()", "serial=()", "hid=()", "interest-cohort=()"];

export function permissionsPolicyFor(pathname: string): string {
  const capture = pageUsesCapture(pathname) ? "camera=(self), microphone=(self)" : "camera=(), microphone=()";
  return [capture, ...DENIED_FEATURES].join(", ");
}

export type CspOptions = {
  nonce: string;
  pathname: string;
  /** React's dev build needs eval for its error overlay; production never does. */
  development: boolean;
  /** Extra origins the browser may connect to (Clerk's Frontend API in production, a Sentry ingest host). */
  connectOrigins?: string[];
  /** Extra script origins (Clerk's hosted clerk-js in production). */
  scriptOrigins?: string[];
  /** Whether to ask the browser to upgrade http subresources (only on an https deployment). */
  upgradeInsecureRequests?: boolean;
};

/**
 * A strict, nonce-based policy. `connect-src` lists only our own origin (plus configured first-party services), which
 * is what blocks MediaPipe's usage pings to Google. `'wasm-unsafe-eval'` is granted only where MediaPipe runs.
 */
export function contentSecurityPolicy(options: CspOptions): string {
  const capture = pageUsesCapture(options.pathname);
  const scriptSrc = [
    "'self'",
    `'nonce-${options.nonce}'`,
    "'strict-dynamic'",
    ...(capture ? ["'wasm-unsafe-eval'"] : []),
    ...(options.development ? ["'unsafe-eval'"] : []),
    ...(options.scriptOrigins ?? []),
  ];
  const directives: string[] = [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    // Inline style attributes come from React and Radix; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...(options.connectOrigins ?? [])].join(" ")}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ];
  if (options.upgradeInsecureRequests) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response. Uses Web Crypto so it runs in any runtime. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
