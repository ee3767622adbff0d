import type { NextConfig } from "next";
import { BASE_SECURITY_HEADERS, permissionsPolicyFor } from "./lib/security/headers";

/**
 * Files the proxy does not see (build output, public/, icons) still carry the security headers. Pages and APIs get
 * theirs, with a per-request CSP nonce, from proxy.ts.
 */
const STATIC_PATHS = ["/_next/static/:path*", "/_next/image", "/mediapipe/:path*", "/favicon.ico", "/icon.svg", "/robots.txt"];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Clerk's telemetry and keyless mode stay off in every bundle, browser included.
  env: { NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: "1", NEXT_PUBLIC_CLERK_KEYLESS_DISABLED: "1" },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "ws", "ioredis"],
  async headers() {
    const staticHeaders = [
      ...Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      { key: "Permissions-Policy", value: permissionsPolicyFor("/") },
      { key: "Content-Security-Policy", value: "default-src 'self'; object-src 'none'; frame-ancestors 'self'" },
    ];
    // The presence worker runs MediaPipe's wasm under its own script's CSP: wasm allowed, connections only to us
    // (which is what stops the library's usage pings to Google).
    const workerHeaders = [
      ...staticHeaders.filter(({ key }) => key !== "Content-Security-Policy"),
      {
        key: "Content-Security-Policy",
        value: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; object-src 'none'",
      },
    ];
    return [
      ...STATIC_PATHS.map((source) => ({ source, headers: staticHeaders })),
      { source: "/presence-worker.mjs", headers: workerHeaders },
      { source: "/mediapipe/:path*.wasm", headers: [{ key: "Content-Type", value: "application/wasm" }] },
    ];
  },
};

export default nextConfig;
