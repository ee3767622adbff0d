/**
 * The practice journeys against the app instance whose real OpenAI SDK talks to the project's local OpenAI-compatible
 * server (started by scripts/e2e.mjs with a simulated model that streams with a small delay per chunk).
 */
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { answerByTyping, checkHistoryAndDelete, finishAndSave, saveProfile, STAR_ANSWERS, startSession } from "./practice";

test("with AI: personalised questions, feedback streamed in, summary, saved, listed, shown and deleted", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, newIdentity("practice-ai"), "/profile");
  await saveProfile(page, { role: "Site reliability engineer", cv: "Ran incident response for a payments platform.", goals: "Quantify results." });

  await page.goto("/practice");
  await expect(page.getByTestId("question-engine")).not.toContainText("offline bank");
  const sessionId = await startSession(page, { type: "Role-specific", count: 3, jobDescription: "SRE for a card-payments platform." });
  await expect(page.getByTestId("offline-questions")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "answering room with AI");
  // Read aloud with the AI voice: the question's audio comes from our own speech route, as WAV.
  const speech = page.waitForResponse((response) => /\/questions\/1\/speech$/.test(new URL(response.url()).pathname));
  await page.getByRole("button", { name: "Read question aloud" }).click();
  const audio = await speech;
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toBe("audio/wav");
  // The page reads the body as a blob for its <audio>; fetch the same URL again to look at the bytes.
  const bytes = await (await page.request.get(audio.url())).body();
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("RIFF");
  expect(bytes.length).toBeGreaterThan(44);
  // The simulated model writes role-specific questions that name the target role.
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /site reliability engineer/i }).first()).toBeVisible();

  for (const [index, text] of STAR_ANSWERS.entries()) {
    await page.getByLabel("Your answer").fill(text);
    await page.getByRole("button", { name: "Submit answer" }).click();
    // Streaming: the progress bar and some model-answer text are on screen before the final feedback.
    const progress = page.getByRole("progressbar", { name: "Feedback progress" });
    await expect(progress).toBeVisible();
    const streamed = page.getByRole("region", { name: "Model answer" });
    await expect(streamed).toContainText("Situation", { timeout: 15_000 });
    await expect(progress).toBeVisible();

    const feedback = page.getByTestId("answer-feedback");
    await expect(feedback).toBeVisible({ timeout: 30_000 });
    await expect(feedback.getByTestId("feedback-engine")).toHaveText("AI feedback");
    await expect(feedback.getByRole("region", { name: "Model answer" })).toContainText(/site reliability engineer/i);
    if (index === 0) {
      await page.screenshot({ path: path.join("test-results", "screens", "feedback-ai.png"), fullPage: true });
      await expectNoSeriousA11yViolations(page, "AI feedback");
    }
    if (index < 2) await page.getByRole("button", { name: "Next question" }).click();
  }
  await finishAndSave(page);
  await checkHistoryAndDelete(page, sessionId, STAR_ANSWERS);
});

test("with AI: a flagged answer gets a non-judgemental message, no feedback, and the draft stays", async ({ page }) => {
  await signIn(page, newIdentity("practice-flag"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  const flagged = `${STAR_ANSWERS[0]} FLAG_ME`;
  await page.getByLabel("Your answer").fill(flagged);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("answer-flagged")).toContainText("content guidelines");
  await expect(page.getByTestId("answer-feedback")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "flagged answer");
  await expect(page.getByLabel("Your answer")).toHaveValue(flagged);
});
