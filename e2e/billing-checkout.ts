/** Steps shared by the billing specs: paying on the local Stripe server's Checkout page (scripts/local-stripe-server.ts). */
import { expect, type Page } from "@playwright/test";

/**
 * On the Checkout page the app sent the browser to: Pay, which makes the subscription and delivers its signed webhooks
 * to the app before sending the browser back, so the page it lands on already reflects the new plan.
 */
export async function payOnLocalCheckout(page: Page) {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_test_[0-9a-f]+$/);
  await expect(page.getByRole("heading", { name: "Local Stripe Checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
}
