/** Steps of the follow-up journeys, shared by the offline and AI specs. */
import { expect, type Page } from "@playwright/test";
import { answerByTyping } from "./practice";

/** "We" throughout and no outcome: the interviewer asks what the candidate did themselves. */
export const TEAM_ANSWER =
  "At Acme our deploys kept failing before every release. We rewrote the pipeline together and we fixed the flaky tests. It worked out in the end.";
export const FOLLOW_UP_ANSWER = "I rewrote the deploy script myself and added retries. As a result, failed releases fell from 12 a month to 1.";

/** Starts a session, with follow-ups turned off when asked, and returns its id. */
export async function startWithFollowUps(page: Page, followUps: boolean): Promise<string> {
  await page.goto("/practice");
  const box = page.getByRole("checkbox", { name: "Ask me follow-up questions" });
  await expect(box).toBeChecked();
  if (!followUps) await box.uncheck();
  await page.getByRole("radio", { name: "Behavioural", exact: true }).check();
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/practice\/sessions\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("question-progress")).toContainText("of 3");
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Answers weakly and waits for the follow-up card; returns it. */
export async function answerWeaklyAndGetFollowUp(page: Page) {
  await answerByTyping(page, TEAM_ANSWER);
  const card = page.getByTestId("follow-up-card");
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole("button", { name: "Read follow-up aloud" })).toBeVisible();
  await expect(card.getByRole("button", { name: "Skip follow-up" })).toBeVisible();
  return card;
}

/** Answers the follow-up and checks the combined score against the answer's own; returns both. */
export async function answerFollowUpAndCheckScore(page: Page) {
  const card = page.getByTestId("follow-up-card");
  await card.getByLabel("Your answer").fill(FOLLOW_UP_ANSWER);
  await card.getByRole("button", { name: "Submit follow-up answer" }).click();
  const record = page.getByTestId("follow-up-record");
  await expect(record).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("follow-up-card")).toHaveCount(0);
  await expect(record.getByTestId("follow-up-answer")).toHaveText(FOLLOW_UP_ANSWER);
  const outcome = await record.getByTestId("follow-up-outcome").innerText();
  expect(outcome).toContain("It closed the gap it asked about");
  const [, after, before] = outcome.match(/with the follow-up: (\d+)\/100 \(the answer alone: (\d+)\/100\)/) ?? [];
  expect(Number(after)).toBeGreaterThan(Number(before));
  await expect(page.getByTestId("strengths")).toContainText("Your follow-up answer closed the gap");
  return { before: Number(before), after: Number(after) };
}
