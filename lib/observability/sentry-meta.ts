/**
 * The `<meta>` names through which the root layout hands the browser its Sentry settings at request time. A module of
 * its own because instrumentation-client.ts reads them on every page, and everything else about Sentry in the browser
 * (the SDK, its options, the scrubbers) loads only when the DSN is there.
 */

/** `<meta name="sentry-dsn" content="…">`, rendered when SENTRY_DSN is set. */
export const SENTRY_DSN_META = "sentry-dsn";

/** Optional `<meta name="sentry-environment" content="…">`; without it the SDK reports the build's NODE_ENV. */
export const SENTRY_ENVIRONMENT_META = "sentry-environment";
