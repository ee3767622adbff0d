/**
 * Optional `next.config.ts` wrapper for the Sentry SDK, configured so the build stays offline.
 *
 * Not required for error reporting: Next 16 loads `instrumentation.ts` (register, onRequestError) and
 * `instrumentation-client.ts` on its own. Wrapping only adds build-time conveniences (stack-frame path rewriting,
 * value injection into the instrumentation files, external packages for OpenTelemetry). Everything that talks to
 * Sentry at build time (source-map upload, release creation, the plugin's own telemetry) is switched off here, and
 * the two code paths that could run it (the webpack plugin and the post-compile hook) are not installed at all.
 */
import { withSentryConfig, type SentryBuildOptions } from "@sentry/nextjs/config";
import type { NextConfig } from "next";

/** The build options used by `withOfflineSentryConfig`; exported for its test. */
export const OFFLINE_SENTRY_BUILD_OPTIONS = {
  silent: true,
  telemetry: false,
  // No authToken, org or project on purpose: nothing is ever uploaded, so none is needed.
  sourcemaps: { disable: true, deleteSourcemapsAfterUpload: false },
  release: { create: false, finalize: false },
  widenClientFileUpload: false,
  tunnelRoute: false,
  // The manifest would ship every route path to the browser for transaction names; we do not trace.
  routeManifestInjection: false,
  // Turbopack (Next 16's default) runs uploads from this hook; without it the bundler plugin is never loaded.
  useRunAfterProductionCompileHook: false,
  // That hook instruments navigations for tracing, which the client config deliberately leaves out.
  suppressOnRouterTransitionStartWarning: true,
  webpack: {
    // With `next build --webpack` the Sentry webpack plugin would otherwise be added (and could upload).
    disableSentryConfig: true,
    // The non-deprecated name of `disableLogger`.
    treeshake: { removeDebugLogging: true },
    automaticVercelMonitors: false,
  },
} satisfies SentryBuildOptions;

/**
 * Wraps a Next config with `withSentryConfig` using `OFFLINE_SENTRY_BUILD_OPTIONS`. The input is copied first because
 * the SDK writes `env` and `experimental` on the object it is given.
 */
export function withOfflineSentryConfig(config: NextConfig): NextConfig {
  const copy: NextConfig = { ...config, env: { ...config.env }, experimental: { ...config.experimental } };
  return withSentryConfig(copy, OFFLINE_SENTRY_BUILD_OPTIONS);
}
