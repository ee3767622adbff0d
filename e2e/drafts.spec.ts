/**
 * An unsubmitted answer is kept in localStorage as a safety net, and must go with what it belongs to: deleting the
 * session, deleting the whole history, or signing out (here, or everywhere) leaves no trace of it in the browser.
 */
import { expect, test, type Page } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { answerByTyping, STAR_ANSWERS, startSession } from "./practice";

const CONFIDENTIAL = "My confidential draft about leaving Acme Corp";

// Each test starts a session and types an answer first: the default minute is tight on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Every key and value this origin keeps in localStorage, as one text to search. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(() => Object.entries(window.localStorage).map(([key, value]) => `${key}=${value}`).join("\n"));
}

/** Types the draft into the current question and waits until it is in storage, so its absence later proves something. */
async function typeConfidentialDraft(page: Page) {
  await page.getByLabel("Your answer").fill(CONFIDENTIAL);
  await expect.poll(() => storedText(page)).toContain("Acme Corp");
}

async function expectNoTrace(page: Page) {
  const stored = await storedText(page);
  expect(stored).not.toContain("Acme");
  expect(stored).not.toContain("rehearse:draft:");
}

test("deleting all sessions removes an unsubmitted draft from the browser", async ({ page }) => {
  await signIn(page, newIdentity("drafts-delete-all"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await typeConfidentialDraft(page);

  await page.goto("/practice");
  await page.getByRole("button", { name: "Delete all sessions" }).click();
  await page.getByLabel("Type delete all to confirm").fill("delete all");
  await page.getByRole("button", { name: "Delete all", exact: true }).click();
  await expect(page.getByTestId("delete-all-status")).toHaveText(/^Deleted 1 session/);
  await expectNoTrace(page);
});

test("deleting a saved session removes the draft of a question left unanswered", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("drafts-delete-one"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await answerByTyping(page, STAR_ANSWERS[0]!);
  await page.getByRole("button", { name: "Next question" }).click();
  await typeConfidentialDraft(page);
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByTestId("saved-session")).toBeVisible({ timeout: 20_000 });

  await page.getByRole("button", { name: "Delete session" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expectNoTrace(page);
});

test("signing out removes every draft of the user from the browser", async ({ page }) => {
  await signIn(page, newIdentity("drafts-sign-out"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await typeConfidentialDraft(page);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectNoTrace(page);
});

test("signing out of all devices removes every draft of the user from this browser", async ({ page }) => {
  await signIn(page, newIdentity("drafts-everywhere"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await typeConfidentialDraft(page);

  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/reason=signed-out-everywhere/);
  await expectNoTrace(page);
});
