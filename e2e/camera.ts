/** Fake-camera helpers for the presence tests: one clip per file, since a clip is a browser launch option. */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page, type Request } from "@playwright/test";
import { newIdentity, signIn, baseURL } from "./helpers";

const CLIPS = ["face.y4m", "noface.y4m", "face-then-away.y4m"] as const;
let clipsDir: string | null = null;

/** The clips are made from a demo photo with ffmpeg on first use (scripts/camera-clips.mjs), then reused. */
function clipPath(clip: (typeof CLIPS)[number]) {
  if (!clipsDir) {
    try {
      const script = path.resolve(__dirname, "..", "scripts", "camera-clips.mjs");
      clipsDir = execFileSync(process.execPath, [script], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new Error(stderr || String(error));
    }
  }
  return path.join(clipsDir, clip);
}
const BASE_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function withFakeCamera(clip: (typeof CLIPS)[number]) {
  return {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        ...BASE_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        `--use-file-for-fake-video-capture=${clipPath(clip)}`,
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

