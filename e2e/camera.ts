/** Fake-camera helpers for the presence tests: one clip per file, since a clip is a browser launch option. */
import path from "node:path";
import { expect, type Page, type Request } from "@playwright/test";
import { newIdentity, signIn, baseURL } from "./helpers";

const CLIPS = path.resolve(__dirname, "..", "..", "shared", "mediapipe");
const BASE_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function withFakeCamera(clip: string) {
  return {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        ...BASE_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        `--use-file-for-fake-video-capture=${path.join(CLIPS, clip)}`,
      ],
    },
  };
}

export type Recorded = { url: string; method: string; contentType: string; bodyBytes: number; body: Buffer | null; failed: boolean };

/** Records every request the page and its worker make, with the size and type of any body sent. */
export function recordRequests(page: Page) {
  const recorded: Recorded[] = [];
  const byRequest = new Map<Request, Recorded>();
  page.context().on("request", (request) => {
    const body = request.postDataBuffer();
    const entry = {
      url: request.url(),
      method: request.method(),
      contentType: request.headers()["content-type"] ?? "",
      bodyBytes: body?.length ?? 0,
      body,
      failed: false,
    };
    byRequest.set(request, entry);
    recorded.push(entry);
  });
  page.context().on("requestfailed", (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failed = true;
  });
  return recorded;
}

/** Signs in, opens the warm-up room and turns the camera on. */
export async function openCamera(page: Page) {
  await signIn(page, newIdentity("camera"), "/practice/warm-up");
  await page.getByRole("button", { name: "Turn camera on" }).click();
  await expect(page.getByTestId("camera-indicator")).toHaveText("Camera on, processed on this device only", { timeout: 30_000 });
}

/** Answers for `seconds` with the camera on, then waits for the presence summary. */
export async function answer(page: Page, seconds: number) {
  await page.getByRole("button", { name: "Start answer" }).click();
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole("button", { name: "Finish answer" }).click();
  await expect(page.getByTestId("presence-summary")).toBeVisible();
}

export async function answerWithCamera(page: Page, seconds: number) {
  await openCamera(page);
  await answer(page, seconds);
}

export const faceShare = async (page: Page) => Number((await page.getByTestId("face-share").textContent())?.replace("%", ""));

