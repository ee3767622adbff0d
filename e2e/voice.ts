/** Fake-microphone helpers for the voice specs: Chromium's fake audio device plays a beep about twice a second. */
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const BASE_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Browser options with the fake microphone (and camera) and the permission prompt accepted. */
export function withFakeMicrophone() {
  return {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [...BASE_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
    },
  };
}

/**
 * Presses "Start speaking" and lets the room do what it does in a real Chromium without a speech service behind it
 * (headless Chromium's recogniser fails at once with "audio-capture"): fall back to recording. Waits until the level
 * meter has heard the beep and the recording has passed `seconds` on its own clock, then stops.
 */
export async function speakThroughFallback(page: Page, seconds: number, beforeStop?: () => Promise<unknown>) {
  await page.getByRole("radio", { name: "Speak" }).check();
  await page.getByRole("button", { name: "Start speaking" }).click();
  await expect(page.getByTestId("voice-fallback")).toContainText("recording instead");
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await expect(page.getByTestId("mic-heard")).toBeVisible();
  const recorded = async () => Number((await page.getByTestId("recording-time").textContent())?.split(":")[1] ?? 0);
  await expect.poll(recorded, { timeout: seconds * 1000 + 10_000 }).toBeGreaterThanOrEqual(seconds);
  await beforeStop?.();
  await page.getByRole("button", { name: "Stop recording" }).click();
}

/** Where a screenshot goes: docs/screenshots when refreshing the docs (UPDATE_SCREENSHOTS=1), else test-results. */
export function screenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === "1" ? path.join("docs", "screenshots", name) : path.join("test-results", "screens", name);
}
