/**
 * What the browser downloads, on the built app: first-load JavaScript against a budget set from a bare Next.js 16 app
 * built the same way (174.5 kB gzip for a static page, 175.1 kB with one client component; /work/shared/floor), no
 * Sentry SDK without a DSN, browser errors reaching Sentry with one, and no CSP violation on pages with forms.
 */
import zlib from "node:zlib";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { baseURL, newIdentity, signIn } from "./helpers";

const FLOOR_GZIP = 175_060;
/** Text only the SDKs' own code contains: the prefix of Sentry's SDK names and a Clerk loader error. */
const SENTRY_SDK_MARKER = "sentry.javascript.";
const CLERK_SDK_MARKER = "Failed to load Clerk JS";

/** The `<script src>` files under /_next/ a page's HTML loads, the way the floor's measure script counts them. */
async function firstLoadScripts(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `${path} should render, not redirect`).toBe(200);
  const html = await response.text();
  const sources = new Set([...html.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&")));
  const scripts = [];
  for (const source of sources) {
    if (!new URL(source, baseURL).pathname.startsWith("/_next/")) continue;
    const body = await (await request.get(source)).body();
    scripts.push({ source, text: body.toString("utf8"), gzip: zlib.gzipSync(body, { level: 6 }).length });
  }
  return scripts;
}

async function expectWithinBudget(request: APIRequestContext, path: string, factor: number) {
  const scripts = await firstLoadScripts(request, path);
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  expect(total, `${path}: ${total} B gzip in ${scripts.length} scripts`).toBeLessThanOrEqual(Math.round(FLOOR_GZIP * factor));
  for (const script of scripts) {
    expect(script.text, `${script.source} holds Sentry's SDK`).not.toContain(SENTRY_SDK_MARKER);
    expect(script.text, `${script.source} holds Clerk's SDK`).not.toContain(CLERK_SDK_MARKER);
  }
}

test("public pages load at most 1.15 times a bare Next.js app's JavaScript, without Sentry or Clerk", async ({ request }) => {
  await expectWithinBudget(request, "/", 1.15);
  await expectWithinBudget(request, "/tools/star-scorer", 1.15);
  await expectWithinBudget(request, "/sign-in", 1.15);
});

test("signed-in pages load at most 1.3 times a bare Next.js app's JavaScript", async ({ page }) => {
  await signIn(page, newIdentity("bundle"));
  await expectWithinBudget(page.request, "/practice", 1.3);
  await expectWithinBudget(page.request, "/profile", 1.3);
});

test("without a DSN the browser never downloads Sentry's SDK", async ({ page }) => {
  const downloaded: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") downloaded.push(await response.text().catch(() => ""));
  });
  await page.goto("/tools/star-scorer");
  await page.getByLabel("Your answer").fill("I led the migration and cut costs by 20%.");
  await expect(page.getByTestId("live-estimate")).toContainText("Live rubric estimate:");
  await page.waitForLoadState("networkidle");
  expect(downloaded.length).toBeGreaterThan(0);
  expect(downloaded.filter((text) => text.includes(SENTRY_SDK_MARKER))).toEqual([]);
  expect(await page.evaluate(() => "__SENTRY__" in window)).toBe(false);
});

/** Serves the page with the DSN meta tag the layout renders when SENTRY_DSN is set, and records what the SDK sends. */
async function withSentryDsn(page: Page, path: string) {
  // Same origin, so the CSP's connect-src 'self' lets the envelope out, and the route below answers it.
  const dsn = `${new URL(baseURL).protocol}//publickey@${new URL(baseURL).host}/1`;
  const envelopes: string[] = [];
  await page.route("**/api/1/envelope/**", async (route) => {
    envelopes.push(route.request().postDataBuffer()?.toString("utf8") ?? "");
    await route.fulfill({ status: 200, contentType: "application/json", body: "{}" });
  });
  await page.route(`${baseURL}${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("<head>", `<head><meta name="sentry-dsn" content="${dsn}"/>`);
    await route.fulfill({ response, body: html });
  });
  return envelopes;
}

test("with a DSN, an error thrown in the browser reaches Sentry", async ({ page }) => {
  const envelopes = await withSentryDsn(page, "/tools/star-scorer");
  await page.goto("/tools/star-scorer");
  await page.waitForFunction(() => "__SENTRY__" in window);
  await page.evaluate(() => setTimeout(() => {
    throw new TypeError("client-bundle-e2e: browser error marker");
  }));
  await expect.poll(() => envelopes.find((body) => body.includes("client-bundle-e2e: browser error marker"))).toBeTruthy();
  const envelope = envelopes.find((body) => body.includes("client-bundle-e2e"))!;
  expect(envelope).toContain('"type":"TypeError"');
  expect(envelope).toContain(SENTRY_SDK_MARKER);
});

test("pages with forms raise no Content Security Policy violation", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  await page.goto("/tools/star-scorer");
  await page.getByLabel("Your answer").fill("I led the migration and cut costs by 20%.");
  await expect(page.getByTestId("live-estimate")).toContainText("Live rubric estimate:");
  expect(await violations()).toEqual([]);
  await signIn(page, newIdentity("csp"), "/practice");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  await page.goto("/profile");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
});
