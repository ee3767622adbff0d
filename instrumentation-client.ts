/**
 * Next's client instrumentation: runs in the browser before hydration.
 *
 * The browser SDK starts only when the server rendered `<meta name="sentry-dsn">` (see `SENTRY_DSN_META`), so the DSN
 * comes from `lib/env.ts` at request time and this file never reads process.env. Same scrubbing as the server, no
 * session replay, no tracing, no console breadcrumbs.
 */
import * as Sentry from "@sentry/nextjs";
import {
  BROWSER_EXCLUDED_INTEGRATIONS,
  SENTRY_DSN_META,
  SENTRY_ENVIRONMENT_META,
  sharedSentryOptions,
} from "@/lib/observability/sentry-config";

function readMeta(name: string): string | undefined {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
  return content || undefined;
}

const dsn = typeof document === "undefined" ? undefined : readMeta(SENTRY_DSN_META);

if (dsn) {
  Sentry.init({
    ...sharedSentryOptions(dsn, readMeta(SENTRY_ENVIRONMENT_META)),
    integrations: (defaults) => [
      ...defaults.filter((integration) => !BROWSER_EXCLUDED_INTEGRATIONS.includes(integration.name) && integration.name !== "Breadcrumbs"),
      // Console arguments are whatever the page printed; clicks and navigations are recorded as selectors and paths only.
      Sentry.breadcrumbsIntegration({ console: false }),
    ],
  });
}
