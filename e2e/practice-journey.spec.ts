import { expect, test } from "@playwright/test";
import { DRAFT_OWNER_KEY, draftKey } from "../lib/practice/client/draft-store";
import { newIdentity, signIn } from "./helpers";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { answerByTyping, checkHistoryAndDelete, finishAndSave, saveProfile, STAR_ANSWERS, startSession } from "./practice";

test("with no AI configured: a 3-question session from the offline engines, saved, listed, shown and deleted", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("practice-offline"), "/profile");
  await saveProfile(page, { role: "Backend engineer", cv: "Built payment services in Go; led an on-call rota.", goals: "Crisper results." });

  await page.goto("/practice");
  await expect(page.getByTestId("question-engine")).toContainText("offline bank");
  await expectNoSeriousA11yViolations(page, "empty dashboard");
  await expect(page.getByRole("button", { name: "Delete all sessions" })).toHaveCount(0);
  const sessionId = await startSession(page, { type: "Mixed", count: 3, jobDescription: "Senior backend engineer, payments platform." });
  await expect(page.getByTestId("offline-questions")).toContainText("AI questions are off for you here");
  await expectNoSeriousA11yViolations(page, "answering room");

  for (const [index, text] of STAR_ANSWERS.entries()) {
    await expect(page.getByTestId("question-progress")).toContainText(`Question ${index + 1} of 3`);
    const feedback = await answerByTyping(page, text);
    await expect(feedback.getByTestId("feedback-engine")).toHaveText("Offline rubric: templated guidance");
    for (const dimension of ["structure", "relevance", "specificity", "impact"]) {
      await expect(feedback.getByTestId(`score-${dimension}`)).toContainText(/\d+/);
    }
    await expect(feedback.getByRole("region", { name: "Model answer" })).toContainText(/\bI\b/);
    if (index === 0) await expectNoSeriousA11yViolations(page, "answer feedback");
    if (index < 2) await page.getByRole("button", { name: "Next question" }).click();
  }
  await finishAndSave(page);
  await checkHistoryAndDelete(page, sessionId, STAR_ANSWERS);
});

test("a reload in the middle of an answer keeps the draft", async ({ page }) => {
  await signIn(page, newIdentity("practice-draft"), "/practice");
  const sessionId = await startSession(page, { type: "Behavioural", count: 3 });
  const draft = "Half-way through my answer: the situation was a failing release and I";
  await page.getByLabel("Your answer").fill(draft);
  // Reload only once the draft is in localStorage (saved shortly after the last change), so the test proves the
  // restore from storage, not a race with the save. (The page also flushes the draft on pagehide.)
  // Draft keys name their owner, the signed-in user, whom the page records in storage.
  const owner = await page.evaluate((key) => window.localStorage.getItem(key), DRAFT_OWNER_KEY);
  const storedText = () =>
    page.evaluate((key) => {
      const raw = window.localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as { text?: unknown }).text : null;
    }, draftKey(owner ?? "no owner recorded", sessionId, 1));
  await expect.poll(storedText).toBe(draft);
  await page.reload();
  await expect(page.getByLabel("Your answer")).toHaveValue(draft);
  await expect(page.getByTestId("draft-restored")).toBeVisible();

  // Leaving for the dashboard and resuming from it brings the draft back too.
  const sessionUrl = page.url();
  await page.goto("/practice");
  await page.getByTestId("unfinished-session-item").filter({ hasText: "Resume" }).click();
  await expect(page).toHaveURL(sessionUrl);
  await expect(page.getByLabel("Your answer")).toHaveValue(draft);
});

test("deleting all sessions needs the confirmation phrase", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("practice-delete-all"), "/practice");
  for (let i = 0; i < 2; i += 1) {
    await startSession(page, { type: "Behavioural", count: 3 });
    await answerByTyping(page, STAR_ANSWERS[i]!);
    await finishAndSave(page);
  }
  await page.goto("/practice");
  await expect(page.getByTestId("session-history-item")).toHaveCount(2);
  await page.getByRole("button", { name: "Delete all sessions" }).click();
  const confirmButton = page.getByRole("button", { name: "Delete all", exact: true });
  await page.getByLabel("Type delete all to confirm").fill("delete");
  await confirmButton.click();
  await expect(page.getByText('Type "delete all" to confirm.')).toBeVisible();
  await expect(page.getByTestId("session-history-item")).toHaveCount(2);
  await page.getByLabel("Type delete all to confirm").fill("delete all");
  await confirmButton.click();
  await expect(page.getByTestId("delete-all-status")).toHaveText("Deleted 2 sessions.");
  await expect(page.getByTestId("session-history-item")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "dashboard after deleting all");
});

test("the dashboard and the answering room fit a phone-width screen, with the answer box near the top", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, newIdentity("practice-phone"), "/practice");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await startSession(page, { type: "Mixed", count: 3 });
  expect(await overflow()).toBeLessThanOrEqual(0);
  // A candidate on a phone sees where to answer without scrolling past the page furniture.
  const answerTop = (await page.getByLabel("Your answer").boundingBox())?.y ?? Infinity;
  expect(answerTop).toBeLessThanOrEqual(450);
  const feedback = await answerByTyping(page, STAR_ANSWERS[0]!);
  await expect(feedback).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("an answer can be written and submitted with the keyboard alone", async ({ page }) => {
  await signIn(page, newIdentity("practice-keyboard"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await page.getByLabel("Your answer").focus();
  await page.keyboard.type(STAR_ANSWERS[1]!.slice(0, 160));
  // Tab forward to the submit button: it must be reachable, and Enter must press it.
  const submit = page.getByRole("button", { name: "Submit answer" });
  for (let i = 0; i < 12 && !(await submit.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("answer-feedback")).toBeVisible({ timeout: 30_000 });
});
