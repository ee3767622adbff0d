/**
 * Issue #13 end to end with two candidates: an owner builds a proctored assessment with two written questions and
 * invites two candidates, whose links come from the local outbox. Avery answers at phone width with the fake camera
 * (the face clip) running presence through both questions; a second browser opening Avery's link meanwhile is
 * refused. Blake answers at phone width in a browser without a camera, typing only, and switches tab once during the
 * second question. The team then sees both rows with their integrity tiers, compares them side by side, rates Avery,
 * decides, and exports the CSV (Blake's name starts with "=", so the export must defuse it); each candidate's
 * thank-you page shows the counts the team sees.
 */
import fs from "node:fs";
import { type Browser, type BrowserContext, expect, type Locator, type Page, type Response, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { withFakeCamera } from "./camera";
import {
  answerQuestion,
  buildProctoredAssessment,
  expectFitsPhone,
  expectIntegrityLog,
  inviteCandidate,
  PHONE,
  startAttempt,
  submitAttempt,
  switchTabAndBack,
} from "./assessment-steps";
import { baseURL, newIdentity, signIn } from "./helpers";

test.use(withFakeCamera("face.y4m"));
// Two candidates, one of them with face detection on the CPU, and the team's review.
test.describe.configure({ timeout: 300_000 });

const QUESTIONS = ["Tell me about a production incident you led.", "Describe a time you changed a teammate's mind with data."];
const AVERY = {
  name: "Avery Camera",
  answers: [
    "During a launch our payments API failed; I led the incident call, rolled back within ten minutes and wrote the post-mortem, and errors fell to zero.",
    "A teammate wanted to rewrite our queue; I measured its latency for a week, showed the slow path was one index, and we fixed it in a day instead.",
  ],
};
const BLAKE = {
  // A candidate's name is their own text: one that starts like a formula must reach the CSV as plain text.
  name: "=Blake Typist",
  answers: [
    "When the search cluster ran out of disk at night, I paged the on-call, moved the oldest indices to cold storage and added an alert at 80 percent.",
    "I showed our product lead the funnel numbers: two thirds of sign-ups dropped at the phone step, so we made it optional and sign-ups rose a fifth.",
  ],
};
/** The same flags as the fake-camera browser (e2e/camera.ts) without the fake devices: Blake's browser has no camera. */
const NO_CAMERA_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

type BenchWindow = Window & { __presenceBench?: { frames: unknown[] } };
const framesDetected = (page: Page) => page.evaluate(() => (window as BenchWindow).__presenceBench?.frames.length ?? 0);

/** Waits until the presence tracker has detected `count` more frames: frames are sent only while an answer is collecting. */
async function waitForFrames(page: Page, count: number) {
  const target = (await framesDetected(page)) + count;
  await page.waitForFunction((n) => ((window as BenchWindow).__presenceBench?.frames.length ?? 0) >= n, target, { timeout: 60_000 });
}

const ZERO: [number, number, number] = [0, 0, 0];
const SIGNAL_ROWS = ["Tab switches", "Window lost focus", "Looked away", "More than one face", "Face left the picture"];

/** A candidate's own browser profile at phone width (a browser launched here has no test defaults, so the app's URL is given). */
async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, baseURL });
}

const resultRow = (page: Page, name: string): Locator => page.getByTestId("result-row").filter({ hasText: name });

test("two candidates, one with the camera and one typing who switches tab: the team reviews, compares, rates and exports", async ({
  page,
  browser,
  playwright,
}) => {
  const owner = newIdentity("assessor-two");
  const teamName = `Team ${owner.displayName}`;
  const averyEmail = `avery-${owner.email}`;
  const blakeEmail = `blake-${owner.email}`;
  await signIn(page, owner, "/profile");
  const assessmentPath = await buildProctoredAssessment(page, teamName, QUESTIONS);
  const averyLink = await inviteCandidate(page, assessmentPath, AVERY.name, averyEmail);
  const blakeLink = await inviteCandidate(page, assessmentPath, BLAKE.name, blakeEmail);
  expect(averyLink).not.toBe(blakeLink);

  // Avery: the fake camera's face clip; the tracker records each detected frame (its benchmark hook).
  const averyContext = await phoneContext(browser);
  await averyContext.addInitScript(() => {
    (window as BenchWindow).__presenceBench = { frames: [] };
  });
  const avery = await averyContext.newPage();
  await startAttempt(avery, averyLink, teamName, true);
  await answerQuestion(avery, QUESTIONS, 1, AVERY.answers[0]!, async () => {
    await waitForFrames(avery, 30);
    await expect(avery.getByTestId("assessment-camera-status")).toHaveText("Camera on, processed on this device only.");
    await expectFitsPhone(avery, "the question with the camera on");
    await expectNoSeriousA11yViolations(avery, "proctored question with the camera on");
  });

  // Meanwhile another browser opens Avery's link: refused, and shown nothing of the assessment.
  const plainBrowser = await playwright.chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: NO_CAMERA_ARGS });
  const otherContext = await phoneContext(plainBrowser);
  const other = await otherContext.newPage();
  await other.goto(averyLink);
  await expect(other.getByTestId("assessment-other-device")).toContainText("This link is already in use on another device.");
  await expect(other.getByText(teamName)).toHaveCount(0);
  await otherContext.close();

  await answerQuestion(avery, QUESTIONS, 2, AVERY.answers[1]!, () => waitForFrames(avery, 20));
  await submitAttempt(avery);
  await expectIntegrityLog(avery, Object.fromEntries(SIGNAL_ROWS.map((label) => [label, ZERO])));
  await averyContext.close();

  // Blake: no camera, typed answers, one tab switch during question 2.
  const blakeContext = await phoneContext(plainBrowser);
  const blake = await blakeContext.newPage();
  await startAttempt(blake, blakeLink, teamName, false);
  await answerQuestion(blake, QUESTIONS, 1, BLAKE.answers[0]!);
  // The batch carrying the switch (sent every few seconds, or when the question changes) must land before submitting.
  let sent!: Promise<Response>;
  await answerQuestion(blake, QUESTIONS, 2, BLAKE.answers[1]!, async () => {
    sent = blake.waitForResponse((response) => response.url().endsWith("/events") && response.request().method() === "POST");
    await switchTabAndBack(blake);
  });
  const response = await sent;
  expect(response.ok()).toBe(true);
  const { events } = response.request().postDataJSON() as { events: { kind: string; position: number }[] };
  expect(events.map((event) => `${event.kind}@${event.position}`)).toEqual(["window_blur@2", "tab_switch@2"]);
  await submitAttempt(blake);
  await expectIntegrityLog(blake, {
    "Tab switches": [0, 1, 1],
    "Window lost focus": [0, 1, 1],
    "Looked away": ZERO,
    "More than one face": ZERO,
    "Face left the picture": ZERO,
  });
  await expectNoSeriousA11yViolations(blake, "thank-you page with signals");
  await plainBrowser.close();

  // The team: both rows, each with its tier and the counts the candidates were shown.
  await page.goto(`${assessmentPath}/results`);
  await expect(page.getByTestId("result-row")).toHaveCount(2);
  for (const name of [AVERY.name, BLAKE.name]) await expect(resultRow(page, name)).toContainText("Submitted");
  await expect(resultRow(page, AVERY.name)).toContainText("No issues");
  await expect(resultRow(page, AVERY.name)).not.toContainText(/tab switch|window blur|look-away|face lost|multiple faces/);
  await expect(resultRow(page, BLAKE.name)).toContainText("Some signals");
  await expect(resultRow(page, BLAKE.name)).toContainText("1 tab switch, 1 window blur");

  // Side by side: both columns, both tiers, every answer under its question.
  await page.getByLabel(`Compare ${AVERY.name}`).check();
  await page.getByLabel(`Compare ${BLAKE.name}`).check();
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/compare\?ids=.+&ids=.+/);
  const columns = page.getByTestId("compare-candidate");
  await expect(columns).toHaveCount(2);
  await expect(columns.filter({ hasText: AVERY.name })).toContainText("Integrity: No issues");
  await expect(columns.filter({ hasText: BLAKE.name })).toContainText("Integrity: Some signals");
  const compareRows = page.getByTestId("compare-row");
  await expect(compareRows).toHaveCount(2);
  for (const [index, row] of [compareRows.nth(0), compareRows.nth(1)].entries()) {
    await expect(row).toContainText(QUESTIONS[index]!);
    await expect(row).toContainText(AVERY.answers[index]!.slice(0, 60));
    await expect(row).toContainText(BLAKE.answers[index]!.slice(0, 60));
  }

  // Blake's page shows the switch on question 2 only.
  const reviewQuestion = (position: number) => page.getByRole("article", { name: new RegExp(`^Question ${position}:`) });
  await columns.getByRole("link", { name: BLAKE.name }).click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  await expect(reviewQuestion(2)).toContainText(BLAKE.answers[1]!);
  await expect(reviewQuestion(1)).toContainText("No integrity signals on this question.");
  const secondSignals = reviewQuestion(2).getByRole("region", { name: "Integrity signals on this question" });
  await expect(secondSignals).toContainText(/Tab switch at \d+:\d\d/);
  await expect(secondSignals).toContainText(/Left the window at \d+:\d\d/);

  // Avery is rated 4 and 5 (a mean of 4.5) and advanced.
  await page.goBack();
  await columns.getByRole("link", { name: AVERY.name }).click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  await expect(reviewQuestion(1)).toContainText(AVERY.answers[0]!);
  await expect(reviewQuestion(2)).toContainText("No integrity signals on this question.");
  for (const [position, rating] of [
    [1, "4"],
    [2, "5"],
  ] as const) {
    const form = page.locator("form").filter({ has: page.getByRole("group", { name: `Your rating of answer ${position}` }) });
    await form.getByLabel(rating, { exact: true }).check();
    await form.getByRole("button", { name: "Save rating" }).click();
    await expect(form.getByText("Saved.")).toBeVisible();
  }
  await page.getByRole("group", { name: "Decision" }).getByLabel("Advance").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByText("Decision: Advance")).toBeVisible();

  await page.goto(`${assessmentPath}/results`);
  await expect(resultRow(page, AVERY.name)).toContainText("4.5 / 5");
  await expect(resultRow(page, AVERY.name)).toContainText("Advance");
  await expect(resultRow(page, BLAKE.name)).not.toContainText("/ 5");

  // The CSV the manager downloads: both candidates, the same counts, and Blake's name defused.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^results-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = csv.slice(1).trimEnd().split("\r\n");
  const columnsOf = header!.split(",");
  expect(lines).toHaveLength(2);
  const byName = Object.fromEntries(lines.map((line) => [line.split(",")[0]!, Object.fromEntries(line.split(",").map((cell, i) => [columnsOf[i]!, cell]))]));
  expect(Object.keys(byName).sort()).toEqual([AVERY.name, `'${BLAKE.name}`].sort());
  expect(csv).not.toMatch(/(^|\r\n|,)=Blake/);
  const averyCsv = byName[AVERY.name]!;
  const blakeCsv = byName[`'${BLAKE.name}`]!;
  expect(averyCsv).toMatchObject({
    Status: "submitted",
    Rating: "4.5",
    "Integrity tier": "No issues",
    "Tab switches": "0",
    "Window blurs": "0",
    Decision: "advance",
  });
  expect(blakeCsv).toMatchObject({
    Status: "submitted",
    Rating: "",
    "Integrity tier": "Some signals",
    "Tab switches": "1",
    "Window blurs": "1",
    "Look-aways": "0",
    "Multiple faces": "0",
    Decision: "",
  });
});
