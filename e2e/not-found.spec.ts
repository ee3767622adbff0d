import { expect, test } from "@playwright/test";

// Signed out, a URL no route serves is a 404 with the app's not-found page; only signed-in areas send to sign-in.
for (const pathname of ["/no-such-page", "/tools/nope"]) {
  test(`signed out, ${pathname} answers 404 with the not-found page, not a trip to sign-in`, async ({ page }) => {
    const response = await page.goto(pathname);
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe(pathname);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
  });
}

test("signed out, a signed-in page still sends the visitor to sign-in", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fprofile$/);
});
