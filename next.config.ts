import type { NextConfig } from "next";
import { staticHeaderRules } from "./lib/security/static-headers";

/**
 * Files the proxy does not see (build output, public/, icons), and the 404s for such paths that do not exist, still
 * carry the security headers. Pages and APIs get theirs, with a per-request CSP nonce, from proxy.ts.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Clerk's telemetry and keyless mode stay off in every bundle, browser included.
  env: { NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: "1", NEXT_PUBLIC_CLERK_KEYLESS_DISABLED: "1" },
  serverExternalPackages: ["@electric-sql/pglite", "pg", "ws", "ioredis"],
  async headers() {
    return staticHeaderRules();
  },
};

export default nextConfig;
