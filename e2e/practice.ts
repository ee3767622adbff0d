/** Steps of the practice journeys, shared by the offline and AI specs. */
import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";

export const STAR_ANSWERS = [
  "Last spring our checkout service failed twice a week and customers were abandoning carts. As the on-call lead I had to " +
    "find the cause within a sprint. I traced the failures to a connection pool limit, wrote a load test that reproduced it, " +
    "and rolled out a fix behind a feature flag. Failures dropped from eight a month to none, and conversion rose by 3%.",
  "In my last role two teams disagreed about who owned the billing API. My task was to agree a plan before the quarter began. " +
    "I met each lead separately, listed the real concerns, and proposed shared ownership with a clear on-call rota. " +
    "Both teams signed off in a week and incidents on the API fell by 40% that quarter.",
  "When I joined, onboarding a new engineer took three weeks. I was asked to shorten it. I wrote a setup script, recorded " +
    "short walkthroughs and paired with each new starter on day one. Onboarding now takes four days and new engineers ship " +
    "in their first week.",
];

export async function saveProfile(page: Page, profile: { role: string; cv: string; goals: string }) {
  await page.goto("/profile");
  await page.getByRole("textbox", { name: "Target role", exact: true }).fill(profile.role);
  await page.getByRole("textbox", { name: "CV text", exact: true }).fill(profile.cv);
  await page.getByRole("textbox", { name: "Goals", exact: true }).fill(profile.goals);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Profile saved.");
}

/** Starts a session from the dashboard and returns its id. */
export async function startSession(page: Page, options: { type: "Behavioural" | "Role-specific" | "Mixed"; count: number; jobDescription?: string }) {
  await page.goto("/practice");
  await page.getByRole("radio", { name: options.type, exact: true }).check();
  await page.getByLabel("Number of questions").fill(String(options.count));
  if (options.jobDescription) await page.getByLabel("Job description (optional)").fill(options.jobDescription);
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/practice\/sessions\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("question-progress")).toContainText(`of ${options.count}`);
  return id;
}

/** Types an answer, submits it and waits for the stored feedback. */
export async function answerByTyping(page: Page, text: string) {
  await page.getByLabel("Your answer").fill(text);
  await page.getByRole("button", { name: "Submit answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible({ timeout: 30_000 });
  return feedback;
}

export async function finishAndSave(page: Page) {
  await page.getByRole("button", { name: "Finish session" }).click();
  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page, "session summary");
  const overall = Number((await page.getByTestId("overall-score").first().innerText()).match(/\d+/)?.[0]);
  expect(overall).toBeGreaterThanOrEqual(0);
  expect(overall).toBeLessThanOrEqual(100);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByTestId("saved-session")).toBeVisible({ timeout: 20_000 });
  return overall;
}

/** The history lists the saved session; its detail shows every answer; deleting it removes it everywhere. */
export async function checkHistoryAndDelete(page: Page, sessionId: string, answers: string[]) {
  await page.goto("/practice");
  const items = page.getByTestId("session-history-item");
  await expect(items).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Progress" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "dashboard with history");
  await items.first().click();
  await expect(page).toHaveURL(new RegExp(`/practice/sessions/${sessionId}$`));
  for (const answer of answers) await expect(page.getByTestId("saved-session")).toContainText(answer.slice(0, 60));
  await expect(page.getByTestId("answer-feedback")).toHaveCount(answers.length);
  await expectNoSeriousA11yViolations(page, "saved-session detail");
  expect(await page.evaluate(() => document.documentElement.scrollHeight), "saved-session detail height, answers collapsed").toBeLessThan(2_500);

  await page.getByRole("button", { name: "Delete session" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByTestId("session-history-item")).toHaveCount(0);
  const gone = await page.request.get(`/api/practice/sessions/${sessionId}`);
  expect(gone.status()).toBe(404);
}
