/** Steps of the assessment journeys: the team builds and invites, a candidate goes from the link to the thank-you page. */
import { expect, type Page } from "@playwright/test";

export const PHONE = { width: 375, height: 812 };

/** The page fits the phone's width: nothing scrolls sideways. */
export async function expectFitsPhone(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways at ${PHONE.width}px`).toBeLessThanOrEqual(0);
}

/** The candidate's link from their invite email in the local outbox. */
export async function linkFromOutbox(page: Page, email: string): Promise<string> {
  await page.goto("/dev/outbox");
  const message = page.getByTestId("outbox-email").filter({ hasText: email }).first();
  const href = await message.locator('a[href*="/assessment/"]').first().getAttribute("href");
  expect(href).toMatch(/\/assessment\/[A-Za-z0-9_-]{43}$/);
  return new URL(href!).pathname;
}

/** A new team's proctored assessment with typed-only questions, opened to candidates; returns its page's path. */
export async function buildProctoredAssessment(page: Page, teamName: string, questions: readonly string[]): Promise<string> {
  await page.goto("/org/new");
  await page.getByLabel("Organisation name").fill(teamName);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/org\/[a-z0-9-]+\/members$/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/org/${slug}/assessments/new`);
  await page.getByLabel("Title").fill("Platform engineer screen");
  await page.getByLabel("Role", { exact: true }).fill("Platform engineer");
  await page.getByLabel(/^Proctoring/).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/org/${slug}/assessments/[0-9a-f-]{36}$`));
  const assessmentPath = new URL(page.url()).pathname;
  await page.getByText("Write your own", { exact: true }).click();
  const writeQuestion = page.getByRole("form", { name: "Write a question" });
  for (const question of questions) {
    await writeQuestion.getByLabel("Question").fill(question);
    await writeQuestion.getByLabel("Answers").selectOption({ label: "Typed only" });
    await writeQuestion.getByRole("button", { name: "Add question" }).click();
    await expect(page.getByText(question).first()).toBeVisible();
    await expect(writeQuestion.getByLabel("Question")).toHaveValue("");
  }
  await page.getByRole("button", { name: "Open to candidates" }).click();
  await page.getByRole("button", { name: "Open it" }).click();
  await expect(page.getByRole("button", { name: "Close" })).toBeVisible();
  return assessmentPath;
}

/** Invites one candidate and waits for the notice before reading the link from the outbox. */
export async function inviteCandidate(page: Page, assessmentPath: string, name: string, email: string): Promise<string> {
  await page.goto(`${assessmentPath}/candidates`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invite sent." })).toBeVisible();
  await expect(page.getByText(`${name} (${email})`)).toBeVisible();
  return linkFromOutbox(page, email);
}

/** Landing, consent, the device check (camera on where there is one), the practice question: up to question 1. */
export async function startAttempt(candidate: Page, link: string, teamName: string, camera: boolean) {
  await candidate.goto(link);
  await expect(candidate.getByText(teamName).first()).toBeVisible();
  await expectFitsPhone(candidate, "the landing page");
  await candidate.getByLabel(/I have read what is collected/).check();
  await candidate.getByRole("button", { name: "Start the assessment" }).click();
  const deviceCheck = candidate.getByTestId("assessment-device-check");
  await expect(deviceCheck).toBeVisible();
  await candidate.getByRole("button", { name: "Turn camera on" }).click();
  const status = candidate.getByTestId("assessment-camera-status");
  if (camera) await expect(status).toHaveText("Camera on, processed on this device only.", { timeout: 30_000 });
  else await expect(status).toHaveText("Camera off: camera signals are not counted.");
  await deviceCheck.getByRole("button", { name: "Continue" }).click();
  await candidate.getByRole("button", { name: "Start the real questions" }).click();
}

/** Types the answer to the question on screen (checked by its number and text), runs `whileAnswering`, then saves. */
export async function answerQuestion(candidate: Page, questions: readonly string[], position: number, text: string, whileAnswering?: () => Promise<void>) {
  await expect(candidate.getByText(`Question ${position} of ${questions.length}`)).toBeVisible();
  await expect(candidate.getByText(questions[position - 1]!)).toBeVisible();
  await candidate.getByLabel("Your answer").fill(text);
  await whileAnswering?.();
  await candidate.getByRole("button", { name: "Save answer" }).click();
}

/** Submits, confirms, and waits for the thank-you page. */
export async function submitAttempt(candidate: Page) {
  await candidate.getByRole("button", { name: "Submit assessment" }).click();
  await candidate.getByRole("button", { name: "Yes, submit" }).click();
  await expect(candidate.getByTestId("assessment-thank-you")).toBeVisible();
  await expectFitsPhone(candidate, "the thank-you page");
}

/**
 * A tab switch as a real browser reports it: the window blurs, then the page is hidden, then shown again. Headless
 * Chromium keeps every tab "visible" even when another is brought to front, so the page is told the way a browser
 * would tell it, after another tab really has been opened and brought to front.
 */
export async function switchTabAndBack(candidate: Page) {
  const other = await candidate.context().newPage();
  await other.goto("/privacy");
  await other.bringToFront();
  await candidate.evaluate(() => {
    window.dispatchEvent(new Event("blur"));
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await other.close();
  await candidate.bringToFront();
  await candidate.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("focus"));
  });
}

/** Per signal: the cells Q1, Q2, Total of the candidate's integrity log. */
export async function expectIntegrityLog(candidate: Page, expected: Record<string, [number, number, number]>) {
  const log = candidate.getByTestId("assessment-integrity-log");
  for (const [label, counts] of Object.entries(expected)) {
    await expect(log.getByRole("row", { name: new RegExp(`^${label}`) }).getByRole("cell")).toHaveText(counts.map(String));
  }
}
