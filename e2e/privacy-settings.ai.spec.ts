/**
 * Privacy settings on the instance with AI: the sign-in form discloses AI processing and records the consents, the
 * settings page lists them with the sign-in history and the activity log, and withdrawing AI processing switches
 * practice to the offline engines, which the practice pages say; allowing it again brings the AI back.
 */
import { expect, test } from "@playwright/test";
import { describeUserAgent, signInLabel } from "../lib/privacy/sign-ins/user-agent";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { setAiProcessing } from "./data-rights";
import { newIdentity, signIn } from "./helpers";
import { answerByTyping, STAR_ANSWERS, startSession } from "./practice";

test("withdrawing AI processing in privacy settings switches practice to the offline engines, and allowing it restores AI", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/sign-in");
  await expect(page.getByTestId("ai-disclosure")).toContainText("never your name or email");
  await signIn(page, newIdentity("privacy-ai"), "/profile");

  await page.getByRole("link", { name: "Privacy settings" }).click();
  await expect(page).toHaveURL(/\/profile\/privacy$/);
  await expect(page.getByTestId("consent-terms").getByTestId("consent-state")).toHaveText("Allowed");
  await expect(page.getByTestId("consent-ai_processing").getByTestId("consent-state")).toHaveText("Allowed");
  // Device and browser in words ("Chrome on Windows" for Playwright's desktop profile), never the user agent itself.
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await expect(page.getByTestId("sign-in-history")).toContainText(signInLabel(describeUserAgent(userAgent)));
  await expect(page.getByTestId("sign-in-history")).toContainText(/Chrome on /);
  await expect(page.getByTestId("sign-in-history")).not.toContainText("Mozilla");
  await expect(page.getByTestId("own-audit-events")).toContainText("Signed in");
  await expectNoSeriousA11yViolations(page, "privacy settings");

  await setAiProcessing(page, false);
  await expect(page.getByTestId("own-audit-events")).toContainText("Withdrew consent");

  await page.goto("/practice");
  await expect(page.getByTestId("question-engine")).toContainText("Offline engine: you switched off AI processing in privacy settings");
  await startSession(page, { type: "Behavioural", count: 3 });
  await expect(page.getByTestId("ai-opted-out")).toBeVisible();
  const feedback = await answerByTyping(page, STAR_ANSWERS[0]!);
  await expect(feedback.getByTestId("feedback-engine")).toHaveText("Offline rubric: templated guidance");

  await setAiProcessing(page, true);
  await page.goto("/practice");
  await expect(page.getByTestId("question-engine")).toContainText("Questions written for you by AI");
});
