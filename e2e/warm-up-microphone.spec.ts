/**
 * The warm-up's microphone check when the candidate arrives the usual way: signed in on /sign-in (whose
 * Permissions-Policy denies the microphone), taken to /practice by a client-side navigation, then the warm-up link.
 * The document keeps the first page's policy across client-side navigations, so without a full load of the capture
 * page the check would be refused however willing the browser and the microphone are.
 */
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { withFakeMicrophone } from "./voice";

test.use(withFakeMicrophone());

test("after client-side navigation, the warm-up records from the microphone and plays it back", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, newIdentity("warm-up-microphone"), "/practice");
  await page.getByRole("link", { name: "Check your camera and microphone" }).click();
  await expect(page).toHaveURL(/\/practice\/warm-up$/);
  // The capture-policy guard loads the page again in full; the document then allows the microphone.
  // Asked while the reload is under way, the old document is gone mid-question: that reads as "not yet".
  const allowsMicrophone = () =>
    page
      .evaluate(() => (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy?.allowsFeature("microphone"))
      .catch(() => false);
  await expect.poll(allowsMicrophone).toBe(true);
  await page.waitForLoadState("load");
  const check = page.getByTestId("microphone-check");
  await check.getByRole("button", { name: "Test microphone" }).click();
  await expect(check.getByLabel("Your test recording")).toBeVisible({ timeout: 30_000 });
  await expect(check.getByTestId("microphone-error")).toHaveCount(0);
});
