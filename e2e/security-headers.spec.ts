import { expect, test, type APIResponse } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signIn, newIdentity } from "./helpers";

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains; preload");
  expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-xss-protection"]).toBeDefined();
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  return headers;
}

test("the landing page carries every security header and a per-request nonce", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = expectBaseHeaders(first)["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("wasm-unsafe-eval");
  expect(csp).toContain("connect-src 'self'");
  const nonce = (value: string | undefined) => /'nonce-([^']+)'/.exec(value ?? "")?.[1];
  expect(nonce(csp)).toBeTruthy();
  expect(nonce(csp)).not.toBe(nonce(second.headers()["content-security-policy"]));
  // Next stamps the same nonce on the scripts it renders.
  expect(await first.text()).toContain(`nonce="${nonce(csp)}"`);
});

test("the health API carries the security headers and reports adapters without secrets", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expectBaseHeaders(response);
  const body = await response.json();
  expect(body.database.reachable).toBe(true);
  expect(body.adapters.auth).toBe("local");
  expect(JSON.stringify(body)).not.toMatch(/sk_live|BEGIN|postgres:\/\//);
});

test("a 404 page carries the security headers", async ({ page }) => {
  await signIn(page, newIdentity("notfound"));
  const response = await page.request.get("/no-such-page");
  expect(response.status()).toBe(404);
  expectBaseHeaders(response);
  expect(response.headers()["content-security-policy"]).toContain("'nonce-");
  const asset = await page.request.get("/_next/static/no-such-file.js");
  expect(asset.status()).toBe(404);
  expectBaseHeaders(asset);
});

test("the app icon is served", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/");
});

test("camera and microphone are allowed, and wasm compiled, only on capture pages", async ({ page }) => {
  await signIn(page, newIdentity("capture"));
  const practice = await page.request.get("/practice/warm-up");
  expect(practice.status()).toBe(200);
  expect(practice.headers()["permissions-policy"]).toContain("camera=(self), microphone=(self)");
  expect(practice.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
  for (const pathname of ["/", "/profile", "/tools/star-scorer", "/api/health"]) {
    const response = await page.request.get(pathname);
    expect(response.headers()["permissions-policy"]).toContain("camera=(), microphone=()");
    expect(response.headers()["content-security-policy"]).not.toContain("wasm-unsafe-eval");
  }
  const worker = await page.request.get("/presence-worker.mjs");
  expect(worker.headers()["content-security-policy"]).toContain("connect-src 'self'");
  const wasm = await page.request.get("/mediapipe/wasm/vision_wasm_module_internal.wasm");
  expect(wasm.headers()["content-type"]).toBe("application/wasm");
});

test("pages load without console errors or warnings about their headers", async ({ page }) => {
  const complaints: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if ((message.type() === "error" || message.type() === "warning") && /header|policy/i.test(text)) complaints.push(`${page.url()}: ${text}`);
  });
  await signIn(page, newIdentity("console"));
  // The landing page and a capture page, whose Permissions-Policy differ; the profile is where sign-in left us.
  for (const pathname of ["/", "/practice", "/privacy"]) {
    await page.goto(pathname);
    await expect(page.locator("h1").first()).toBeVisible();
  }
  expect(complaints).toEqual([]);
});

test("the privacy and security pages pass the accessibility checks", async ({ page }) => {
  await page.goto("/privacy");
  await expectNoSeriousA11yViolations(page, "privacy page");
  await page.goto("/security");
  await expectNoSeriousA11yViolations(page, "security page");
});
