/**
 * Voice answers with AI configured, in Chromium with its fake microphone (a beep) and its own live transcription
 * failing as it does without Google's speech service: the room records instead, uploads the clip to
 * POST /api/practice/transcribe, and the local OpenAI server's transcript lands in the answer box.
 */
import { expect, test, type Page } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { startSession } from "./practice";
import { screenshotPath, speakThroughFallback } from "./voice";

// Each test signs in, starts a session and records for several seconds: on a loaded machine that passes a minute.
test.describe.configure({ timeout: 150_000 });

async function recordAndTranscribe(page: Page, screenshotSuffix: string) {
  const upload = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/practice/transcribe");
  await speakThroughFallback(page, 6, () => page.screenshot({ path: screenshotPath(`voice-recording-${screenshotSuffix}.png`), fullPage: false }));
  const response = await upload;
  expect(response.request().headers()["content-type"]).toMatch(/^multipart\/form-data/);
  expect(response.status()).toBe(200);
  // The local server's default transcript.
  await expect(page.getByLabel("Your answer")).toHaveValue(/cut failed payments by a third/, { timeout: 15_000 });
  await expect(page.getByTestId("voice-error")).toHaveCount(0);
  await page.getByLabel("Your answer").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(`voice-answer-${screenshotSuffix}.png`), fullPage: false });
}

test("with AI: when live transcription fails, the recording is transcribed into the answer and timed for pace", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, newIdentity("voice-fallback-ai"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await recordAndTranscribe(page, "desktop");
  await page.getByRole("button", { name: "Submit answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible({ timeout: 30_000 });
  await expect(feedback.getByTestId("feedback-engine")).toHaveText("AI feedback");
  await expect(feedback.getByTestId("pace")).toContainText("words per minute");
});

test("with AI on a phone: the recorded answer is transcribed too", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, newIdentity("voice-fallback-phone"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await recordAndTranscribe(page, "phone");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
