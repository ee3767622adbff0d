/**
 * Follow-up questions offline: a weak answer gets a templated follow-up that quotes it, shown like a question;
 * answering it scores both together; skipping it keeps the answer's own score; a session started without follow-ups
 * gets none. Screenshots of the follow-up card at desktop and phone width go to docs/screenshots.
 */
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { answerByTyping } from "./practice";
import { answerFollowUpAndCheckScore, answerWeaklyAndGetFollowUp, startWithFollowUps, TEAM_ANSWER } from "./follow-up-steps";

test("a weak answer gets a follow-up quoting it; answering it scores both together, shown in the saved session", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("follow-up"), "/practice");
  const sessionId = await startWithFollowUps(page, true);
  const card = await answerWeaklyAndGetFollowUp(page);
  await expect(card.getByTestId("follow-up-question")).toHaveText(
    'You said "At Acme our deploys kept failing before every release". What did you do yourself, as opposed to the team?',
  );

  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: "docs/screenshots/follow-up-desktop.png" });
  await page.setViewportSize({ width: 375, height: 812 });
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: "docs/screenshots/follow-up-phone.png" });
  // Nothing wider than the phone's screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  const { after } = await answerFollowUpAndCheckScore(page);

  await page.getByRole("button", { name: "Finish session" }).click();
  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Save session" }).click();
  const saved = page.getByTestId("saved-session");
  await expect(saved).toBeVisible({ timeout: 20_000 });
  await expect(saved.getByTestId("saved-answer")).toHaveText(TEAM_ANSWER);
  await expect(saved.getByTestId("follow-up-record")).toContainText("What did you do yourself");
  await expect(saved.getByTestId("follow-up-outcome")).toContainText(`with the follow-up: ${after}/100`);
  expect((await page.request.get(`/api/practice/sessions/${sessionId}`)).status()).toBe(200);
});

test("skipping the follow-up keeps the answer's own score", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, newIdentity("follow-up-skip"), "/practice");
  await startWithFollowUps(page, true);
  const card = await answerWeaklyAndGetFollowUp(page);
  await card.getByRole("button", { name: "Skip follow-up" }).click();
  await expect(page.getByTestId("follow-up-skipped")).toContainText("You skipped the follow-up question");
  await expect(page.getByTestId("follow-up-card")).toHaveCount(0);
  await expect(page.getByTestId("strengths")).not.toContainText("follow-up");
});

test("with follow-ups turned off, no follow-up is asked", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, newIdentity("follow-up-off"), "/practice");
  const sessionId = await startWithFollowUps(page, false);
  const followUpCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/follow-up")) followUpCalls.push(request.url());
  });
  await answerByTyping(page, TEAM_ANSWER);
  // Off means the room never asks: no section is rendered and no request is sent.
  await expect(page.getByTestId("follow-up-section")).toHaveCount(0);
  await expect(page.getByTestId("follow-up-card")).toHaveCount(0);
  const session = await (await page.request.get(`/api/practice/sessions/${sessionId}`)).json();
  expect(session.session.followUps).toBe(false);
  expect(followUpCalls).toEqual([]);
});
