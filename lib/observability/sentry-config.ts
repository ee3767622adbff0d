/**
 * Sentry options shared by the browser and the server SDK, so both make the same privacy promises.
 *
 * No runtime Sentry import here: this module is loaded in the browser by `instrumentation-client.ts` (with the SDK, only
 * when a DSN is configured) and on the server through `sentry-server.ts`, and each side imports its own SDK build.
 */
import type { BrowserOptions, NodeOptions } from "@sentry/nextjs";
import { scrubBreadcrumb, scrubEvent } from "@/lib/observability/scrub";

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
