import { expect, test } from "@playwright/test";
import { answer, answerWithCamera, faceShare, openCamera, recordRequests, withFakeCamera } from "./camera";
import { baseURL } from "./helpers";

test.use(withFakeCamera("face.y4m"));

test("sees a face at least 90% of the time, no look-aways, and sends nothing but numbers", async ({ page }) => {
  await openCamera(page);
  // Everything the page and its worker send during a whole answer with the camera on.
  const requests = recordRequests(page);
  await answer(page, 11);
  await expect(page.getByTestId("face-share")).toHaveAttribute("data-reliable", "true");
  expect(await faceShare(page)).toBeGreaterThanOrEqual(90);
  await expect(page.getByTestId("look-aways")).toHaveText("0");

  const origin = new URL(baseURL).origin;
  const thirdParty = requests.filter(
    (request) => !request.url.startsWith(origin) && !request.url.startsWith("data:") && !request.url.startsWith("blob:"),
  );
  // MediaPipe tries to report usage to Google; our CSP must stop it before it leaves the browser.
  expect(thirdParty.filter((request) => !request.failed).map((request) => request.url)).toEqual([]);
  for (const request of requests.filter((entry) => entry.bodyBytes > 0)) {
    expect(request.contentType).not.toMatch(/^image\/|^video\/|octet-stream|multipart/);
    expect(request.bodyBytes).toBeLessThan(8 * 1024);
    expect(request.body!.toString("latin1")).not.toMatch(/data:image|\xff\xd8\xff|\x89PNG|WEBP/);
  }
});

test("counts a tab switch during an answer", async ({ page }) => {
  await answerWithCamera(page, 0);
  await page.getByRole("button", { name: "Start answer" }).click();
  const other = await page.context().newPage();
  await other.goto(`${baseURL}/privacy`);
  await other.bringToFront();
  await other.close();
  await page.bringToFront();
  // Headless Chromium may keep every tab "visible"; then the page is told the way a real browser tells it.
  await page.evaluate(() => {
    if (document.visibilityState === "visible") {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
      document.dispatchEvent(new Event("visibilitychange"));
    }
  });
  await page.getByRole("button", { name: "Finish answer" }).click();
  await expect(page.getByTestId("tab-switches")).toHaveText("1");
});
