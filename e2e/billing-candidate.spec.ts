/**
 * A candidate on Free, with billing on against the local Stripe server: spends the month's allowance of practice
 * sessions, meets the 402 and its upgrade link, pays for Pro on the Checkout page, and comes back with AI unlocked and
 * Pro's allowance, the webhook having changed the plan before the browser returns. Then cancels in the billing portal:
 * Pro holds to the period's end, which the pricing page states, and once Stripe ends it the candidate is on Free.
 */
import { expect, type Page, test } from "@playwright/test";
import { payOnLocalCheckout } from "./billing-checkout";
import { newIdentity, signIn } from "./helpers";
import { startSession } from "./practice";

test("a Free candidate spends the allowance, meets the upgrade path and pays for Pro, which unlocks AI", async ({ page }) => {
  test.slow();
  await signIn(page, newIdentity("free"), "/practice");
  const meter = page.getByTestId("usage-practice_sessions");
  await expect(meter).toContainText("0 of 10 practice sessions this month on Free.");
  await expect(page.getByTestId("question-engine")).toContainText("Offline engine on the Free plan (AI questions come with Pro)");
  await expect(page.getByTestId("billing-off-banner")).toHaveCount(0);

  // Ten starts through the API the form calls, from the page, with its cookies: the whole Free allowance.
  const statuses = await page.evaluate(async () => {
    const answers: number[] = [];
    for (let started = 0; started < 10; started++) {
      const body = JSON.stringify({ type: "behavioural", count: 3 });
      const response = await fetch("/api/practice/sessions", { method: "POST", headers: { "content-type": "application/json" }, body });
      answers.push(response.status);
    }
    return answers;
  });
  expect(statuses).toEqual(Array(10).fill(201));

  await page.reload();
  await expect(meter).toContainText("10 of 10 practice sessions this month on Free.");
  await expect(meter.getByRole("link", { name: "Upgrade for more" })).toHaveAttribute("href", "/pricing");

  // The eleventh, from the form: refused with the plan's message and a link to upgrade; no session opens.
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start session" }).click();
  const refusal = page.getByTestId("start-error");
  await expect(refusal).toContainText("You have used all of this month's practice sessions (10 of 10 practice sessions used this month on Free).");
  await expect(page).toHaveURL(/\/practice$/);
  await refusal.getByRole("link", { name: "See plans" }).click();

  await expect(page).toHaveURL(/\/pricing$/);
  await expect(page.getByTestId("plan-candidate_free")).toContainText("Your plan");
  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await payOnLocalCheckout(page);

  await expect(page).toHaveURL(/\/pricing\?checkout=success$/);
  const pro = page.getByTestId("plan-candidate_pro");
  await expect(pro).toContainText("Your plan");
  await expect(pro.getByRole("button", { name: "Manage billing" })).toBeVisible();
  await expect(page.getByTestId("plan-candidate_free")).not.toContainText("Your plan");

  await page.goto("/practice");
  await expect(meter).toContainText("10 of 300 practice sessions this month on Pro.");
  await expect(page.getByTestId("question-engine")).toHaveText("Questions written for you by AI, from your profile and the job description.");
  await startSession(page, { type: "Behavioural", count: 3 });
  await page.goto("/practice");
  await expect(meter).toContainText("11 of 300 practice sessions this month on Pro.");

  // Cancelled in the billing portal: Pro holds until the period ends, and the pricing page says when and what follows.
  await page.goto("/pricing");
  await expect(page.getByTestId("plan-renewal")).toHaveText(/^Pro renews on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  await openPortal(page);
  await page.getByRole("button", { name: "Cancel at the end of the period" }).click();
  await expect(page.getByText(/active until \d{4}-\d{2}-\d{2}, then canceled/)).toBeVisible();
  await page.getByRole("link", { name: "Return to Rehearse" }).click();
  await expect(page).toHaveURL(/\/pricing$/);
  await expect(page.getByTestId("plan-renewal")).toHaveText(/^Pro ends on \d{1,2} [A-Z][a-z]+ \d{4}, when you move to Free\. Nothing you saved is deleted\.$/);
  await expect(pro).toContainText("Your plan");

  // The period ends (Stripe deletes the subscription): back on Free, where this month's eleven sessions are over the limit.
  await openPortal(page);
  await page.getByRole("button", { name: "End it now, as when the period ends" }).click();
  await expect(page.getByText("No active subscription.")).toBeVisible();
  await page.getByRole("link", { name: "Return to Rehearse" }).click();
  await expect(page.getByTestId("plan-candidate_free")).toContainText("Your plan");
  await expect(page.getByTestId("plan-renewal")).toHaveCount(0);
  await page.goto("/practice");
  await expect(meter).toContainText("11 of 10 practice sessions this month on Free.");
  await expect(page.getByTestId("question-engine")).toContainText("Offline engine on the Free plan");
});

async function openPortal(page: Page) {
  await page.getByTestId("plan-candidate_pro").getByRole("button", { name: "Manage billing" }).click();
  await expect(page.getByRole("heading", { name: "Local Stripe billing portal" })).toBeVisible();
}
