/**
 * Sentry options shared by the browser and the server SDK, so both make the same privacy promises.
 *
 * No runtime Sentry import here: this module is bundled into the browser through `instrumentation-client.ts` and
 * into the server through `sentry-server.ts`, and each side imports its own SDK build.
 */
import type { BrowserOptions, NodeOptions } from "@sentry/nextjs";
import { scrubBreadcrumb, scrubEvent } from "@/lib/observability/scrub";

/** `<meta name="sentry-dsn" content="…">`, rendered by the root layout when SENTRY_DSN is set; the browser reads it. */
export const SENTRY_DSN_META = "sentry-dsn";

/** Optional `<meta name="sentry-environment" content="…">`; without it the SDK reports the
 * build's NODE_ENV (`production` or `development`). */
export const SENTRY_ENVIRONMENT_META = "sentry-environment";

/**
 * Integrations the browser SDK must not run: tracing records navigation and interaction timings tied to what the user
 * clicked, replay records the screen (answers included), feedback opens a form that sends free text.
 */
export const BROWSER_EXCLUDED_INTEGRATIONS: readonly string[] = ["BrowserTracing", "Replay", "ReplayCanvas", "Feedback"];

/** Server integrations we drop: console output can be anything a library printed, including ORM parameter dumps. */
export const SERVER_EXCLUDED_INTEGRATIONS: readonly string[] = ["Console"];

/**
 * The options both SDKs share.
 *
 * `dataCollection` is spelled out in full because, in SDK 10.x, any category left out falls back to its permissive
 * default (gen-AI inputs and outputs included, which for us are the CV and the answers sent to OpenAI).
 * `sendDefaultPii: false` is kept as well for readers and older code paths; when `dataCollection` is present the SDK
 * ignores it. Tracing is off (`tracesSampleRate: 0`): spans would carry URLs and AI prompts and we do not need them.
 */
export function sharedSentryOptions(dsn: string | undefined, environment: string | undefined) {
  return {
    dsn,
    // Without a DSN the SDK stays inert even if something calls init; it never falls back to a default endpoint.
    enabled: Boolean(dsn),
    environment,
    sendDefaultPii: false,
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: false, response: false },
      httpBodies: [],
      urlQueryParams: false,
      graphQL: { document: false, variables: false },
      genAI: { inputs: false, outputs: false },
      databaseQueryData: false,
      stackFrameVariables: false,
    },
    tracesSampleRate: 0,
    maxBreadcrumbs: 50,
    beforeSend: scrubEvent,
    beforeSendTransaction: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
  } satisfies BrowserOptions & NodeOptions;
}
