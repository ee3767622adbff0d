/**
 * Issue #11: a camera turned on in the middle of an answer still gives that answer presence signals (over the frames
 * seen from then on), and so does an answer during which the camera is turned off and on again. The session room
 * shows no live figures, so the test counts the frames the tracker had detected through its benchmark hook
 * (`window.__presenceBench` in components/presence/use-presence-tracker.ts), which records one entry per result.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { withFakeCamera } from "./camera";
import { newIdentity, signIn } from "./helpers";
import { STAR_ANSWERS, startSession } from "./practice";

test.use(withFakeCamera("face.y4m"));
// Two answers, two camera starts and two rounds of feedback on a busy machine.
test.describe.configure({ timeout: 180_000 });

type BenchWindow = Window & { __presenceBench?: { frames: unknown[] } };

/** About 3 s of frames at the fake camera's 10 fps: what the face share needs to be reliable (lib/presence/thresholds.ts). */
const ENOUGH_FRAMES = 30;

const framesDetected = (page: Page) => page.evaluate(() => (window as BenchWindow).__presenceBench?.frames.length ?? 0);

/**
 * Waits until the tracker has had `count` more frames detected than `from`. Frames are sent for detection only while an
 * answer is collecting (lib/practice/client/answer-presence.ts), so a timeout here means the answer ignores the camera.
 */
async function waitForFrames(page: Page, from: number, count: number) {
  await page.waitForFunction(
    (target) => ((window as BenchWindow).__presenceBench?.frames.length ?? 0) >= target,
    from + count,
    { timeout: 60_000 },
  );
}

async function turnCameraOn(page: Page) {
  await page.getByRole("button", { name: "Turn camera on" }).click();
  await expect(page.getByTestId("camera-indicator")).toHaveText("Camera on, processed on this device only", { timeout: 30_000 });
}

async function turnCameraOff(page: Page) {
  await page.getByRole("button", { name: "Turn camera off" }).click();
  await expect(page.getByRole("button", { name: "Turn camera on" })).toBeVisible();
  await expect(page.getByTestId("camera-indicator")).toHaveCount(0);
}

async function submitAnswer(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Submit answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible({ timeout: 30_000 });
  return feedback;
}

/** The stored feedback has camera presence for the answer: a reliable face share from the face clip. */
async function expectPresence(feedback: Locator) {
  const summary = feedback.getByTestId("presence-summary");
  await expect(summary).toBeVisible();
  await expect(summary).not.toContainText("Camera was off");
  const share = summary.getByTestId("face-share");
  await expect(share).toHaveAttribute("data-reliable", "true");
  expect(Number((await share.textContent())?.replace("%", ""))).toBeGreaterThanOrEqual(90);
  await expect(summary.getByTestId("framing-hint")).not.toHaveText("No face was seen.");
}

test("an answer gets presence when the camera is turned on mid-answer, and again after an off and on", async ({ page }) => {
  // Set on every load, before the app's scripts run, so the tracker records each detected frame.
  await page.addInitScript(() => {
    (window as BenchWindow).__presenceBench = { frames: [] };
  });
  await signIn(page, newIdentity("camera-mid-answer"), "/practice");
  await startSession(page, { type: "Behavioural", count: 3 });
  const answerBox = page.getByLabel("Your answer");
  const [first, second] = [STAR_ANSWERS[0]!, STAR_ANSWERS[1]!];

  // First answer: begun with the camera off, so nothing is detected until it is turned on.
  await expect(page.getByRole("button", { name: "Turn camera on" })).toBeVisible();
  await answerBox.fill(first.slice(0, 120));
  expect(await framesDetected(page)).toBe(0);
  await turnCameraOn(page);
  await waitForFrames(page, 0, ENOUGH_FRAMES);
  await answerBox.fill(first);
  await expectPresence(await submitAnswer(page));

  // Second answer: begun with the camera on, which is then turned off and on again while the candidate writes.
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByTestId("question-progress")).toContainText("Question 2 of 3");
  await expect(answerBox).toHaveValue("");
  const beforeSecond = await framesDetected(page);
  await answerBox.fill(second.slice(0, 120));
  await waitForFrames(page, beforeSecond, 5);
  await turnCameraOff(page);
  await answerBox.fill(second.slice(0, 200));
  await turnCameraOn(page);
  // The restarted camera must feed this same answer: frames keep being detected after the restart.
  const atRestart = await framesDetected(page);
  await waitForFrames(page, atRestart, ENOUGH_FRAMES);
  await answerBox.fill(second);
  await expectPresence(await submitAnswer(page));
});
