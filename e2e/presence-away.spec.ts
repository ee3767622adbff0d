import { expect, test } from "@playwright/test";
import { answerWithCamera, withFakeCamera } from "./camera";

test.use(withFakeCamera("face-then-away.y4m"));

test("counts at least one look-away", async ({ page }) => {
  await answerWithCamera(page, 11);
  await expect(page.getByTestId("look-aways")).toHaveAttribute("data-reliable", "true");
  expect(Number(await page.getByTestId("look-aways").textContent())).toBeGreaterThanOrEqual(1);
});
