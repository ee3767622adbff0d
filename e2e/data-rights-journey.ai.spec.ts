/**
 * Issue #14's data rights end to end, on the instance with AI: practise and save, export and find the answer in the
 * file, withdraw AI processing and get offline feedback, read the sign-in history, delete the account, and sign in
 * again with the same email to a new, empty account. From the export on, at phone width.
 */
import { expect, test } from "@playwright/test";
import { describeUserAgent, signInLabel } from "../lib/privacy/sign-ins/user-agent";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { deleteAccount, downloadExport, exportRows, setAiProcessing } from "./data-rights";
import { newIdentity, signIn } from "./helpers";
import { answerByTyping, finishAndSave, STAR_ANSWERS, startSession } from "./practice";

const PHONE = { width: 375, height: 812 };

test("data rights: practise and save, export the answers, withdraw AI, see sign-ins, delete, start again empty", async ({ page }) => {
  test.setTimeout(180_000);
  const me = newIdentity("data-rights");
  // A sentence only this run types, to find in the export.
  const answer = `${STAR_ANSWERS[0]} The runbook I wrote is number ${Date.now()}.`;
  await signIn(page, me, "/practice");
  const sessionId = await startSession(page, { type: "Behavioural", count: 3 });
  const aiFeedback = await answerByTyping(page, answer);
  await expect(aiFeedback.getByTestId("feedback-engine")).toHaveText("AI feedback");
  await finishAndSave(page);

  await page.setViewportSize(PHONE);
  const files = await downloadExport(page);
  expect(exportRows(files, "practice_sessions.json")).toEqual([expect.objectContaining({ id: sessionId, status: "saved" })]);
  const answers = exportRows(files, "practice_answers.json");
  expect(answers.map((row) => row.answer_text)).toContain(answer);
  expect(answers.every((row) => row.session_id === sessionId)).toBe(true);
  expect(exportRows(files, "users.json")).toEqual([expect.objectContaining({ email: me.email })]);

  await page.goto("/profile/privacy");
  const signIns = page.getByTestId("sign-in-history").getByRole("listitem");
  await expect(signIns).toHaveCount(1);
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await expect(signIns.first()).toContainText(signInLabel(describeUserAgent(userAgent)));
  await expect(signIns.first()).toContainText("local sign-in");
  await expectNoSeriousA11yViolations(page, "privacy settings at phone width");

  await setAiProcessing(page, false);
  await page.goto("/practice");
  await expect(page.getByTestId("question-engine")).toContainText("Offline engine: you switched off AI processing");
  await startSession(page, { type: "Behavioural", count: 3 });
  await expect(page.getByTestId("ai-opted-out")).toContainText("nothing of yours is sent to the AI provider");
  const offlineFeedback = await answerByTyping(page, STAR_ANSWERS[1]!);
  await expect(offlineFeedback.getByTestId("feedback-engine")).toHaveText("Offline rubric: templated guidance");

  await deleteAccount(page, () => expectNoSeriousA11yViolations(page, "delete-account dialog at phone width"));
  // The old session is over: the export refuses it.
  expect((await page.request.get("/api/account/export")).status()).toBe(401);

  await signIn(page, me, "/practice");
  await expect(page.getByText("No saved sessions yet.")).toBeVisible();
  await expect(page.getByTestId("session-history-item")).toHaveCount(0);
  await expect(page.getByTestId("unfinished-session-item")).toHaveCount(0);
  expect((await page.request.get(`/api/practice/sessions/${sessionId}`)).status()).toBe(404);
  const fresh = await downloadExport(page);
  expect(exportRows(fresh, "practice_sessions.json")).toEqual([]);
  expect(exportRows(fresh, "practice_answers.json")).toEqual([]);
  for (const field of ["Target role", "CV text", "Goals"]) await expect(page.getByRole("textbox", { name: field, exact: true })).toHaveValue("");
  await page.goto("/profile/privacy");
  await expect(page.getByTestId("sign-in-history").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("consent-ai_processing").getByTestId("consent-state")).toHaveText("Allowed");
});
