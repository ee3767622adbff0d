import { createRequire } from "node:module";
import { defineConfig, devices } from "@playwright/test";

// e2e/helpers.ts mints session tokens with lib/auth's modules, which `import "server-only"`: that package loads only
// under the react-server condition (scripts/e2e.mjs sets it). Say so here rather than fail on the first spec file.
if (!createRequire(__filename).resolve("server-only").endsWith("empty.js")) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e` (or NODE_OPTIONS=--conditions=react-server).");
}

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against a production build that
 * scripts/e2e.mjs starts on its own port, data folder and database.
 */
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3100";
/** The second instance of the same build, with the real OpenAI SDK pointed at the project's local AI server. */
const aiBaseURL = process.env.E2E_AI_BASE_URL ?? "http://localhost:3101";

/** The third instance: billing on, against the project's local Stripe server (scripts/local-stripe-server.ts). */
const billingBaseURL = process.env.E2E_BILLING_BASE_URL ?? "http://localhost:3102";
const BILLING_SPECS = /billing-[\w-]+\.spec\.ts$/;

/** The fake-camera specs (each launches Chromium with its own clip; see e2e/camera.ts). */
const CAMERA_SPECS = /(presence-[\w-]+|assessment-two-candidates)\.spec\.ts$/;

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "offline", testIgnore: [/\.ai\.spec\.ts$/, CAMERA_SPECS, BILLING_SPECS], use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "ai",
      testMatch: /\.ai\.spec\.ts$/,
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        baseURL: aiBaseURL,
        // A fake microphone (a beep) for the recorded-voice journey; no real device is ever opened.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
        },
      },
    },
    { name: "billing", testMatch: BILLING_SPECS, use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: billingBaseURL } },
    {
      // Face detection runs on the CPU in the browser, and its confidence depends on the frame rate it keeps up: run
      // these last and one at a time, so the other suites' load cannot make a real face read as "low confidence".
      name: "camera",
      testMatch: CAMERA_SPECS,
      dependencies: ["offline", "ai", "billing"],
      workers: 1,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
});
