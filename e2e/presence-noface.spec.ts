import { expect, test } from "@playwright/test";
import { answerWithCamera, faceShare, withFakeCamera } from "./camera";

test.use(withFakeCamera("noface.y4m"));

test("sees a face at most 10% of the time", async ({ page }) => {
  await answerWithCamera(page, 5);
  await expect(page.getByTestId("face-share")).toHaveAttribute("data-reliable", "true");
  expect(await faceShare(page)).toBeLessThanOrEqual(10);
  await expect(page.getByTestId("framing-hint")).toHaveText("No face was seen.");
});
