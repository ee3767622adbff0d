import "@/lib/validation/zod-config";
import type { Instrumentation } from "next";

/**
 * Runs once per server process before it serves: error monitoring first, then the hook server.mjs calls on shutdown,
 * then the embedded database's migrations, so a fresh local install is ready on its first request, then a warning for
 * operators if camera presence is off, then the scheduled jobs (lib/jobs/start.ts). NEXT_RUNTIME is inlined by Next at build time; only the Node.js runtime loads
 * our server modules. The zod-config import comes first so zod's options are set before any schema is built (see
 * lib/validation/zod-config.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { adapters, isBuildPhase } = await import("@/lib/env");
  const { initSentryServer } = await import("@/lib/observability/sentry-server");
  initSentryServer();
  const { getDb, shutdownDb } = await import("@/db/client");
  const { startJobScheduler, stopJobScheduler } = await import("@/lib/jobs/start");
  installShutdownHook(async () => {
    stopJobScheduler();
    await shutdownDb();
  });
  if (adapters.database === "pglite" && !isBuildPhase) await getDb();
  if (!isBuildPhase) (await import("@/lib/practice/presence-model")).reportPresenceModel();
  if (!isBuildPhase) startJobScheduler();
}

/** Must match SHUTDOWN_HOOK in server.mjs. */
const SHUTDOWN_HOOK = "__rehearseShutdown";

/**
 * server.mjs runs outside Next's bundle and cannot import the app's modules, so the app leaves it one function on
 * globalThis to call once the last connection has closed: it releases what the process holds open. The database is
 * the one thing today (PGlite must flush and close its files; the pools end their connections), after the job
 * scheduler's pending timers are cancelled.
 */
function installShutdownHook(shutdown: () => Promise<void>) {
  const hooks = globalThis as typeof globalThis & { [SHUTDOWN_HOOK]?: () => Promise<void> };
  hooks[SHUTDOWN_HOOK] = shutdown;
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { onRequestError: capture } = await import("@/lib/observability/sentry-server");
  capture(...args);
};
