import { expect, test } from "@playwright/test";
import { craftToken, currentSessionId, foreignPrivateKey, newIdentity, setSessionCookies, signIn } from "./helpers";
import { expectNoSeriousA11yViolations } from "./accessibility";

test("a protected API answers 401 with a JSON error when signed out", async ({ request }) => {
  const response = await request.get("/api/profile");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
});

test("a protected page sends a signed-out visitor to sign-in and back", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fprofile/);
});

test("a token signed by a foreign key is rejected", async ({ page, context }) => {
  const me = newIdentity("foreign");
  await signIn(page, me); // the user exists, so only the signature can make the difference
  await context.clearCookies();
  const issuedAt = Math.floor(Date.now() / 1000);
  await setSessionCookies(context, craftToken({ email: me.email, issuedAt, privateKeyPem: foreignPrivateKey() }), issuedAt);
  const api = await page.request.get("/api/profile");
  expect(api.status()).toBe(401);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an expired token is rejected", async ({ page, context }) => {
  const me = newIdentity("expired");
  await signIn(page, me);
  await context.clearCookies();
  const issuedAt = Math.floor(Date.now() / 1000) - 7200;
  await setSessionCookies(context, craftToken({ email: me.email, issuedAt, ttlSeconds: 600 }), issuedAt);
  const api = await page.request.get("/api/profile");
  expect(api.status()).toBe(401);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?.*reason=expired/);
  await expect(page.getByText("Your session expired. Sign in again to continue.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "sign-in after the session expired");
});

test("a valid token minted with the server's key is accepted", async ({ page, context }) => {
  // The control for the two tests above: the same crafting, with nothing wrong, signs in.
  // The token names the session the sign-in opened: a token for a session that was never opened is refused.
  const me = newIdentity("control");
  await signIn(page, me);
  const sessionId = await currentSessionId(context);
  await context.clearCookies();
  const issuedAt = Math.floor(Date.now() / 1000);
  await setSessionCookies(context, craftToken({ email: me.email, issuedAt, sessionId }), issuedAt);
  const api = await page.request.get("/api/profile");
  expect(api.status()).toBe(200);
});

test("a token stops working as soon as its session is signed out", async ({ page, context }) => {
  const me = newIdentity("signout");
  await signIn(page, me);
  const kept = (await context.cookies()).filter((cookie) => cookie.name.startsWith("__"));
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await context.addCookies(kept); // the old cookies, replayed as a stolen copy would be
  expect((await page.request.get("/api/profile")).status()).toBe(401);
});

test("signing out of all devices ends the other browser's session too", async ({ browser }) => {
  const me = newIdentity("everywhere");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, me);
  await signIn(phonePage, me);
  expect((await phonePage.request.get("/api/profile")).status()).toBe(200);
  await laptopPage.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in\?reason=signed-out-everywhere/);
  await expect(laptopPage.getByText("You are signed out on every device.")).toBeVisible();
  expect((await phonePage.request.get("/api/profile")).status()).toBe(401);
  await laptop.close();
  await phone.close();
});

test("one user's profile stays invisible to another", async ({ browser }) => {
  const alice = await browser.newContext();
  const bob = await browser.newContext();
  const alicePage = await alice.newPage();
  const bobPage = await bob.newPage();
  await signIn(alicePage, newIdentity("alice"));
  await alicePage.getByRole("textbox", { name: "CV text", exact: true }).fill("Alice's secret CV: built the ledger.");
  await alicePage.getByRole("button", { name: "Save profile" }).click();
  await expect(alicePage.getByTestId("profile-status")).toHaveText("Profile saved.");

  await signIn(bobPage, newIdentity("bob"));
  await expect(bobPage.getByRole("textbox", { name: "CV text", exact: true })).toHaveValue("");
  const bobApi = await bobPage.request.get("/api/profile");
  expect(bobApi.status()).toBe(200);
  expect(JSON.stringify(await bobApi.json())).not.toContain("Alice's secret CV");
  const aliceApi = await alicePage.request.get("/api/profile");
  expect((await aliceApi.json()).profile.cvText).toBe("Alice's secret CV: built the ledger.");
  await alice.close();
  await bob.close();
});
