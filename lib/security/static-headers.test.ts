import { readFileSync } from "node:fs";
import path from "node:path";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import { BASE_SECURITY_HEADERS } from "@/lib/security/headers";
import { PROXY_SKIPPED_PREFIXES, staticHeaderRules } from "@/lib/security/static-headers";

/** The headers Next would send for a path: every matching rule in order, a later rule overriding an earlier key. */
function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of staticHeaderRules()) {
    // The matcher and options Next's router builds for each custom header rule.
    if (!getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)) continue;
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** The prefixes proxy.ts's matcher skips, read from its negative lookahead. */
function matcherSkips(): string[] {
  const source = readFileSync(path.resolve(__dirname, "../../proxy.ts"), "utf8");
  const lookahead = /matcher:\s*\[\s*"\/\(\(\?!([^)]*)\)/.exec(source)?.[1];
  expect(lookahead).toBeDefined();
  return (lookahead ?? "").split("|").map((prefix) => `/${prefix}`);
}

describe("staticHeaderRules", () => {
  it("covers exactly the prefixes the proxy matcher skips", () => {
    expect([...PROXY_SKIPPED_PREFIXES].sort()).toEqual(matcherSkips().sort());
  });

  it.each([
    "/robots.txt",
    "/mediapipe/x",
    "/fonts/x",
    "/icon.png",
    "/icon.svg",
    "/favicon.ico",
    "/_next/static/no-such-file.js",
    "/_next/image",
    "/mediapipe/wasm/vision_wasm_module_internal.js",
  ])("gives %s every security header, missing or not", (pathname) => {
    const headers = headersFor(pathname);
    for (const [key, value] of Object.entries(BASE_SECURITY_HEADERS)) expect(headers[key.toLowerCase()]).toBe(value);
    expect(headers["permissions-policy"]).toContain("camera=(), microphone=()");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });

  it("gives a path under every skipped prefix the headers", () => {
    for (const prefix of PROXY_SKIPPED_PREFIXES) {
      expect(headersFor(`${prefix}${prefix.endsWith("/") ? "" : "/"}missing`)["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("leaves paths the proxy handles to the proxy", () => {
    expect(headersFor("/")).toEqual({});
    expect(headersFor("/profile")).toEqual({});
    expect(headersFor("/api/health")).toEqual({});
  });

  it("gives the presence worker its own CSP, with wasm and connections only to us", () => {
    const headers = headersFor("/presence-worker.mjs");
    expect(headers["content-security-policy"]).toContain("'wasm-unsafe-eval'");
    expect(headers["content-security-policy"]).toContain("connect-src 'self'");
    expect(headers["strict-transport-security"]).toBe(BASE_SECURITY_HEADERS["Strict-Transport-Security"]);
  });

  it("serves MediaPipe's wasm as application/wasm and keeps the other headers", () => {
    const headers = headersFor("/mediapipe/wasm/vision_wasm_module_internal.wasm");
    expect(headers["content-type"]).toBe("application/wasm");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  });
});
