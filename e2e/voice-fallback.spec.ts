/**
 * Voice answers with no AI configured, in a Chromium with a (fake) working microphone whose own live transcription
 * fails, as it does offline or without Google's speech service: the room records instead, shows the level meter,
 * says plainly that the recording cannot be transcribed here, and keeps its length so pace is still measured.
 */
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";
import { STAR_ANSWERS, startSession } from "./practice";
import { speakThroughFallback, withFakeMicrophone } from "./voice";

test.use(withFakeMicrophone());

// Each test signs in, starts a session and records for several seconds: on a loaded machine that passes a minute.
test.describe.configure({ timeout: 150_000 });

test("when live transcription fails, the answer is recorded with a level meter and timed for pace", async ({ page }) => {
  await signIn(page, newIdentity("voice-fallback-offline"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await speakThroughFallback(page, 6);
  await expect(page.getByTestId("voice-untranscribed")).toContainText("AI transcription is not configured");
  await expect(page.getByLabel("Your recording")).toBeVisible();
  await expect(page.getByTestId("voice-error")).toHaveCount(0);

  const box = page.getByLabel("Your answer");
  await expect(box).toBeEditable();
  await box.fill(STAR_ANSWERS[0]!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible({ timeout: 30_000 });
  // Timed by the recording (about 6 s), not by how fast the words were typed in.
  await expect(feedback.getByTestId("pace")).toContainText("words per minute");
  await expect(feedback.getByTestId("fillers")).toContainText("per minute");
});

test("a browser without live transcription records straight away, and typing still works", async ({ page }) => {
  await page.addInitScript(() => {
    // Play a browser without the Web Speech API (Firefox, Brave).
    Object.defineProperty(window, "SpeechRecognition", { value: undefined, configurable: true });
    Object.defineProperty(window, "webkitSpeechRecognition", { value: undefined, configurable: true });
  });
  await signIn(page, newIdentity("voice-no-web-speech"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await page.getByRole("radio", { name: "Speak" }).check();
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("mic-heard")).toBeVisible();
  await page.getByRole("button", { name: "Stop recording" }).click();
  await expect(page.getByTestId("voice-untranscribed")).toBeVisible();
  await page.getByRole("radio", { name: "Type" }).check();
  await page.getByLabel("Your answer").fill(STAR_ANSWERS[1]!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("answer-feedback")).toBeVisible({ timeout: 30_000 });
});

test("a pasted answer has no pace or duration: it was not spoken", async ({ page }) => {
  await signIn(page, newIdentity("voice-pasted"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await page.getByLabel("Your answer").fill(STAR_ANSWERS[2]!);
  await page.getByRole("button", { name: "Submit answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible({ timeout: 30_000 });
  await expect(feedback.getByTestId("pace")).toHaveText("Not measured for typed answers.");
  await expect(feedback.getByTestId("delivery-metrics")).toContainText(/\d+ words\./);
  await expect(feedback.getByTestId("delivery-metrics")).not.toContainText(/words in \d/);
});

test("live transcription by the browser, where it works, writes the words into the answer as they are spoken", async ({ page }) => {
  await page.addInitScript(() => {
    // A recogniser that hears one sentence, as Chrome's does with a network connection.
    class ScriptedRecognition extends EventTarget {
      continuous = false;
      interimResults = false;
      lang = "en-GB";
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        const result = (text: string, isFinal: boolean) => Object.assign([{ transcript: text, confidence: 0.9 }], { isFinal });
        setTimeout(() => this.onresult?.({ resultIndex: 0, results: [result("I led the", false)] }), 50);
        setTimeout(() => this.onresult?.({ resultIndex: 0, results: [result("I led the migration to the new billing system", true)] }), 150);
      }
      stop() {
        setTimeout(() => this.onend?.(), 0);
      }
      abort() {
        this.stop();
      }
    }
    // Chromium now ships the unprefixed constructor too, and the page prefers it.
    Object.defineProperty(window, "SpeechRecognition", { value: ScriptedRecognition, configurable: true });
    Object.defineProperty(window, "webkitSpeechRecognition", { value: ScriptedRecognition, configurable: true });
  });
  await signIn(page, newIdentity("voice-live"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  await page.getByRole("radio", { name: "Speak" }).check();
  await page.getByRole("button", { name: "Start speaking" }).click();
  await expect(page.getByLabel("Your answer")).toHaveValue("I led the migration to the new billing system");
  await page.getByRole("button", { name: "Stop speaking" }).click();
  await expect(page.getByTestId("voice-fallback")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Submit answer" })).toBeEnabled();
});
