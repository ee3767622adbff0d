/**
 * The server side of the Sentry adapter: the only server module that imports the SDK.
 *
 * `instrumentation.ts` calls `initSentryServer()` from `register()` on the Node.js runtime and re-exports
 * `onRequestError`. With no SENTRY_DSN (the local adapter, "off") nothing is initialised and nothing is sent.
 */
import "server-only";
import * as Sentry from "@sentry/nextjs";
import { adapters, env } from "@/lib/env";
import { SERVER_EXCLUDED_INTEGRATIONS, sharedSentryOptions } from "@/lib/observability/sentry-config";

/**
 * The exact options `initSentryServer` passes to `Sentry.init`. Exported so the integration test initialises the real
 * SDK with the same configuration production uses, instead of a copy that could drift.
 */
export function sentryServerOptions(dsn: string | undefined, environment?: string): Sentry.NodeOptions {
  return {
    ...sharedSentryOptions(dsn, environment),
    // Local variables in stack frames would hold the answer or CV being processed when the error happened.
    includeLocalVariables: false,
    integrations: (defaults) => defaults.filter((integration) => !SERVER_EXCLUDED_INTEGRATIONS.includes(integration.name)),
  };
}

/** What `initSentryServer` needs; defaults come from `lib/env.ts`. */
export type SentryServerConfig = { dsn: string | undefined; environment: string | undefined; enabled: boolean };

const configFromEnv = (): SentryServerConfig => ({
  dsn: env.SENTRY_DSN,
  environment: env.SENTRY_ENVIRONMENT ?? env.NODE_ENV,
  enabled: adapters.errors === "sentry",
});

/**
 * Starts the server SDK when the errors adapter is "sentry". Returns whether it did, so callers and tests can tell.
 * Does nothing without a DSN: the SDK would otherwise look for SENTRY_DSN in process.env on its own, bypassing
 * `lib/env.ts`.
 */
export function initSentryServer(config: SentryServerConfig = configFromEnv()): boolean {
  if (!config.enabled || !config.dsn) return false;
  Sentry.init(sentryServerOptions(config.dsn, config.environment));
  return true;
}

/** Where a handled error came from; both values end up as Sentry tags, so an event can be matched to a 500 response. */
export type ErrorReportContext = { route?: string; action?: string; requestId?: string };

/**
 * Reports an error the app caught itself. The route and action wrappers answer 500 instead of rethrowing, so Next's
 * `onRequestError` never sees those errors; they call this instead. A no-op when Sentry is off.
 */
export function reportError(error: unknown, context: ErrorReportContext = {}): void {
  Sentry.withScope((scope) => {
    if (context.route) scope.setTag("route", context.route);
    if (context.action) scope.setTag("action", context.action);
    if (context.requestId) scope.setTag("request_id", context.requestId);
    Sentry.captureException(error);
  });
}

/**
 * Next's `onRequestError` hook: reports errors thrown while rendering, in route handlers, server actions and the proxy.
 * A no-op until `initSentryServer` has run, so it is safe to export unconditionally.
 */
export const onRequestError = Sentry.captureRequestError;
