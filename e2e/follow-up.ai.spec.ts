/**
 * Follow-up questions with AI (the real SDK against the local OpenAI-compatible server): the simulated model writes
 * the follow-up, and the follow-up answer is scored with the original by the AI engine.
 */
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { answerByTyping } from "./practice";
import { answerFollowUpAndCheckScore, answerWeaklyAndGetFollowUp, startWithFollowUps, TEAM_ANSWER } from "./follow-up-steps";

test("with AI: the model's follow-up appears after a weak answer, and answering it raises the combined score", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, newIdentity("follow-up-ai"), "/practice");
  await startWithFollowUps(page, true);
  const card = await answerWeaklyAndGetFollowUp(page);
  await expect(card.getByTestId("follow-up-question")).toHaveText(/^Following up on "At Acme our deploys kept failing before every…": which part of that was yours alone\?$/);
  await expect(card).toContainText("Written by AI from your answer.");
  // Read aloud with the AI voice, like the question: the audio comes from the follow-up's own speech route, named by id.
  const speech = page.waitForResponse((response) => /\/answers\/1\/follow-up\/speech$/.test(new URL(response.url()).pathname));
  await card.getByRole("button", { name: "Read follow-up aloud" }).click();
  const audio = await speech;
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toBe("audio/wav");
  expect(new URL(audio.url()).searchParams.get("followUp")).toMatch(/^[0-9a-f-]{36}$/);
  await answerFollowUpAndCheckScore(page);
  await expect(page.getByTestId("feedback-engine").first()).toHaveText("AI feedback");
});

test("with AI and follow-ups turned off, no follow-up is asked", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("follow-up-ai-off"), "/practice");
  await startWithFollowUps(page, false);
  await answerByTyping(page, TEAM_ANSWER);
  await expect(page.getByTestId("follow-up-section")).toHaveCount(0);
  await expect(page.getByTestId("follow-up-card")).toHaveCount(0);
});
