import type { Instrumentation } from "next";

/**
 * Runs once per server process before it serves: error monitoring first, then the embedded database's migrations, so
 * a fresh local install is ready on its first request. NEXT_RUNTIME is inlined by Next at build time; only the Node.js
 * runtime loads our server modules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { adapters, isBuildPhase } = await import("@/lib/env");
  const { initSentryServer } = await import("@/lib/observability/sentry-server");
  initSentryServer();
  if (adapters.database === "pglite" && !isBuildPhase) {
    const { getDb } = await import("@/db/client");
    await getDb();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { onRequestError: capture } = await import("@/lib/observability/sentry-server");
  capture(...args);
};
