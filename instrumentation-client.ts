/**
 * Next's client instrumentation: runs in the browser before hydration.
 *
 * zod is told not to probe for `eval` before any schema module runs, so the nonce CSP has nothing to refuse.
 *
 * The browser SDK starts only when the server rendered `<meta name="sentry-dsn">` (see `SENTRY_DSN_META`), so the DSN
 * comes from `lib/env.ts` at request time and this file never reads process.env. The SDK (about 80 kB gzip), our
 * options and the scrubbers are dynamic imports: pages of a deployment without Sentry never download them, and with
 * Sentry they load beside hydration instead of before it. Errors thrown while they load are kept and sent once the SDK
 * has started. Same scrubbing as the server, no session replay, no tracing, no console breadcrumbs.
 */
import "@/lib/validation/zod-config";
import { SENTRY_DSN_META, SENTRY_ENVIRONMENT_META } from "@/lib/observability/sentry-meta";

function readMeta(name: string): string | undefined {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
  return content || undefined;
}

async function startSentry(dsn: string, environment: string | undefined) {
  const early: unknown[] = [];
  const keepError = (event: ErrorEvent) => early.push(event.error ?? event.message);
  const keepRejection = (event: PromiseRejectionEvent) => early.push(event.reason);
  window.addEventListener("error", keepError);
  window.addEventListener("unhandledrejection", keepRejection);
  try {
    const [Sentry, { BROWSER_EXCLUDED_INTEGRATIONS, sharedSentryOptions }] = await Promise.all([
      import("@sentry/nextjs"),
      import("@/lib/observability/sentry-config"),
    ]);
    Sentry.init({
      ...sharedSentryOptions(dsn, environment),
      integrations: (defaults) => [
        ...defaults.filter((integration) => !BROWSER_EXCLUDED_INTEGRATIONS.includes(integration.name) && integration.name !== "Breadcrumbs"),
        // Console arguments are whatever the page printed; clicks and navigations are recorded as selectors and paths only.
        Sentry.breadcrumbsIntegration({ console: false }),
      ],
    });
    for (const error of early) Sentry.captureException(error);
  } finally {
    window.removeEventListener("error", keepError);
    window.removeEventListener("unhandledrejection", keepRejection);
  }
}

const dsn = typeof document === "undefined" ? undefined : readMeta(SENTRY_DSN_META);

if (dsn) {
  // A chunk that fails to load (offline, a deploy replaced it) leaves monitoring off for this page and nothing else.
  startSentry(dsn, readMeta(SENTRY_ENVIRONMENT_META)).catch(() => undefined);
}
