import { expect, test } from "@playwright/test";
import { withFakeCamera } from "./camera";
import { newIdentity, signIn } from "./helpers";

test.use(withFakeCamera("face.y4m"));

test("turning the camera on in the middle of an answer still gives that answer presence signals", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, newIdentity("camera-mid-answer"), "/practice/warm-up");
  await page.getByRole("button", { name: "Start answer" }).click();
  await page.getByRole("button", { name: "Turn camera on" }).click();
  await expect(page.getByTestId("camera-indicator")).toHaveText("Camera on, processed on this device only", { timeout: 60_000 });
  // Let the camera run for a few seconds of the answer, by the answer's own clock.
  const timer = page.getByTestId("answer-timer");
  const startedAt = Number((await timer.textContent())?.split(":")[1]);
  await expect(timer).toHaveText(`00:${String(startedAt + 4).padStart(2, "0")}`, { timeout: 15_000 });
  await page.getByRole("button", { name: "Finish answer" }).click();
  const summary = page.getByTestId("presence-summary");
  await expect(summary).toBeVisible();
  await expect(summary).not.toContainText("Camera was off");
  await expect(summary.getByTestId("face-share")).toBeVisible();
});
