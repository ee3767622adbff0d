/**
 * An assessment from a team's draft to a candidate's thank-you page: an owner builds a proctored assessment with one
 * written question, opens it and invites a candidate; the invite email is read from the local outbox; the candidate,
 * with no account and at phone width, reads what is collected, consents, answers (the window loses focus once), and
 * submits; the thank-you page shows that signal and the retention date; a second browser with the same link is
 * refused; the team sees the candidate as submitted. (No camera here: Chromium has none, so only page signals count.)
 */
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { buildProctoredAssessment, inviteCandidate, PHONE } from "./assessment-steps";
import { newIdentity, signIn } from "./helpers";

const QUESTION = "Tell me about a production incident you led.";

test("a candidate without an account completes a proctored assessment; a second browser is refused", async ({ page, browser }) => {
  test.slow();
  const owner = newIdentity("assessor");
  const candidateEmail = `candidate-${owner.email}`;
  const teamName = `Team ${owner.displayName}`;

  await signIn(page, owner, "/org/new");
  const assessmentPath = await buildProctoredAssessment(page, teamName, [QUESTION]);
  const link = await inviteCandidate(page, assessmentPath, "Casey Candidate", candidateEmail);

  // The candidate: no account, a phone.
  const candidateContext = await browser.newContext({ viewport: PHONE });
  const candidate = await candidateContext.newPage();
  await candidate.goto(link);
  await expect(candidate.getByText(teamName).first()).toBeVisible();
  await expect(candidate.getByText(/never video or images|No video or image/i).first()).toBeVisible();
  await expectNoSeriousA11yViolations(candidate, "candidate landing");
  await candidate.getByLabel(/I have read what is collected/).check();
  await candidate.getByRole("button", { name: "Start the assessment" }).click();

  // The device check: this Chromium has no camera, so turning it on fails and only page signals will count.
  const deviceCheck = candidate.getByTestId("assessment-device-check");
  await expect(deviceCheck).toBeVisible();
  const cameraOn = candidate.getByRole("button", { name: "Turn camera on" });
  if (await cameraOn.isVisible()) await cameraOn.click();
  await deviceCheck.getByRole("button", { name: "Continue" }).click();
  await candidate.getByRole("button", { name: "Start the real questions" }).click();

  await expect(candidate.getByText(QUESTION)).toBeVisible();
  await candidate
    .getByLabel("Your answer")
    .fill("When our payments API failed during a launch, I led the incident call, rolled back the release within ten minutes and wrote the post-mortem; errors fell to zero.");
  await candidate.evaluate(() => window.dispatchEvent(new Event("blur")));
  await candidate.getByRole("button", { name: "Save answer" }).click();
  await candidate.getByRole("button", { name: "Submit assessment" }).click();
  await candidate.getByRole("button", { name: "Yes, submit" }).click();

  const thanks = candidate.getByTestId("assessment-thank-you");
  await expect(thanks).toBeVisible();
  const blurRow = candidate.getByTestId("assessment-integrity-log").getByRole("row", { name: /Window lost focus/ });
  await expect(blurRow.getByRole("cell").last()).toHaveText("1");
  await expect(candidate.getByTestId("assessment-retention")).toContainText(/\d{4}/);
  await expect(candidate.getByTestId("assessment-download")).toHaveAttribute("href", /receipt\?download=1$/);
  // No scores or feedback reach the candidate (the page only says that anonymous scores outlive the answers).
  await expect(thanks).not.toContainText(/\d+\s*\/\s*100|feedback|model answer|structure|relevance|specificity|impact/i);
  await expectNoSeriousA11yViolations(candidate, "candidate thank-you page");

  // Another browser with the same link sees only that it is in use.
  const otherContext = await browser.newContext({ viewport: PHONE });
  const other = await otherContext.newPage();
  await other.goto(link);
  await expect(other.getByTestId("assessment-other-device")).toContainText("This link is already in use on another device.");
  await expect(other.getByText(teamName)).toHaveCount(0);

  await page.goto(`${assessmentPath}/candidates`);
  await expect(page.getByText("Casey Candidate")).toBeVisible();
  await expect(page.getByText(/^Submitted$/)).toBeVisible();

  // The team reviews: the results table, the candidate's page (answer, quotes, the window signal), a rating and a
  // private note, a decision, and the CSV.
  await page.goto(`${assessmentPath}/results`);
  await expect(page.getByText("Signals are not grounds to reject a candidate on their own").first()).toBeVisible();
  await page.getByRole("link", { name: "Casey Candidate" }).click();
  await expect(page.getByText("rolled back the release within ten minutes").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Integrity signals on this question" })).toContainText(/window/i);
  const rating = page.getByRole("group", { name: "Your rating of answer 1" });
  await rating.getByLabel("4", { exact: true }).check();
  await page.getByLabel(/Your private note/).fill("Clear ownership of the rollback.");
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("group", { name: "Decision" }).getByLabel("Advance").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expectNoSeriousA11yViolations(page, "candidate review page");

  await page.goto(`${assessmentPath}/results`);
  const row = page.getByRole("row", { name: /Casey Candidate/ });
  await expect(row).toContainText("4");
  await expect(row).toContainText(/Advance/i);
  const csv = await page.request.get(`/api${assessmentPath.replace(/^\/org/, "/orgs")}/results/export`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain("Casey Candidate");
});
